import { mkdtemp, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPortal, type Portal } from './portal.ts';

let portal: Portal;
let token: string;

beforeAll(async () => {
  const appDir = await mkdtemp(join(tmpdir(), 'emulator-app-'));
  await writeFile(join(appDir, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(appDir, 'app.js'), 'export {};');
  portal = await startPortal({ port: 0, appPort: 0, appDir, quiet: true });
});

afterAll(() => portal.close());

beforeEach(() => {
  portal.reset();
  token = portal.issueToken();
});

async function rest(method: string, params: Record<string, unknown>, withAuth = true) {
  const response = await fetch(`${portal.url}/rest/${method}?bx24_request_id=1`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(withAuth ? { ...params, auth: token } : params),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

function portOf(url: string): number {
  return Number(new URL(url).port);
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

describe('listening', () => {
  it('serves P on localhost and A on 127.0.0.1, loopback only', async () => {
    expect(portal.url).toMatch(/^http:\/\/localhost:\d+$/);
    expect(portal.appOrigin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    for (const port of [portOf(portal.url), portOf(portal.appOrigin)]) {
      expect(await canConnect('127.0.0.1', port)).toBe(true);
      const outside = Object.values(networkInterfaces())
        .flatMap((infos) => infos ?? [])
        .filter((info) => !info.internal);
      for (const info of outside) expect(await canConnect(info.address, port)).toBe(false);
      expect(await canConnect('::1', port)).toBe(false);
    }
  });

  it('serves the built app for GET and POST, 404 otherwise', async () => {
    const post = await fetch(`${portal.appOrigin}/index.html?DOMAIN=x`, {
      method: 'POST',
      body: 'AUTH_ID=1',
    });
    expect(post.status).toBe(200);
    expect(post.headers.get('content-type')).toContain('text/html');
    expect((await fetch(`${portal.appOrigin}/`)).status).toBe(200);
    expect((await fetch(`${portal.appOrigin}/app.js`)).headers.get('content-type')).toContain(
      'javascript',
    );
    expect((await fetch(`${portal.appOrigin}/missing.js`)).status).toBe(404);
    expect((await fetch(`${portal.appOrigin}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });

  it('renders the card page with the frame named DOMAIN|0|SID', async () => {
    expect(portal.cardUrl()).toBe(`${portal.url}/crm/deal/details/42/`);
    const html = await (await fetch(portal.cardUrl())).text();
    expect(html).toContain('Website redesign for Acme');
    expect(html).toMatch(new RegExp(`name="localhost:${portOf(portal.url)}\\|0\\|[0-9a-f]{32}"`));
    portal.setScenario({ wrongPort: true, placement: 'LEFT_MENU' });
    expect(portal.cardUrl()).toBe(`${portal.url}/marketplace/app/1/`);
    const wrong = await (await fetch(portal.cardUrl())).text();
    expect(wrong).not.toContain(`name="localhost:${portOf(portal.url)}|`);
  });

  it('frames an app origin served elsewhere (npm run dev) and opens no app port', async () => {
    const devOrigin = 'http://127.0.0.1:5999';
    const dev = await startPortal({
      appOrigin: devOrigin,
      appPort: portOf(devOrigin),
      quiet: true,
    });
    try {
      expect(dev.appOrigin).toBe(devOrigin);
      const html = await (await fetch(dev.cardUrl())).text();
      const json = /<script type="application\/json" id="portal-config">(.*?)<\/script>/s.exec(
        html,
      );
      const config = JSON.parse(json?.[1] ?? 'null');
      expect(config.appOrigin).toBe(devOrigin);
      expect(config.handlerUrl).toMatch(/^http:\/\/127\.0\.0\.1:5999\/index\.html\?DOMAIN=/);
      expect(await canConnect('127.0.0.1', portOf(devOrigin))).toBe(false);
    } finally {
      await dev.close();
    }
  });
});

describe('page paths', () => {
  const configOf = async (path: string) => {
    const html = await (await fetch(`${portal.url}${path}`)).text();
    const json = /<script type="application\/json" id="portal-config">(.*?)<\/script>/s.exec(html);
    return { html, config: JSON.parse(json?.[1] ?? 'null') };
  };

  it("shows the card a page load asks for, like the portal's own record URLs", async () => {
    const project = await configOf('/crm/type/183/details/5/');
    expect(project.html).toContain('Rollout phase 2');
    expect(project.config.form).toMatchObject({
      PLACEMENT: 'CRM_DYNAMIC_183_DETAIL_TAB',
      PLACEMENT_OPTIONS: '{"ID":"5"}',
    });
    expect((await configOf('/crm/type/7/details/11/')).config.form.PLACEMENT).toBe(
      'CRM_QUOTE_DETAIL_TAB',
    );
    expect((await configOf('/marketplace/app/1/')).config.form.PLACEMENT).toBe('DEFAULT');
    portal.setScenario({ placementOptions: { id: 42 } });
    const odd = await configOf('/crm/deal/details/42/');
    expect(odd.config.form.PLACEMENT_OPTIONS).toBe('{"id":42}');
    expect(portal.navigations().map((entry) => entry.path)).toEqual([
      '/crm/type/183/details/5/',
      '/crm/type/7/details/11/',
      '/marketplace/app/1/',
      '/crm/deal/details/42/',
    ]);
  });
});

describe('CORS', () => {
  const cors = (headers: Headers) => ({
    origin: headers.get('access-control-allow-origin'),
    headers: headers.get('access-control-allow-headers'),
    methods: headers.get('access-control-allow-methods'),
    maxAge: headers.get('access-control-max-age'),
  });
  const PORTAL_CORS = {
    origin: '*',
    headers: 'origin, content-type, accept',
    methods: null,
    maxAge: null,
  };

  it('rest/include.php: OPTIONS is answered with sendHeaders only (no Allow-Methods, no Max-Age), logged and delayed', async () => {
    portal.setLatency(150);
    const started = Date.now();
    const response = await fetch(`${portal.url}/rest/imbot.chat.get?bx24_request_id=1`, {
      method: 'OPTIONS',
      headers: { Origin: portal.appOrigin, 'Access-Control-Request-Method': 'POST' },
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(response.status).toBe(200);
    expect(cors(response.headers)).toEqual(PORTAL_CORS);
    expect(portal.requests()).toMatchObject([
      {
        httpMethod: 'OPTIONS',
        path: '/rest/imbot.chat.get',
        method: 'imbot.chat.get',
        status: 200,
      },
    ]);
  });

  it('rest_util.php sendHeaders: the same CORS headers on every answer, errors included', async () => {
    portal.addFault({ method: 'user.admin', error: 'QUERY_LIMIT_EXCEEDED', times: 1 });
    const answers = [
      await rest('user.current', {}),
      await rest('nope.nope', {}),
      await rest('user.current', {}, false),
      await rest('user.admin', {}),
      await rest('batch', { cmd: { a: 'nope.nope' } }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 404, 401, 503, 200]);
    for (const answer of answers) expect(cors(answer.headers)).toEqual(PORTAL_CORS);
  });
});

describe('REST answers', () => {
  it('answers with result and a full time block', async () => {
    const { status, body } = await rest('imbot.chat.get', {
      ENTITY_TYPE: 'CRM',
      ENTITY_ID: 'DEAL|42',
    });
    expect(status).toBe(200);
    expect(body.result).toEqual({ ID: 2725 });
    expect(Object.keys(body.time).sort()).toEqual(
      [
        'date_finish',
        'date_start',
        'duration',
        'finish',
        'operating',
        'operating_reset_at',
        'processing',
        'start',
      ].sort(),
    );
    expect(body.time.operating).toBe(0);
    expect(body.time.date_start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  });

  it('tolerates a .json suffix and answers null for a record without a chat', async () => {
    const { body } = await rest('im.chat.get.json', { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|43' });
    expect(body.result).toBeNull();
  });

  it.each([
    ['no auth', 'user.current', {}, false, 401, 'NO_AUTH_FOUND'],
    ['an unknown method', 'no.such.method', {}, true, 404, 'ERROR_METHOD_NOT_FOUND'],
    ['a non-member', 'imbot.dialog.get', { DIALOG_ID: 'chat2726' }, true, 403, 'ACCESS_ERROR'],
    [
      'an unknown chat (im V2 NullChat: no access)',
      'im.dialog.get',
      { DIALOG_ID: 'chat999999' },
      true,
      403,
      'ACCESS_ERROR',
    ],
    [
      'a bad dialog id',
      'imbot.dialog.get',
      { DIALOG_ID: 'chat$result[lookup][ID]' },
      true,
      400,
      'DIALOG_ID_EMPTY',
    ],
    [
      'members of a chat one may not read',
      'im.dialog.users.list',
      { DIALOG_ID: 'chat2726' },
      true,
      403,
      'ACCESS_ERROR',
    ],
    [
      'a non-admin bind',
      'placement.bind',
      { PLACEMENT: 'LEFT_MENU', HANDLER: 'http://x/' },
      true,
      403,
      'ACCESS_DENIED',
    ],
  ])(
    'answers %s with the documented status and code',
    async (_name, method, params, withAuth, status, error) => {
      const answer = await rest(method, params, withAuth);
      expect(answer.status).toBe(status);
      expect(answer.body).toEqual({ error, error_description: expect.any(String) });
    },
  );

  it('answers an unknown token with invalid_token and an expired one with expired_token', async () => {
    token = 'not-a-token';
    expect((await rest('user.current', {})).body.error).toBe('invalid_token');
    token = portal.issueToken();
    portal.expireTokens();
    const expired = await rest('user.current', {});
    expect(expired.status).toBe(401);
    expect(expired.body.error).toBe('expired_token');
  });

  it('answers the dialog in the documented shape', async () => {
    const { body } = await rest('imbot.dialog.get', { DIALOG_ID: 'chat2725' });
    expect(body.result).toMatchObject({
      id: 2725,
      dialog_id: 'chat2725',
      name: 'Deal: Website redesign for Acme',
      type: 'crm',
      message_type: 'C',
      entity_type: 'CRM',
      entity_id: 'DEAL|42',
      entity_link: { type: 'DEAL', url: '/crm/deal/details/42/', id: 'DEAL|42' },
      owner: 4,
      role: 'member',
      user_counter: 3,
      avatar: '',
    });
  });

  it('im_rest.php dialogGet: Common::isDialogId, not trimmed; chat in any case; dialog_id as typed', async () => {
    expect((await rest('im.dialog.get', { DIALOG_ID: ' chat2725' })).body.error).toBe(
      'DIALOG_ID_EMPTY',
    );
    const upper = await rest('im.dialog.get', { dialog_id: 'CHAT2725' });
    expect([upper.body.result.id, upper.body.result.dialog_id]).toEqual([2725, 'CHAT2725']);
    expect((await rest('im.dialog.get', { DIALOG_ID: 'sg12' })).status).toBe(403);
  });

  it('im EntityLink/CrmType.php: entity_link.type is DYNAMIC for all but LEAD/DEAL/CONTACT/COMPANY', async () => {
    const types = [];
    for (const chat of ['chat2725', 'chat2730', 'chat2731', 'chat2740', 'chat2728']) {
      types.push((await rest('imbot.dialog.get', { DIALOG_ID: chat })).body.result.entity_link);
    }
    expect(types).toEqual([
      { type: 'DEAL', url: '/crm/deal/details/42/', id: 'DEAL|42' },
      { type: 'LEAD', url: '/crm/lead/details/7/', id: 'LEAD|7' },
      { type: 'DYNAMIC', url: '/crm/type/7/details/11/', id: 'QUOTE|11' },
      { type: 'DYNAMIC', url: '/crm/type/183/details/5/', id: 'DYNAMIC_183|5' },
      // A chat outside CRM keeps its own entity type and id, without a URL.
      { type: 'PROJECT', url: '', id: 'deal-45' },
    ]);
  });

  it('im_rest.php chatGet: a guest session (IsAuthorized() false) gets 403 AUTHORIZE_ERROR from both names', async () => {
    portal.setScenario({ guest: true });
    token = portal.issueToken();
    const lookup = { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|42' };
    for (const method of ['imbot.chat.get', 'im.chat.get']) {
      const answer = await rest(method, lookup);
      expect([answer.status, answer.body]).toEqual([
        403,
        { error: 'AUTHORIZE_ERROR', error_description: 'Method not available for guest session.' },
      ]);
    }
    expect((await rest('im.dialog.get', { DIALOG_ID: 'chat2725' })).status).toBe(403);
    const { body } = await rest('batch', {
      halt: 0,
      cmd: { lookup: 'im.chat.get?ENTITY_TYPE=CRM&ENTITY_ID=DEAL%7C42' },
    });
    expect(body.result.result_error.lookup.error).toBe('AUTHORIZE_ERROR');
    // Another user's token is signed in as usual.
    token = portal.issueToken(4);
    expect((await rest('im.chat.get', lookup)).body.result).toEqual({ ID: 2725 });
  });

  it("im_rest.php chatGet: DIALOG_ID answers the dialog; PHP's empty() makes ENTITY_ID '0' no lookup", async () => {
    const dialog = await rest('im.chat.get', { DIALOG_ID: 'chat2725' });
    expect(dialog.body.result.name).toBe('Deal: Website redesign for Acme');
    expect(
      (await rest('im.chat.get', { ENTITY_TYPE: 'CRM', ENTITY_ID: '0' })).body.result,
    ).toBeNull();
  });

  it('binds placements for admins and refuses duplicates', async () => {
    token = portal.issueToken(1);
    const bind = {
      PLACEMENT: 'CRM_DEAL_DETAIL_TAB',
      HANDLER: `${portal.appOrigin}/index.html`,
      TITLE: 'Linked Chat',
    };
    expect((await rest('placement.bind', bind)).body.result).toBe(true);
    expect((await rest('placement.bind', bind)).status).toBe(400);
    expect(
      (await rest('placement.bind', { ...bind, PLACEMENT: 'CRM_NOPE_DETAIL_TAB' })).body.error,
    ).toBe('ERROR_PLACEMENT_NOT_FOUND');
    expect(portal.bindings()).toEqual([
      {
        placement: 'CRM_DEAL_DETAIL_TAB',
        handler: `${portal.appOrigin}/index.html`,
        title: 'Linked Chat',
      },
    ]);
    expect(
      (await rest('placement.unbind', { PLACEMENT: 'CRM_DEAL_DETAIL_TAB' })).body.result,
    ).toEqual({ count: 1 });
  });

  it('lists CRM items with filters, order and paging fields', async () => {
    const { body } = await rest('crm.item.list', {
      entityTypeId: 2,
      select: ['id', 'title'],
      filter: { '%title': 'ACME' },
      order: { updatedTime: 'DESC' },
    });
    expect(body.result.items).toEqual([{ id: 42, title: 'Website redesign for Acme' }]);
    expect(body.total).toBe(1);
    const all = await rest('crm.item.list', { entityTypeId: 2, filter: { assignedById: 2 } });
    expect(all.body.result.items.map((item: { id: number }) => item.id)).toEqual([
      43, 45, 47, 50, 53,
    ]);
  });

  it('pages crm.type.list from start like every list method', async () => {
    const first = await rest('crm.type.list', {});
    expect(
      first.body.result.types.map((type: { entityTypeId: number }) => type.entityTypeId),
    ).toEqual([183, 187]);
    expect(first.body.total).toBe(2);
    expect(first.body).not.toHaveProperty('next');
    const beyond = await rest('crm.type.list', { start: 50 });
    expect(beyond.body.result.types).toEqual([]);
  });
});

describe('app scopes (scenario scopes)', () => {
  it('rest/lib/oauth/auth.php: a method outside the granted scopes answers 401 insufficient_scope', async () => {
    portal.setScenario({ scopes: ['crm', 'im', 'user', 'placement'] });
    const lookup = { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|42' };
    for (const method of ['imbot.chat.get', 'imbot.dialog.get']) {
      const answer = await rest(
        method,
        method === 'imbot.chat.get' ? lookup : { DIALOG_ID: 'chat2725' },
      );
      expect([answer.status, answer.body]).toEqual([
        401,
        {
          error: 'insufficient_scope',
          error_description:
            'The request requires higher privileges than provided by the access token',
        },
      ]);
    }
    // The same lookup through the im scope works; unknown methods stay 404.
    expect((await rest('im.chat.get', lookup)).body.result).toEqual({ ID: 2725 });
    expect((await rest('imbot.nope', {})).status).toBe(404);
  });

  it('rest.php CRestServerBatchItem::checkAuth: inside a batch the command fails alone, without a description', async () => {
    portal.setScenario({ scopes: ['im'] });
    const { status, body } = await rest('batch', {
      halt: 0,
      cmd: {
        bot: 'imbot.chat.get?ENTITY_TYPE=CRM&ENTITY_ID=DEAL%7C42',
        im: 'im.chat.get?ENTITY_TYPE=CRM&ENTITY_ID=DEAL%7C42',
        admin: 'user.admin',
        me: 'user.current',
      },
    });
    expect(status).toBe(200);
    expect(body.result.result).toEqual({ im: { ID: 2725 }, admin: false });
    expect(body.result.result_error).toEqual({
      bot: { error: 'insufficient_scope', error_description: '' },
      me: { error: 'insufficient_scope', error_description: '' },
    });
  });

  it('RestManager::fillAlternativeScope: user_brief grants the user methods', async () => {
    portal.setScenario({ scopes: ['user_brief'] });
    expect((await rest('user.current', {})).body.result.ID).toBe('2');
  });
});

describe('crm.item.get (crm/lib/controller/item.php getAction)', () => {
  it('answers a missing record 400 NOT_FOUND, as the REST layer answers every controller error', async () => {
    const answer = await rest('crm.item.get', { entityTypeId: 2, id: 999 });
    expect([answer.status, answer.body]).toEqual([
      400,
      { error: 'NOT_FOUND', error_description: 'Element not found' },
    ]);
  });

  it('answers a record the user may not read 400 ACCESS_DENIED, and crm.item.list leaves it out', async () => {
    portal.setScenario({
      unreadableRecords: [
        { entityTypeId: 2, id: 42, userId: 2 },
        { entityTypeId: 2, id: 43 },
      ],
    });
    const denied = await rest('crm.item.get', { entityTypeId: 2, id: 42 });
    expect([denied.status, denied.body.error]).toEqual([400, 'ACCESS_DENIED']);
    const list = await rest('crm.item.list', { entityTypeId: 2, filter: { '@id': [42, 43, 44] } });
    expect(list.body.result.items.map((item: { id: number }) => item.id)).toEqual([44]);
    token = portal.issueToken(4);
    expect((await rest('crm.item.get', { entityTypeId: 2, id: 42 })).body.result.item.id).toBe(42);
    expect((await rest('crm.item.get', { entityTypeId: 2, id: 43 })).body.error).toBe(
      'ACCESS_DENIED',
    );
  });

  it('getFactory: an unknown smart-process id is NOT_FOUND, a type outside the factories ENTITY_TYPE_NOT_SUPPORTED', async () => {
    expect((await rest('crm.item.get', { entityTypeId: 150, id: 1 })).body.error).toBe('NOT_FOUND');
    const other = await rest('crm.item.list', { entityTypeId: 5 });
    expect([other.status, other.body.error]).toEqual([400, 'ENTITY_TYPE_NOT_SUPPORTED']);
  });
});

describe('user.get (rest/lib/api/user.php userGet)', () => {
  const ids = async (params: Record<string, unknown>) => {
    const { body } = await rest('user.get', params);
    return body.result.map((user: { ID: string }) => Number(user.ID));
  };

  it.each([
    ['ID as an array: every matching user (the filter is an IN)', { ID: [4, '2', 99] }, [2, 4]],
    ['ID as a string: intval, so a leading number counts', { ID: '4abc' }, [4]],
    ['FILTER[ID] as an array', { FILTER: { ID: ['1', '3'] } }, [1, 3]],
    ['filter names in any case', { filter: { id: 3 } }, [3]],
    [
      'FILTER, when an array, replaces the top level: its ID is ignored',
      { ID: 1, FILTER: {} },
      [1, 2, 3, 4, 5],
    ],
    ['FILTER that is not an array is ignored', { ID: 2, FILTER: 'x' }, [2]],
    ['an operator prefix: !ID', { '!ID': [1, 2] }, [3, 4, 5]],
    ['no ID: everybody', {}, [1, 2, 3, 4, 5]],
    ['an empty array is ID 0: nobody', { ID: [] }, []],
    ['an array of arrays: intval 1 of each, so user 1', { ID: { a: { ID: '4' }, b: [] } }, [1]],
  ])('%s', async (_name, params, expected) => {
    expect(await ids(params)).toEqual(expected);
  });

  it('answers totals only when someone matched, and reads form arrays', async () => {
    expect((await rest('user.get', { ID: [2, 4] })).body.total).toBe(2);
    expect((await rest('user.get', { ID: 99 })).body).not.toHaveProperty('total');
    const form = new URLSearchParams({ auth: token, 'ID[]': '3' });
    form.append('ID[]', '4');
    const response = await fetch(`${portal.url}/rest/user.get`, { method: 'POST', body: form });
    const users = (await response.json()).result as Array<{ ID: string }>;
    expect(users.map((user) => user.ID)).toEqual(['3', '4']);
  });

  it('rest_util.php processBatchElement + userGet: a whole-value reference to a failed command names the wrong person', async () => {
    const { body } = await rest('batch', {
      halt: 0,
      cmd: {
        me: 'user.current',
        record: 'crm.item.get?entityTypeId=2&id=999',
        owner: `user.get?ID=${encodeURIComponent('$result[record][item][assignedById]')}`,
      },
    });
    expect(body.result.result_error.record.error).toBe('NOT_FOUND');
    // ID received the whole result map {me: {...}}: intval of an array is 1.
    expect(body.result.result.owner.map((user: { NAME: string }) => user.NAME)).toEqual(['Anna']);
  });
});

describe('a portal with many smart processes (scenario smartProcesses)', () => {
  it('crm.type.list pages 62 types by 50 (entityTypeIds 128..191, CCrmOwnerType dynamic range), each with an item', async () => {
    portal.setScenario({ smartProcesses: 60 });
    const first = await rest('crm.type.list', {});
    const second = await rest('crm.type.list', { start: 50 });
    expect([first.body.total, first.body.next, second.body.result.types.length]).toEqual([
      62, 50, 12,
    ]);
    const types: Array<{ entityTypeId: number; title: string }> = [
      ...first.body.result.types,
      ...second.body.result.types,
    ];
    expect(types.slice(0, 3).map((type) => type.entityTypeId)).toEqual([183, 187, 128]);
    const ids = types.map((type) => type.entityTypeId);
    expect(new Set(ids).size).toBe(62);
    expect(ids.every((id) => id >= 128 && id < 192)).toBe(true);
    const last = types.at(-1);
    expect(last?.title).toBe('Process 60');
    const found = await rest('crm.item.list', {
      entityTypeId: last?.entityTypeId,
      filter: { '%title': 'Process 60 item' },
    });
    expect(found.body.result.items).toMatchObject([{ id: 1, title: 'Process 60 item' }]);
    const item = await rest('crm.item.get', { entityTypeId: last?.entityTypeId, id: 1 });
    expect(item.body.result.item).toMatchObject({ id: 1, title: 'Process 60 item' });
  });

  it('binds the tab of an added smart process, and shows its card', async () => {
    portal.setScenario({ smartProcesses: 1, placement: 'CRM_DYNAMIC_128_DETAIL_TAB' });
    token = portal.issueToken(1);
    const bound = await rest('placement.bind', {
      PLACEMENT: 'CRM_DYNAMIC_128_DETAIL_TAB',
      HANDLER: `${portal.appOrigin}/index.html`,
    });
    expect(bound.body.result).toBe(true);
    portal.setScenario({ placementOptions: { ID: '1' } });
    expect(await (await fetch(portal.cardUrl())).text()).toContain('Process 1 item');
    portal.setScenario({ smartProcesses: 0 });
    expect((await rest('crm.item.get', { entityTypeId: 128, id: 1 })).body.error).toBe('NOT_FOUND');
  });
});

describe('reset', () => {
  it('drops a request that was still in flight when the portal was reset', async () => {
    portal.setLatency(300);
    const stray = rest('user.current', {});
    await new Promise((done) => setTimeout(done, 100));
    portal.reset();
    await expect(stray).rejects.toThrow();
    expect(portal.requests()).toEqual([]);
  });
});

describe('batch', () => {
  const lookupAndDetails = (entityId: string) => ({
    lookup: `imbot.chat.get?ENTITY_TYPE=CRM&ENTITY_ID=${encodeURIComponent(entityId)}`,
    details: `imbot.dialog.get?DIALOG_ID=${encodeURIComponent('chat$result[lookup][ID]')}`,
  });

  it('resolves $result references between commands', async () => {
    const { body } = await rest('batch', { halt: 0, cmd: lookupAndDetails('DEAL|42') });
    expect(body.result.result.lookup).toEqual({ ID: 2725 });
    expect(body.result.result.details.dialog_id).toBe('chat2725');
    expect(body.result.result_error).toEqual([]);
    expect(Object.keys(body.result.result_time)).toEqual(['lookup', 'details']);
  });

  it('keeps a null lookup and reports the unresolved reference as DIALOG_ID_EMPTY', async () => {
    const { status, body } = await rest('batch', { halt: 0, cmd: lookupAndDetails('DEAL|43') });
    expect(status).toBe(200);
    expect(body.result.result).toEqual({ lookup: null });
    expect(body.result.result_error.details.error).toBe('DIALOG_ID_EMPTY');
  });

  it('rest_provider.php methodsBatch: halt is isset && truthy by PHP rules ("0" and "" false, "false" true)', async () => {
    const cmd = { bad: 'imbot.dialog.get?DIALOG_ID=chat2726', good: 'user.current' };
    for (const halt of [1, '1', 'false', '0.0', true, 'Y']) {
      const halted = await rest('batch', { halt, cmd });
      expect(halted.body.result.result).toEqual([]);
      expect(Object.keys(halted.body.result.result_error)).toEqual(['bad']);
    }
    for (const halt of [{ halt: 0 }, { halt: '0' }, { halt: '' }, { halt: false }, {}]) {
      const running = await rest('batch', { ...halt, cmd });
      expect(Object.keys(running.body.result.result)).toEqual(['good']);
      expect(running.body.result.result_error.bad.error).toBe('ACCESS_ERROR');
    }
    const upper = await rest('batch', { HALT: 1, CMD: cmd });
    expect(Object.keys(upper.body.result.result_error)).toEqual(['bad']);
  });

  it('rest_provider.php methodsBatch: past 50 commands each extra one gets ERROR_BATCH_LENGTH_EXCEEDED, the request succeeds', async () => {
    const list = await rest('batch', { cmd: ['user.current', 'user.admin'] });
    expect(list.body.result.result).toHaveLength(2);
    const cmd = Array.from({ length: 52 }, () => 'user.admin');
    const tooMany = await rest('batch', { halt: 0, cmd });
    expect(tooMany.status).toBe(200);
    expect(tooMany.body.result.result).toHaveLength(50);
    expect(tooMany.body.result.result_error).toEqual({
      50: { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' },
      51: { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' },
    });
    const halted = await rest('batch', { halt: 1, cmd });
    expect(Object.keys(halted.body.result.result_error)).toEqual(['50']);
  });

  it('rest_provider.php methodsBatch: a row that is not a string is skipped but counts toward the 50', async () => {
    const cmd: Record<string, unknown> = { odd: ['user.current'] };
    for (let index = 0; index < 50; index += 1) cmd[`c${index}`] = 'user.admin';
    const { body } = await rest('batch', { halt: 0, cmd });
    expect(Object.keys(body.result.result)).toHaveLength(49);
    expect(Object.keys(body.result.result_error)).toEqual(['c49']);
    expect(body.result.result).not.toHaveProperty('odd');
  });

  it('rest_util.php processBatchElement: a whole-value reference to a failed command gets the whole result map', async () => {
    const { body } = await rest('batch', {
      halt: 0,
      cmd: {
        me: 'user.admin',
        record: 'crm.item.get?entityTypeId=2&id=999',
        who: `user.get?ID=${encodeURIComponent('$result[record][item][assignedById]')}`,
        chat: `imbot.dialog.get?DIALOG_ID=${encodeURIComponent('chat$result[record][item][id]')}`,
      },
    });
    expect(body.result.result_error.record.error).toBe('NOT_FOUND');
    // ID became {me: false}: intval of each value, so ID = [0], nobody.
    expect(body.result.result.who).toEqual([]);
    expect(body.result.result_error.chat.error).toBe('DIALOG_ID_EMPTY');
  });

  it('parses form-encoded batches with nested keys', async () => {
    const body = new URLSearchParams({ auth: token, halt: '0' });
    for (const [key, row] of Object.entries(lookupAndDetails('DEAL|42')))
      body.append(`cmd[${key}]`, row);
    const response = await fetch(`${portal.url}/rest/batch`, { method: 'POST', body });
    expect((await response.json()).result.result.details.id).toBe(2725);
    expect(portal.requests().at(-1)).toMatchObject({
      contentType: expect.stringContaining('application/x-www-form-urlencoded'),
      commands: {
        lookup: { method: 'imbot.chat.get', params: { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|42' } },
        details: { method: 'imbot.dialog.get', params: { DIALOG_ID: 'chat$result[lookup][ID]' } },
      },
    });
  });
});

describe('faults', () => {
  it('fails a request N times, then heals', async () => {
    portal.addFault({ method: 'imbot.chat.get', error: 'INTERNAL_SERVER_ERROR', times: 1 });
    const failed = await rest('imbot.chat.get', { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|42' });
    expect(failed.status).toBe(500);
    expect(failed.body.error).toBe('INTERNAL_SERVER_ERROR');
    expect(
      (await rest('imbot.chat.get', { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|42' })).status,
    ).toBe(200);
  });

  it('fails one command inside a batch with HTTP 200', async () => {
    portal.addFault({ scope: 'command', method: 'imbot.dialog.get', error: 'ACCESS_ERROR' });
    const { status, body } = await rest('batch', {
      halt: 0,
      cmd: {
        lookup: 'imbot.chat.get?ENTITY_TYPE=CRM&ENTITY_ID=DEAL%7C42',
        details: 'imbot.dialog.get?DIALOG_ID=chat2725',
      },
    });
    expect(status).toBe(200);
    expect(body.result.result).toEqual({ lookup: { ID: 2725 } });
    expect(body.result.result_error.details).toEqual({
      error: 'ACCESS_ERROR',
      error_description: 'You do not have access to the specified dialog',
    });
  });

  it('answers 429 OPERATION_TIME_LIMIT with operating_reset_at', async () => {
    portal.addFault({ error: 'OPERATION_TIME_LIMIT', resetAt: 2_000_000_000 });
    const { status, body } = await rest('user.current', {});
    expect(status).toBe(429);
    expect(body.time.operating_reset_at).toBe(2_000_000_000);
  });

  it('serves malformed payloads and drops connections', async () => {
    portal.addFault({ method: 'user.current', result: 'not-an-object', times: 1 });
    expect((await rest('user.current', {})).body.result).toBe('not-an-object');
    portal.addFault({ method: 'user.current', rawBody: '<html>oops', status: 502, times: 1 });
    const raw = await fetch(`${portal.url}/rest/user.current`, {
      method: 'POST',
      body: `auth=${token}`,
    });
    expect([raw.status, await raw.text()]).toEqual([502, '<html>oops']);
    portal.addFault({ method: 'user.current', network: 'drop', times: 1 });
    await expect(rest('user.current', {})).rejects.toThrow();
    expect(portal.requests().at(-1)).toMatchObject({ status: 0, error: 'network drop' });
  });
});

describe('request log', () => {
  it('never stores a token', async () => {
    await rest('imbot.chat.get', { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|42' });
    await rest('batch', { cmd: { a: `user.current?auth=${token}` } });
    const log = JSON.stringify(portal.requests());
    expect(log).not.toContain(token);
    expect(portal.requests()[0]?.params).toEqual({
      ENTITY_TYPE: 'CRM',
      ENTITY_ID: 'DEAL|42',
      auth: '[redacted]',
    });
  });

  it('lists every token it issued, and forgets them on reset', () => {
    const other = portal.issueToken(3);
    expect(portal.issuedTokens()).toEqual(expect.arrayContaining([token, other]));
    expect(portal.issuedTokens()).toHaveLength(4); // two access, two refresh tokens
    portal.reset();
    expect(portal.issuedTokens()).toEqual([]);
  });
});
