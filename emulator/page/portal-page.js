// @ts-check
// The parent side of the Bitrix24 frame protocol, as the portal's applayout.js plays it
// (b24-frame-protocol.md §2–§4, §10). Runs in the emulated portal page; the unmodified SDK in
// the app's iframe talks to it. Plain JS so the page needs no build step; typed by JSDoc.

/**
 * The page's configuration, embedded by portal-page.ts (shape: page-config.ts `PageConfig`).
 * @typedef {{ AUTH_ID: string, REFRESH_ID: string, AUTH_EXPIRES: number | string }} TokenPair
 * @typedef {TokenPair & Record<string, unknown> & {
 *   USER_OPTIONS: Record<string, unknown>, APP_OPTIONS: Record<string, unknown> }} InitData
 * @typedef {{
 *   sid: string, appOrigin: string, frameName: string, handlerUrl: string,
 *   postHandler: boolean, form: Record<string, string>, initData: InitData,
 *   silentParent: boolean, silentCommands: string[], deniedCommands: string[],
 *   isAdmin: boolean }} PageConfig
 * @typedef {{ at: number, command: string, params: unknown, raw: string }} MessageRecord
 * @typedef {{ command: string, params: unknown, paramsAreJson: boolean, key: string,
 *   sid: string }} FrameMessage
 * @typedef {(params: unknown, reply: (result: unknown) => void) => void | Promise<void>} Command
 */

/** @type {PageConfig} */
const config = JSON.parse(document.getElementById('portal-config')?.textContent ?? '{}');
const frame = /** @type {HTMLIFrameElement} */ (document.getElementById('app-frame'));
const layout = /** @type {HTMLElement} */ (document.getElementById('app-frame-layout'));
const initData = config.initData;

/** Every message the app sent (tests read it); never the replies, which carry tokens (§10.10). */
/** @type {MessageRecord[]} */
const messages = [];
/** Every portal page openPath opened in the slider, as the browser resolved it (tests read it). */
/** @type {string[]} */
const sliders = [];
const portalEmulator = { messages, sliders };
Object.assign(window, { portalEmulator });

/**
 * @param {string} path
 * @param {unknown} body
 * @returns {Promise<Response>}
 */
function post(path, body) {
  return fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Messages reach the server log in the order they arrived here. */
let logChain = Promise.resolve();

/** @param {MessageRecord} record */
function recordMessage(record) {
  messages.push(record);
  logChain = logChain
    .then(() => post('/_emulator/log/message', { sid: config.sid, ...record }))
    .then(
      () => undefined,
      (error) => console.warn('[portal] message log failed', error),
    );
}

/**
 * §2: command = first segment, SID = last, key = second-to-last, params = the middle joined
 * with ':' (params may contain ':'). Params that are not JSON (`isRawValue`) are kept as a
 * string for the log, but the portal's own JSON.parse throws on them: such a command is lost.
 * @param {string} data
 * @returns {FrameMessage | undefined}
 */
function parseMessage(data) {
  const parts = data.split(':');
  if (parts.length < 3) return undefined;
  const paramsText = parts.slice(1, -2).join(':');
  /** @type {unknown} */
  let params = null;
  let paramsAreJson = true;
  if (paramsText) {
    try {
      params = JSON.parse(paramsText);
    } catch {
      params = paramsText;
      paramsAreJson = false;
    }
  }
  return {
    command: parts[0] ?? '',
    params,
    paramsAreJson,
    key: parts.at(-2) ?? '',
    sid: parts.at(-1) ?? '',
  };
}

/**
 * @param {unknown} params
 * @param {string} name
 * @returns {unknown}
 */
function field(params, name) {
  return params !== null && typeof params === 'object'
    ? /** @type {Record<string, unknown>} */ (params)[name]
    : undefined;
}

/** @returns {Promise<TokenPair | undefined>} */
async function refreshTokens() {
  // For the page's session (its APP_SID), as the portal's page asks with the user's session.
  const response = await post('/_emulator/refresh', { sid: config.sid });
  if (!response.ok) return undefined;
  /** @type {TokenPair} */
  const tokens = await response.json();
  Object.assign(initData, tokens);
  return tokens;
}

/** @param {string} dialogId */
async function openMessenger(dialogId) {
  const panel = /** @type {HTMLElement} */ (document.getElementById('messenger'));
  const title = /** @type {HTMLElement} */ (document.getElementById('im-title'));
  const list = /** @type {HTMLElement} */ (document.getElementById('im-messages'));
  const query = new URLSearchParams({ sid: config.sid, dialogId });
  const response = await fetch(`/_emulator/messenger?${query.toString()}`);
  /** @type {{ title: string, notice?: string, messages: Array<{ author: string, text: string, date: string }> }} */
  const dialog = await response.json();
  panel.dataset['dialogId'] = dialogId;
  title.textContent = dialog.title;
  list.replaceChildren(
    ...dialog.messages.map((message) => {
      const item = document.createElement('li');
      const author = document.createElement('strong');
      author.textContent = message.author;
      const text = document.createElement('p');
      text.textContent = message.text;
      item.append(author, text);
      return item;
    }),
  );
  if (dialog.notice) {
    const item = document.createElement('li');
    item.className = 'im-notice';
    item.textContent = dialog.notice;
    list.append(item);
  }
  panel.hidden = false;
}

/** Answers the open slider's openPath once it is closed; a slider opened over it closes it. */
/** @type {(() => void) | undefined} */
let answerSliderClosed;

/**
 * The side slider with a portal page, as the browser resolves the path (the SDK's `…/../..`
 * prefix gone) and without the slider's own IFRAME parameters.
 * @param {string} path
 * @param {() => void} onClose
 */
function openSlider(path, onClose) {
  const url = new URL(path, window.location.origin);
  url.searchParams.delete('IFRAME');
  url.searchParams.delete('IFRAME_TYPE');
  const shown = url.pathname + url.search;
  sliders.push(shown);
  answerSliderClosed?.();
  answerSliderClosed = onClose;
  const panel = /** @type {HTMLElement} */ (document.getElementById('slider'));
  const title = /** @type {HTMLElement} */ (document.getElementById('slider-title'));
  panel.dataset['path'] = shown;
  title.textContent = shown;
  panel.hidden = false;
}

document.getElementById('slider-close')?.addEventListener('click', () => {
  const panel = document.getElementById('slider');
  if (panel) panel.hidden = true;
  const answer = answerSliderClosed;
  answerSliderClosed = undefined;
  answer?.();
});

/** The portal's openPath whitelist, tested on the raw path as the portal does; the SDK's
 * `…/../..` prefixes pass it on purpose (bitrix24-facts.md §7). */
const OPEN_PATH_ALLOWED =
  /^\/(crm\/(deal|lead|contact|company)|crm\/type\/\d+\/details\/\d+|marketplace|company\/personal\/user\/\d+|workgroups\/group\/\d+)\//;

/** @type {Record<string, Command>} */
const commands = {
  getInitData: (_params, reply) => {
    if (config.silentParent) return;
    reply(initData);
    // applayout.js clears firstRun once it has handed it out: a reloaded frame sees false.
    initData['FIRST_RUN'] = false;
  },
  setInstall: (params, reply) => reply(params),
  refreshAuth: async (_params, reply) => {
    const tokens = await refreshTokens();
    // The real portal alert()s and never answers a failed refresh (§4).
    if (tokens) reply(tokens);
    else console.warn('[portal] refreshAuth failed');
  },
  // applayout.js sizes the layout box around the frame, never the frame: '100%' follows the
  // container, any other width is pinned in px (parseInt, or 100 px when that gives nothing);
  // a height is set only when parseInt gives one. The reply is the box as laid out (BX.pos).
  resizeWindow: (params, reply) => {
    const width = field(params, 'width');
    layout.style.width =
      String(width) === '100%' ? '100%' : `${Number.parseInt(String(width), 10) || 100}px`;
    const height = Number.parseInt(String(field(params, 'height')), 10);
    if (height) layout.style.height = `${height}px`;
    const box = layout.getBoundingClientRect();
    reply({ width: box.width, height: box.height });
  },
  setTitle: (params, reply) => {
    const title = document.getElementById('pagetitle');
    if (title) title.textContent = String(field(params, 'title') ?? '');
    reply(params);
  },
  setScroll: (params, reply) => {
    // applayout.js scrolls only to a defined, non-negative position, keeping the horizontal one.
    const scroll = field(params, 'scroll');
    if (scroll !== undefined && Number(scroll) >= 0) {
      window.scrollTo(window.scrollX, Number.parseInt(String(scroll), 10));
    }
    reply(params);
  },
  // top.BXIM.openMessenger(dialogId): opens, and never answers (§4, facts §7).
  imOpenMessenger: (params) => openMessenger(String(field(params, 'dialogId') ?? '')),
  imOpenHistory: (params) => openMessenger(String(field(params, 'dialogId') ?? '')),
  // BX.SidePanel.Instance.open(path) with an onClose that answers: nothing while it is open.
  openPath: (params, reply) => {
    const path = String(field(params, 'path') ?? '');
    if (OPEN_PATH_ALLOWED.test(path)) openSlider(path, () => reply({ result: 'close' }));
    else reply({ result: 'error', errorCode: 'PATH_NOT_AVAILABLE' });
  },
  setAppOption: async (params, reply) => {
    // Admins only; a denied command gets no reply (§2).
    if (config.isAdmin) await saveOption('app', params, reply);
  },
  setUserOption: (params, reply) => saveOption('user', params, reply),
  // Never answered: the portal marks the app installed and reloads itself (§4).
  setInstallFinish: async () => {
    await logChain;
    const response = await post('/_emulator/install-finish', { sid: config.sid });
    /** @type {{ url: string }} */
    const { url } = await response.json();
    window.location.assign(url);
  },
  getInterface: (_params, reply) => reply({ command: [], event: [] }),
  placementBindEvent: () => undefined,
  reloadWindow: () => window.location.reload(),
};

/**
 * Saves an app or user option on the portal's server and in this page's init data (which the
 * next getInitData hands out); answers only once it is saved, like the real portal.
 * @param {'app' | 'user'} scope
 * @param {unknown} params
 * @param {(result: unknown) => void} reply
 */
async function saveOption(scope, params, reply) {
  const name = String(field(params, 'name') ?? '');
  const value = field(params, 'value');
  const response = await post('/_emulator/options', { sid: config.sid, scope, name, value });
  if (!response.ok) return;
  (scope === 'app' ? initData.APP_OPTIONS : initData.USER_OPTIONS)[name] = value;
  reply(params);
}

window.addEventListener('message', (event) => {
  // §10.3: only the handler's origin, string data and this page's SID.
  if (event.origin !== config.appOrigin || typeof event.data !== 'string') return;
  const message = parseMessage(event.data);
  if (!message || message.sid !== config.sid) return;
  recordMessage({
    at: Date.now(),
    command: message.command,
    params: message.params,
    raw: event.data,
  });
  if (!message.paramsAreJson || config.silentCommands.includes(message.command)) return;
  // Unknown and denied commands are dropped: no reply, no effect (§2, facts §13).
  if (config.deniedCommands.includes(message.command)) return;
  const command = Object.hasOwn(commands, message.command) ? commands[message.command] : undefined;
  void command?.(message.params, (result) => {
    const payload = result === undefined ? '' : JSON.stringify(result);
    frame.contentWindow?.postMessage(`${message.key}:${payload}`, config.appOrigin);
  });
});

/** @param {HTMLFormElement} form */
function scenarioFromForm(form) {
  const data = new FormData(form);
  const text = (/** @type {string} */ name) => String(data.get(name) ?? '').trim();
  const optionsText = text('placementOptions');
  /** @type {unknown} */
  let placementOptions = optionsText;
  try {
    placementOptions = JSON.parse(optionsText);
  } catch {
    // Not JSON: sent as the raw string, a shape the app must cope with too.
  }
  const isAdmin = text('isAdmin');
  /** @param {string} name */
  const list = (name) =>
    text(name)
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  const scopes = list('scopes');
  const frameWidth = Number(text('frameWidth'));
  const smartProcesses = Number(text('smartProcesses'));
  return {
    userId: Number(text('userId')),
    isAdmin: isAdmin === '' ? null : isAdmin === 'true',
    placement: text('placement'),
    placementOptions,
    lang: text('lang'),
    authExpires: Number(text('authExpires')),
    silentCommands: list('silentCommands'),
    scopes: scopes.length > 0 ? scopes : null,
    frameWidth: frameWidth > 0 ? frameWidth : null,
    smartProcesses: smartProcesses > 0 ? smartProcesses : null,
    install: data.has('install'),
    firstRun: data.has('firstRun'),
    silentParent: data.has('silentParent'),
    wrongPort: data.has('wrongPort'),
    postHandler: data.has('postHandler'),
    guest: data.has('guest'),
    timelineChatMissing: data.has('timelineChatMissing'),
  };
}

/**
 * @param {string} method
 * @param {string} path
 * @param {unknown} [body]
 */
async function controlAndReload(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  /** @type {{ cardUrl?: string }} */
  const answer = await response.json();
  window.location.assign(answer.cardUrl ?? window.location.pathname);
}

const scenarioForm = /** @type {HTMLFormElement} */ (document.getElementById('scenario-form'));
scenarioForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void controlAndReload('POST', '/_emulator/scenario', scenarioFromForm(scenarioForm));
});
const recordForm = /** @type {HTMLFormElement} */ (document.getElementById('record-form'));
recordForm.addEventListener('submit', (event) => {
  event.preventDefault();
  // `CRM_DEAL_DETAIL_TAB|42`: the placement, and the record id as Bitrix24 sends it (a string).
  const [placement, id] = String(new FormData(recordForm).get('record') ?? '').split('|');
  void controlAndReload('POST', '/_emulator/scenario', {
    placement,
    placementOptions: id ? { ID: id } : {},
  });
});
document.getElementById('scenario-reset')?.addEventListener('click', () => {
  void controlAndReload('DELETE', '/_emulator/scenario');
});
document.getElementById('expire-tokens')?.addEventListener('click', () => {
  void post('/_emulator/expire-tokens', {});
});
const toggleFrame = /** @type {HTMLButtonElement} */ (document.getElementById('toggle-frame'));

/** The portal's "hide the app frame" switch, pushed by the server to every open page. */
/** @param {boolean} hidden */
function showFrameHidden(hidden) {
  frame.style.display = hidden ? 'none' : '';
  toggleFrame.textContent = hidden ? 'Show app frame' : 'Hide app frame';
}
showFrameHidden(frame.style.display === 'none');
new EventSource('/_emulator/events').addEventListener('frame', (event) => {
  /** @type {{ hidden: boolean }} */
  const { hidden } = JSON.parse(/** @type {MessageEvent<string>} */ (event).data);
  showFrameHidden(hidden);
});
toggleFrame.addEventListener('click', () => {
  void post('/_emulator/frame', { hidden: frame.style.display !== 'none' });
});
const postForm = /** @type {HTMLFormElement} */ (document.getElementById('post-form'));
const postStatus = /** @type {HTMLElement} */ (document.getElementById('post-status'));

/**
 * A change to a chat from the panel; the messenger panel follows when it shows that chat.
 * @param {string} path
 * @param {Record<string, unknown>} body
 * @param {(answer: { message?: { id: number } }) => string} done
 */
async function changeChat(path, body, done) {
  const response = await post(path, body);
  /** @type {{ error?: string, message?: { id: number } }} */
  const answer = await response.json();
  postStatus.textContent = response.ok
    ? done(answer)
    : `Refused: ${answer.error ?? response.status}`;
  const messenger = document.getElementById('messenger');
  const dialogId = `chat${String(body['chatId'])}`;
  if (response.ok && messenger && !messenger.hidden && messenger.dataset['dialogId'] === dialogId) {
    await openMessenger(dialogId);
  }
}

postForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(postForm);
  const fileName = String(data.get('fileName') ?? '').trim();
  void changeChat(
    '/_emulator/messages',
    {
      chatId: Number(data.get('chatId')),
      authorId: Number(data.get('authorId')),
      text: String(data.get('text') ?? ''),
      ...(fileName ? { fileName } : {}),
    },
    (answer) => `Posted message ${answer.message?.id ?? ''}`,
  );
});
document.getElementById('remove-me')?.addEventListener('click', (event) => {
  const button = /** @type {HTMLButtonElement} */ (event.currentTarget);
  const chatId = Number(new FormData(postForm).get('chatId'));
  void changeChat(
    '/_emulator/remove-member',
    { chatId, userId: Number(button.dataset['userId']) },
    () => `Removed from chat ${chatId}`,
  );
});

document.getElementById('im-close')?.addEventListener('click', () => {
  const panel = document.getElementById('messenger');
  if (panel) panel.hidden = true;
});

// Load the handler the way Bitrix24 does: a hidden form POSTed into the named iframe
// (§10.2), or a plain GET when the scenario says so.
if (config.postHandler) {
  /** @type {HTMLFormElement} */ (document.getElementById('handler-form')).submit();
} else {
  frame.src = config.handlerUrl;
}

export {};
