import type { PageConfig } from './page-config.ts';
import { isAdminIn, pageSubject, type PageSubject } from './scenario.ts';
import {
  ENTITY_TYPE_IDS,
  MAX_EXTRA_SMART_PROCESSES,
  MEMBER_ID,
  USERS,
  crmRecords,
  entityTypeName,
  findUser,
  userFullName,
} from './seed.ts';
import type { PageSession, PortalState } from './state.ts';
import type { Scenario } from './types.ts';

// The portal page: a Bitrix24 CRM card (or the app's own page) around the app's iframe, plus
// the emulator's control panel. Its script, page/portal-page.js, is the parent side of the
// frame protocol (b24-frame-protocol.md §2–§4, §10).

export interface PageContext {
  state: PortalState;
  /** The scenario this load shows (the portal's, or moved to the requested card). */
  scenario: Scenario;
  page: PageSession;
  /** host:port of the portal origin as window.name announces it (§1). */
  domain: string;
  appOrigin: string;
  appPath: string;
  installFinished: boolean;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** A wrong port for window.name (scenario `wrongPort`): the SDK then posts to an origin that
 * is not the parent's, and init hangs with only a console warning (§9). */
function wrongDomain(domain: string): string {
  const [host, port] = domain.split(':');
  const number = Number(port);
  return `${host}:${number >= 65535 ? number - 1 : number + 1}`;
}

/** Bitrix24's app.layout template denies these to every placement but DEFAULT
 * (`denyInterface(['setTitle', 'setScroll', 'reloadWindow'])`): the parent drops them. */
const DENIED_OUTSIDE_DEFAULT = ['setTitle', 'setScroll', 'reloadWindow'];

function deniedCommands(placement: string): string[] {
  return placement === 'DEFAULT' ? [] : [...DENIED_OUTSIDE_DEFAULT];
}

/** What a real portal would print for the code: strings as they are, anything else as JSON. */
function langText(lang: unknown): string {
  return typeof lang === 'string' ? lang : JSON.stringify(lang);
}

export function pageConfig(ctx: PageContext): PageConfig {
  const { scenario, page } = ctx;
  const frameDomain = scenario.wrongPort ? wrongDomain(ctx.domain) : ctx.domain;
  const query = new URLSearchParams({
    DOMAIN: ctx.domain,
    PROTOCOL: '0',
    LANG: langText(scenario.lang),
    APP_SID: page.sid,
  });
  const placementOptions =
    typeof scenario.placementOptions === 'string'
      ? scenario.placementOptions
      : JSON.stringify(scenario.placementOptions ?? {});
  return {
    sid: page.sid,
    appOrigin: ctx.appOrigin,
    frameName: `${frameDomain}|0|${page.sid}`,
    handlerUrl: `${ctx.appOrigin}${ctx.appPath}?${query.toString()}`,
    postHandler: scenario.postHandler,
    form: {
      AUTH_ID: page.tokens.AUTH_ID,
      AUTH_EXPIRES: String(page.tokens.AUTH_EXPIRES),
      REFRESH_ID: page.tokens.REFRESH_ID,
      member_id: MEMBER_ID,
      PLACEMENT: scenario.placement,
      PLACEMENT_OPTIONS: placementOptions,
    },
    initData: {
      DOMAIN: ctx.domain,
      PATH: '/rest/',
      PROTOCOL: 0,
      LANG: scenario.lang,
      AUTH_ID: page.tokens.AUTH_ID,
      REFRESH_ID: page.tokens.REFRESH_ID,
      AUTH_EXPIRES: String(page.tokens.AUTH_EXPIRES),
      MEMBER_ID,
      IS_ADMIN: page.isAdmin,
      PLACEMENT: scenario.placement,
      PLACEMENT_OPTIONS: scenario.placementOptions,
      INSTALL: scenario.install,
      FIRST_RUN: scenario.firstRun,
      USER_OPTIONS: ctx.state.userOptionsOf(page.userId),
      APP_OPTIONS: ctx.state.appOptions,
    },
    silentParent: scenario.silentParent,
    silentCommands: scenario.silentCommands,
    deniedCommands: deniedCommands(scenario.placement),
    isAdmin: page.isAdmin,
  };
}

const MENU_ITEMS = ['Feed', 'Messenger', 'Calendar', 'Tasks and Projects', 'CRM', 'Drive', 'Sites'];
const CARD_TABS = ['General', 'Timeline', 'Products', 'History'];
const APP_TAB = 'Linked Chat';

type MenuActive = 'feed' | 'crm' | 'app';

/** The portal's left menu; Feed leads to the start page and the app's item to its own page. */
function leftMenu(active: MenuActive): string {
  const links: Readonly<Record<string, string>> = { Feed: '/' };
  const items = MENU_ITEMS.map((item) => {
    const current = (item === 'Feed' && active === 'feed') || (item === 'CRM' && active === 'crm');
    return `<li><a href="${links[item] ?? '#'}" class="menu-item${current ? ' is-active' : ''}"${current ? ' aria-current="page"' : ''}>${item}</a></li>`;
  }).join('');
  const appActive = active === 'app' ? ' is-active' : '';
  return `<nav class="left-menu" aria-label="Main menu">
  <ul>${items}</ul>
  <p class="menu-group">Applications</p>
  <ul><li><a href="/marketplace/app/1/" class="menu-item${appActive}" id="menu-app"${appActive ? ' aria-current="page"' : ''}>${APP_TAB}</a></li></ul>
</nav>`;
}

function topBar(userName: string, isAdmin: boolean): string {
  return `<header class="top-bar">
  <span class="logo">Bitrix<span>24</span></span>
  <span class="portal-name">Emulated portal</span>
  <span class="top-user" id="top-user">${escapeHtml(userName)}${isAdmin ? ' · admin' : ''}</span>
</header>`;
}

function userNameOf(userId: number): string {
  const user = findUser(userId);
  return user ? userFullName(user) : `User ${userId}`;
}

/** The app.layout template's markup: a layout box (the size resizeWindow sets, a FRAME_WIDTH
 * like scenario `frameWidth`) around an iframe that fills it. No sandbox. */
function appFrame(config: PageConfig, scenario: Scenario, hidden: boolean): string {
  const width = scenario.frameWidth ? ` style="width:${scenario.frameWidth}px"` : '';
  return `<div id="app-frame-layout" class="app-frame-layout"${width}><iframe id="app-frame" class="app-frame" name="${escapeHtml(config.frameName)}" title="${APP_TAB}" src="about:blank"${hidden ? ' style="display:none"' : ''}></iframe></div>`;
}

function workArea(
  subject: PageSubject,
  config: PageConfig,
  scenario: Scenario,
  frameHidden: boolean,
): string {
  const frame = appFrame(config, scenario, frameHidden);
  if (subject.kind === 'app-page') {
    return `<header class="page-header"><h1 id="pagetitle">${APP_TAB}</h1></header>
<section class="app-page">${frame}</section>`;
  }
  const tabs = [...CARD_TABS, APP_TAB]
    .map((tab) => {
      const active = tab === APP_TAB;
      return `<span role="tab" class="card-tab${active ? ' is-active' : ''}" aria-selected="${active}">${tab}</span>`;
    })
    .join('');
  return `<header class="page-header">
  <p class="breadcrumbs">CRM › ${escapeHtml(subject.typeName)}</p>
  <h1 id="pagetitle">${escapeHtml(subject.title)}</h1>
</header>
<section class="card">
  <div class="card-tabs" role="tablist" aria-label="Record tabs">${tabs}</div>
  <div class="card-tab-body" role="tabpanel" aria-label="${APP_TAB}">${frame}</div>
</section>`;
}

function option(value: string, label: string, selected: boolean): string {
  return `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
}

const PLACEMENTS = [
  'CRM_DEAL_DETAIL_TAB',
  'CRM_LEAD_DETAIL_TAB',
  'CRM_CONTACT_DETAIL_TAB',
  'CRM_COMPANY_DETAIL_TAB',
  'CRM_QUOTE_DETAIL_TAB',
  'CRM_SMART_INVOICE_DETAIL_TAB',
  'CRM_DYNAMIC_183_DETAIL_TAB',
  'CRM_DYNAMIC_187_DETAIL_TAB',
  'LEFT_MENU',
  'DEFAULT',
];
const LANGS = ['en', 'ru', 'de', 'la', 'br', 'pl', 'ua', 'fr', 'it', 'kz', 'tc'];

function checkbox(name: keyof Scenario, label: string, checked: boolean): string {
  return `<label class="check"><input type="checkbox" name="${name}"${checked ? ' checked' : ''}> ${label}</label>`;
}

/** The chat of the record a card shows (key `CRM` / `<TYPE>|<ID>`), if it has one. */
function cardChatId(state: PortalState, subject: PageSubject): number | undefined {
  if (subject.kind !== 'card') return undefined;
  const key = `${typeCode(subject.entityTypeId)}|${subject.recordId}`;
  return state.messenger.roomByEntity('CRM', key)?.info.id;
}

/** "Post as…": a message in a chat as another user, so the card's conversation moves; and the
 * page's user taken out of the chat, so the card loses it while shown. */
function postForm(state: PortalState, scenario: Scenario, chatId: number | undefined): string {
  const chats = state.messenger
    .rooms()
    .map(({ info: chat }) =>
      option(String(chat.id), `${chat.id} ${chat.title || '(private dialog)'}`, chat.id === chatId),
    )
    .join('');
  const room = chatId === undefined ? undefined : state.messenger.room(chatId);
  const author = [...(room?.relations.keys() ?? [])].find((id) => id !== scenario.userId) ?? 0;
  const authors = [
    option('0', 'System (author 0)', author === 0),
    ...USERS.map((user) =>
      option(String(user.id), `${user.id} ${userFullName(user)}`, user.id === author),
    ),
  ].join('');
  return `<form id="post-form" aria-label="Post as another user">
    <p class="panel-heading">Post as…</p>
    <label>Chat <select name="chatId">${chats}</select></label>
    <label>Author <select name="authorId">${authors}</select></label>
    <label>Text <textarea name="text" rows="3">Any news on this?</textarea></label>
    <label>File name (optional) <input name="fileName" placeholder="report.pdf"></label>
    <div class="panel-actions">
      <button type="submit">Post</button>
      <button type="button" id="remove-me" data-user-id="${scenario.userId}">Remove me from the chat</button>
    </div>
    <p id="post-status" role="status"></p>
  </form>`;
}

/** The CRM type code of an entityTypeId: LEAD, DEAL… or DYNAMIC_<n>. */
function typeCode(entityTypeId: number): string {
  return (
    Object.entries(ENTITY_TYPE_IDS).find(([, id]) => id === entityTypeId)?.[0] ??
    `DYNAMIC_${entityTypeId}`
  );
}

/** A switcher value: the placement and the record id, `CRM_DEAL_DETAIL_TAB|42`. */
function recordChoice(placement: string, id: number | ''): string {
  return `${placement}|${id}`;
}

/** "Show a record": every seeded record by type (with its chat, if any) and the app's own pages,
 * so a newcomer switches cards without typing a placement or its options. */
function recordSwitcher(state: PortalState, scenario: Scenario): string {
  const options = scenario.placementOptions;
  const currentId =
    options !== null && typeof options === 'object' && !Array.isArray(options)
      ? String((options as Record<string, unknown>)['ID'] ?? '')
      : '';
  const current = `${scenario.placement}|${currentId}`;
  const byType = new Map<number, string[]>();
  for (const record of crmRecords(scenario.smartProcesses)) {
    const code = typeCode(record.entityTypeId);
    const placement = `CRM_${code}_DETAIL_TAB`;
    const chat = state.messenger.roomByEntity('CRM', `${code}|${record.id}`);
    const value = recordChoice(placement, record.id);
    const label = `#${record.id} ${record.title}${chat ? ` (chat ${chat.info.id})` : ''}`;
    const list = byType.get(record.entityTypeId) ?? [];
    list.push(option(value, label, value === current));
    byType.set(record.entityTypeId, list);
  }
  const groups = [...byType]
    .map(([entityTypeId, items]) => {
      const name = entityTypeName(entityTypeId, scenario.smartProcesses) ?? typeCode(entityTypeId);
      return `<optgroup label="${escapeHtml(name)}">${items.join('')}</optgroup>`;
    })
    .join('');
  const pages = ['LEFT_MENU', 'DEFAULT']
    .map((placement) =>
      option(
        recordChoice(placement, ''),
        `${placement} (the app's own page)`,
        scenario.placement === placement,
      ),
    )
    .join('');
  return `<form id="record-form" aria-label="Show a record">
    <p class="panel-heading">Show a record</p>
    <label for="record-choice">Record</label> <select id="record-choice" name="record">${`<optgroup label="App pages">${pages}</optgroup>`}${groups}</select>
    <div class="panel-actions"><button type="submit">Show it</button></div>
  </form>`;
}

function controlPanel(state: PortalState, scenario: Scenario, chatId: number | undefined): string {
  const users = USERS.map((user) =>
    option(
      String(user.id),
      `${user.id} ${userFullName(user)}${user.admin ? ' (admin)' : ''}`,
      user.id === scenario.userId,
    ),
  ).join('');
  const admin = [
    option('', 'user default', scenario.isAdmin === undefined),
    option('true', 'yes', scenario.isAdmin === true),
    option('false', 'no', scenario.isAdmin === false),
  ].join('');
  const placements = PLACEMENTS.map((code) => `<option value="${code}"></option>`).join('');
  const langs = LANGS.map((code) => `<option value="${code}"></option>`).join('');
  return `<details class="emulator-panel" id="emulator-panel">
  <summary>Emulator</summary>
  ${recordSwitcher(state, scenario)}
  <form id="scenario-form">
    <label>User <select name="userId">${users}</select></label>
    <label>Admin <select name="isAdmin">${admin}</select></label>
    <label>Placement <input name="placement" list="placement-codes" value="${escapeHtml(scenario.placement)}"></label>
    <datalist id="placement-codes">${placements}</datalist>
    <label>Placement options (JSON) <input name="placementOptions" value="${escapeHtml(JSON.stringify(scenario.placementOptions))}"></label>
    <label>Language <input name="lang" list="lang-codes" value="${escapeHtml(langText(scenario.lang))}"></label>
    <datalist id="lang-codes">${langs}</datalist>
    <label>Token lifetime, s <input name="authExpires" type="number" min="0" value="${scenario.authExpires}"></label>
    <label>App scopes (empty: all) <input name="scopes" value="${escapeHtml((scenario.scopes ?? []).join(', '))}" placeholder="crm, im, imbot, user, placement"></label>
    <label>Silent commands <input name="silentCommands" value="${escapeHtml(scenario.silentCommands.join(', '))}" placeholder="refreshAuth, resizeWindow"></label>
    <label>Frame width, px <input name="frameWidth" type="number" min="0" value="${scenario.frameWidth ?? ''}"></label>
    <label>More smart processes <input name="smartProcesses" type="number" min="0" max="${MAX_EXTRA_SMART_PROCESSES}" value="${scenario.smartProcesses ?? ''}"></label>
    ${checkbox('install', 'Install mode', scenario.install)}
    ${checkbox('firstRun', 'First run', scenario.firstRun)}
    ${checkbox('silentParent', 'Silent parent', scenario.silentParent)}
    ${checkbox('wrongPort', 'Wrong port in window.name', scenario.wrongPort)}
    ${checkbox('postHandler', 'Open handler with POST', scenario.postHandler)}
    ${checkbox('guest', 'Guest session', scenario.guest ?? false)}
    ${checkbox('timelineChatMissing', 'No crm.timeline.chat.get (ERROR_METHOD_NOT_FOUND)', scenario.timelineChatMissing ?? false)}
    <div class="panel-actions">
      <button type="submit">Apply and reload</button>
      <button type="button" id="scenario-reset">Reset</button>
      <button type="button" id="expire-tokens">Expire tokens</button>
      <button type="button" id="toggle-frame">Hide app frame</button>
    </div>
  </form>
  ${postForm(state, scenario, chatId)}
</details>`;
}

export function renderPortalPage(ctx: PageContext): string {
  const { scenario } = ctx;
  const subject = pageSubject(scenario);
  const config = pageConfig(ctx);
  const installed = ctx.installFinished
    ? '<p class="notice" role="status" id="install-finished">Linked Chat has been installed.</p>'
    : '';
  const fields = Object.entries(config.form)
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(subject.kind === 'card' ? subject.title : APP_TAB)} — Bitrix24</title>
<link rel="stylesheet" href="/_emulator/static/portal.css">
</head>
<body>
${topBar(userNameOf(ctx.page.userId), isAdminIn(scenario))}
<div class="layout">
  ${leftMenu(subject.kind === 'card' ? 'crm' : 'app')}
  <main class="work-area">
    ${installed}
    ${workArea(subject, config, scenario, ctx.state.frameHidden)}
  </main>
  <aside class="im-panel" id="messenger" aria-label="Messenger" hidden>
    <header class="im-header">
      <h2 id="im-title">Messenger</h2>
      <button type="button" id="im-close" aria-label="Close messenger">×</button>
    </header>
    <ol class="im-messages" id="im-messages"></ol>
  </aside>
  <aside class="im-panel" id="slider" aria-label="Slider" hidden>
    <header class="im-header">
      <h2 id="slider-title">Slider</h2>
      <button type="button" id="slider-close" aria-label="Close slider">×</button>
    </header>
  </aside>
</div>
${controlPanel(ctx.state, scenario, cardChatId(ctx.state, subject))}
<form id="handler-form" method="post" target="${escapeHtml(config.frameName)}" action="${escapeHtml(config.handlerUrl)}" hidden>${fields}</form>
<script type="application/json" id="portal-config">${scriptJson(config)}</script>
<script type="module" src="/_emulator/static/portal-page.js"></script>
</body>
</html>
`;
}

/** The portal's start page (`/`, Bitrix24's Feed): where an app sends the portal when it only
 * knows the portal's origin. It has no app frame. */
export function renderStartPage(scenario: Scenario): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Feed — Bitrix24</title>
<link rel="stylesheet" href="/_emulator/static/portal.css">
</head>
<body>
${topBar(userNameOf(scenario.userId), isAdminIn(scenario))}
<div class="layout">
  ${leftMenu('feed')}
  <main class="work-area">
    <header class="page-header"><h1 id="pagetitle">Feed</h1></header>
    <section class="app-page start-page"><p>Nothing new in the Feed.</p></section>
  </main>
</div>
</body>
</html>
`;
}
