import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from './http/body.ts';
import { sendJson } from './http/respond.ts';
import { postMessage, readState, removeMember } from './chat-control.ts';
import { addRecordChats } from './paging-chats.ts';
import { mergeScenario } from './scenario.ts';
import { findUser, userFullName } from './seed.ts';
import type { PortalState } from './state.ts';
import type { Fault, PostMessageInput, Scenario } from './types.ts';

// The emulator's own HTTP control API under /_emulator/* (docs/emulator-api.md): the same
// switches as the Portal object, for the page's control panel and for anyone outside Node,
// plus the endpoints the portal page's script needs (message log, refresh, options, install).

export interface ControlContext {
  state: PortalState;
  cardUrl: () => string;
}

type Body = Record<string, unknown>;

async function jsonBody(req: IncomingMessage): Promise<Body | undefined> {
  const text = (await readBody(req)).toString('utf8');
  if (!text.trim()) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Body)
      : undefined;
  } catch {
    return undefined;
  }
}

const BOOLEAN_KEYS = [
  'install',
  'firstRun',
  'silentParent',
  'wrongPort',
  'postHandler',
  'guest',
  'timelineChatMissing',
] as const;
const STRING_KEYS = ['placement', 'lang'] as const;

/** The well-typed part of a scenario patch; `null` clears an optional field. */
function applyScenarioPatch(state: PortalState, body: Body): void {
  const patch: Partial<Scenario> = {};
  for (const key of BOOLEAN_KEYS) if (typeof body[key] === 'boolean') patch[key] = body[key];
  for (const key of STRING_KEYS) if (typeof body[key] === 'string') patch[key] = body[key];
  if (typeof body['userId'] === 'number') patch.userId = body['userId'];
  if (typeof body['authExpires'] === 'number') patch.authExpires = body['authExpires'];
  if (typeof body['isAdmin'] === 'boolean') patch.isAdmin = body['isAdmin'];
  if (typeof body['frameWidth'] === 'number') patch.frameWidth = body['frameWidth'];
  if (typeof body['smartProcesses'] === 'number') patch.smartProcesses = body['smartProcesses'];
  if ('placementOptions' in body) patch.placementOptions = body['placementOptions'];
  if (Array.isArray(body['unreadableRecords'])) {
    patch.unreadableRecords = body['unreadableRecords'].flatMap((entry: unknown) => {
      const { entityTypeId, id, userId } = (entry ?? {}) as Record<string, unknown>;
      if (typeof entityTypeId !== 'number' || typeof id !== 'number') return [];
      return [{ entityTypeId, id, ...(typeof userId === 'number' ? { userId } : {}) }];
    });
  }
  if (Array.isArray(body['scopes'])) {
    patch.scopes = body['scopes'].filter((c): c is string => typeof c === 'string');
  }
  if (Array.isArray(body['silentCommands'])) {
    patch.silentCommands = body['silentCommands'].filter((c): c is string => typeof c === 'string');
  }
  const next = mergeScenario(state.scenario, patch);
  if (body['isAdmin'] === null) delete next.isAdmin;
  if (body['frameWidth'] === null) delete next.frameWidth;
  if (body['smartProcesses'] === null) delete next.smartProcesses;
  if (body['scopes'] === null) delete next.scopes;
  state.scenario = next;
}

/** A `POST /_emulator/messages` body as the Portal API's input, or the reason it is not one. */
function postInput(body: Body): PostMessageInput | string {
  const { chatId, authorId, text, fileName, params } = body;
  if (typeof chatId !== 'number' || typeof authorId !== 'number') {
    return 'chatId and authorId must be numbers';
  }
  if (typeof text !== 'string') return 'text must be a string';
  if (fileName !== undefined && typeof fileName !== 'string') return 'fileName must be a string';
  const extra = params !== null && typeof params === 'object' && !Array.isArray(params);
  return {
    chatId,
    authorId,
    text,
    ...(fileName ? { fileName } : {}),
    ...(extra ? { params: params as Record<string, unknown> } : {}),
  };
}

/** Runs a change to the chats; its refusal (not a member, no such chat) is a 400. */
function chatChange(res: ServerResponse, change: () => unknown): void {
  try {
    sendJson(res, 200, change() ?? { ok: true });
  } catch (error) {
    sendJson(res, 400, { error: error instanceof Error ? error.message : String(error) });
  }
}

/** What the messenger panel shows for a dialog, as the page's user sees it. */
function messengerView(state: PortalState, userId: number, dialogId: string) {
  const chatId = /^chat(\d+)$/.exec(dialogId)?.[1];
  if (!chatId) {
    const user = /^\d+$/.test(dialogId) ? findUser(Number(dialogId)) : undefined;
    return user
      ? { title: userFullName(user), messages: [] }
      : { title: 'Messenger', notice: `Dialog not found: ${dialogId || '(none)'}`, messages: [] };
  }
  const room = state.messenger.room(Number(chatId));
  if (!room) return { title: 'Messenger', notice: 'Chat not found', messages: [] };
  if (!room.relations.has(userId)) {
    // A closed chat stays closed to non-members in the messenger too (bitrix24-facts.md §1).
    return { title: 'Messenger', notice: 'You do not have access to this chat', messages: [] };
  }
  return {
    title: room.info.title,
    messages: room.messages.map((message) => {
      const author = findUser(message.authorId);
      return {
        author: author ? userFullName(author) : '',
        text: message.text,
        date: new Date(message.date).toISOString(),
      };
    }),
  };
}

function stateView(ctx: ControlContext) {
  const { state } = ctx;
  return {
    scenario: state.scenario,
    cardUrl: ctx.cardUrl(),
    installed: state.installed,
    appOptions: state.appOptions,
    userOptions: Object.fromEntries(state.userOptions),
    bindings: state.bindings,
    notifications: state.notifications,
    latencyMs: state.latencyMs,
    frameHidden: state.frameHidden,
  };
}

/** Server-sent events to an open portal page: `frame` carries `{hidden}` whenever the app frame
 * is hidden or shown (from the Portal API, the HTTP route or the page's panel). */
function streamPageEvents(req: IncomingMessage, res: ServerResponse, state: PortalState): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  const send = (hidden: boolean) =>
    res.write(`event: frame\ndata: ${JSON.stringify({ hidden })}\n\n`);
  send(state.frameHidden);
  const unsubscribe = state.onFrameHidden(send);
  req.on('close', unsubscribe);
}

/** Answers a /_emulator/* request. */
export async function handleControl(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  ctx: ControlContext,
): Promise<void> {
  const { state } = ctx;
  const route = `${req.method ?? 'GET'} ${url.pathname.replace(/\/+$/, '')}`;
  if (route === 'GET /_emulator/events') return streamPageEvents(req, res, state);
  const needsBody = req.method === 'POST';
  const body = needsBody ? await jsonBody(req) : {};
  if (!body) {
    sendJson(res, 400, { error: 'the body must be a JSON object' });
    return;
  }
  const page = state.page(body['sid'] ?? url.searchParams.get('sid'));
  const ok = () => sendJson(res, 200, { ok: true });

  switch (route) {
    case 'GET /_emulator/scenario':
      return sendJson(res, 200, { scenario: state.scenario, cardUrl: ctx.cardUrl() });
    case 'POST /_emulator/scenario':
      applyScenarioPatch(state, body);
      return sendJson(res, 200, { scenario: state.scenario, cardUrl: ctx.cardUrl() });
    case 'DELETE /_emulator/scenario':
      state.resetScenario();
      return sendJson(res, 200, { scenario: state.scenario, cardUrl: ctx.cardUrl() });
    case 'GET /_emulator/state':
      return sendJson(res, 200, stateView(ctx));
    case 'POST /_emulator/faults': {
      const faults = Array.isArray(body['faults']) ? (body['faults'] as Fault[]) : [body as Fault];
      for (const fault of faults) state.faults.add(fault);
      return ok();
    }
    case 'DELETE /_emulator/faults':
      state.faults.clear();
      return ok();
    case 'POST /_emulator/expire-tokens':
      state.tokens.expireAll();
      return ok();
    case 'POST /_emulator/frame':
      if (typeof body['hidden'] !== 'boolean') {
        return sendJson(res, 400, { error: 'hidden must be true or false' });
      }
      state.setFrameHidden(body['hidden']);
      return ok();
    case 'POST /_emulator/latency':
      state.latencyMs = Math.max(0, Number(body['ms']) || 0);
      return ok();
    case 'GET /_emulator/log':
      return sendJson(res, 200, {
        requests: state.log.requests(),
        messages: state.log.messages(),
        navigations: state.log.navigations(),
      });
    case 'DELETE /_emulator/log':
      state.log.clear();
      return ok();
    case 'POST /_emulator/messages': {
      const input = postInput(body);
      if (typeof input === 'string') return sendJson(res, 400, { error: input });
      return chatChange(res, () => ({ message: postMessage(state, input) }));
    }
    case 'POST /_emulator/remove-member': {
      const { chatId, userId } = body;
      if (typeof chatId !== 'number' || typeof userId !== 'number') {
        return sendJson(res, 400, { error: 'chatId and userId must be numbers' });
      }
      return chatChange(res, () => removeMember(state, chatId, userId));
    }
    case 'POST /_emulator/record-chats': {
      const { count } = body;
      if (typeof count !== 'number') return sendJson(res, 400, { error: 'count must be a number' });
      return chatChange(res, () => ({ added: addRecordChats(state, count) }));
    }
    case 'GET /_emulator/read-state': {
      const chatId = Number(url.searchParams.get('chatId'));
      const userId = Number(url.searchParams.get('userId') ?? state.scenario.userId);
      return sendJson(res, 200, { readState: readState(state, chatId, userId) ?? null });
    }
  }

  // The portal page's own endpoints: they act for the page's session (its APP_SID).
  if (!page) {
    sendJson(res, 404, { error: 'unknown route or page session' });
    return;
  }
  switch (route) {
    case 'POST /_emulator/log/message':
      state.log.addMessage({
        at: typeof body['at'] === 'number' ? body['at'] : Date.now(),
        command: String(body['command'] ?? ''),
        params: body['params'] ?? null,
        raw: String(body['raw'] ?? ''),
      });
      return ok();
    case 'POST /_emulator/refresh':
      return sendJson(res, 200, state.tokens.refreshFor(page));
    case 'POST /_emulator/options': {
      const name = String(body['name'] ?? '');
      if (body['scope'] === 'app') {
        if (!page.isAdmin) return sendJson(res, 403, { error: 'ACCESS_DENIED' });
        state.appOptions = { ...state.appOptions, [name]: body['value'] };
      } else {
        state.setUserOption(page.userId, name, body['value']);
      }
      return ok();
    }
    case 'POST /_emulator/install-finish': {
      state.installed = true;
      state.scenario = { ...state.scenario, install: false };
      const next = new URL(ctx.cardUrl());
      next.searchParams.set('install_finished', 'Y');
      return sendJson(res, 200, { url: next.toString() });
    }
    case 'GET /_emulator/messenger':
      return sendJson(
        res,
        200,
        messengerView(state, page.userId, url.searchParams.get('dialogId') ?? ''),
      );
  }
  sendJson(res, 404, { error: 'unknown route' });
}
