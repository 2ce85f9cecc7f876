import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseRestParams, readBody, type Params } from '../http/body.ts';
import { CORS_HEADERS } from '../http/cors.ts';
import { sendText } from '../http/respond.ts';
import { redact } from '../log.ts';
import type { PortalState } from '../state.ts';
import type { Fault, RequestLogEntry } from '../types.ts';
import { parseBatchCommands, runBatch } from './batch.ts';
import type { CallContext, MethodOutcome } from './call-context.ts';
import { invokeMethod } from './methods.ts';
import { asString, upperParam } from './params.ts';
import { RestError } from './rest-error.ts';
import { timeBlock } from './time-block.ts';

// REST on the portal origin: `/rest/<method>` (query string ignored, `.json` tolerated),
// answered like Bitrix24 (b24-frame-protocol.md §5, §8, §10.7).

type HttpMethod = RequestLogEntry['httpMethod'];

/** The method a `/rest/...` path names: `/rest/imbot.chat.get?…` → `imbot.chat.get`. */
export function restMethodOf(pathname: string): string {
  const raw = pathname.replace(/^\/rest\//, '');
  let method: string;
  try {
    method = decodeURIComponent(raw);
  } catch {
    method = raw;
  }
  return method.replace(/\.json$/i, '');
}

function authContext(params: Params, state: PortalState, origin: string): CallContext {
  const token = asString(params['auth']);
  // §11: no `auth` at all → NO_AUTH_FOUND (the SDK does not refresh); a token the portal never
  // issued → invalid_token, an old one → expired_token (the SDK refreshes once on both).
  if (!token) throw new RestError('NO_AUTH_FOUND');
  const check = state.tokens.check(token);
  if (check.status === 'invalid') throw new RestError('invalid_token');
  if (check.status === 'expired') throw new RestError('expired_token');
  return { state, origin, ...check.session };
}

function successBody(outcome: MethodOutcome, started: number): Record<string, unknown> {
  return {
    result: outcome.result,
    ...(outcome.next === undefined ? {} : { next: outcome.next }),
    ...(outcome.total === undefined ? {} : { total: outcome.total }),
    time: timeBlock(started),
  };
}

interface Answer {
  status: number;
  body: string;
  error?: string;
}

/** A 'request' fault's answer, or undefined for a network drop. */
function faultAnswer(fault: Fault, started: number): Answer | undefined {
  if (fault.network === 'drop') return undefined;
  if (fault.rawBody !== undefined) return { status: fault.status ?? 200, body: fault.rawBody };
  if (fault.result !== undefined) {
    return {
      status: fault.status ?? 200,
      body: JSON.stringify({ result: fault.result, time: timeBlock(started) }),
    };
  }
  const error = new RestError(
    fault.error ?? 'INTERNAL_SERVER_ERROR',
    fault.description,
    fault.status,
  );
  // A 429 carries the time block whose operating_reset_at tells when the method unblocks (§11).
  const time =
    error.code === 'OPERATION_TIME_LIMIT'
      ? { time: timeBlock(started, Date.now(), fault.resetAt) }
      : {};
  return {
    status: error.status,
    body: JSON.stringify({ ...error.body(), ...time }),
    error: error.code,
  };
}

function dispatch(
  method: string,
  params: Params,
  state: PortalState,
  origin: string,
  started: number,
): Answer {
  try {
    const ctx = authContext(params, state, origin);
    const outcome =
      method.toLowerCase() === 'batch'
        ? { result: runBatch(params, ctx) }
        : invokeMethod(method, params, ctx);
    return { status: 200, body: JSON.stringify(successBody(outcome, started)) };
  } catch (error) {
    if (!(error instanceof RestError)) throw error;
    return { status: error.status, body: JSON.stringify(error.body()), error: error.code };
  }
}

function commandsForLog(method: string, params: Params): RequestLogEntry['commands'] {
  if (method.toLowerCase() !== 'batch') return undefined;
  return Object.fromEntries(
    parseBatchCommands(upperParam(params, 'CMD')).map((c) => [
      c.key,
      { method: c.method, params: redact(c.params) },
    ]),
  );
}

export async function handleRest(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  state: PortalState,
): Promise<void> {
  const started = Date.now();
  const httpMethod = (req.method ?? 'GET').toUpperCase();
  const method = restMethodOf(url.pathname);
  const entry = (status: number, extra: Partial<RequestLogEntry> = {}): RequestLogEntry => ({
    at: started,
    httpMethod: httpMethod as HttpMethod,
    path: url.pathname,
    method,
    ...extra,
    status,
  });

  const generation = state.generation;
  const raw = await readBody(req);
  // Latency applies to preflights too: they are a full round trip for every SDK call (§11).
  if (state.latencyMs > 0) await sleep(state.latencyMs);
  // A request still in flight from before a reset (a closed page of an earlier test) must not
  // land in the fresh portal's log: the connection dies as it would with a restarted server.
  if (state.generation !== generation) {
    req.socket.destroy();
    return;
  }

  if (httpMethod === 'OPTIONS') {
    state.log.addRequest(entry(200));
    sendText(res, 200, '', 'text/html; charset=utf-8', CORS_HEADERS);
    return;
  }
  if (httpMethod !== 'GET' && httpMethod !== 'POST') {
    sendText(res, 405, '', 'text/plain; charset=utf-8', {
      ...CORS_HEADERS,
      Allow: 'GET, POST, OPTIONS',
    });
    return;
  }

  const contentType = req.headers['content-type'] ?? '';
  const params = await parseRestParams(httpMethod, contentType, raw, url.search.slice(1));
  const commands = commandsForLog(method, params);
  const logged: Partial<RequestLogEntry> = {
    ...(contentType ? { contentType } : {}),
    params: redact(params),
    ...(commands ? { commands } : {}),
  };

  const fault = state.faults.take(method, 'request');
  if (fault?.network === 'afterWork') {
    // The portal did the work (a message posted, a chat joined), then the answer was lost on
    // the way: the client sees a network failure and cannot tell it from 'drop'.
    dispatch(method, params, state, url.origin, started);
    state.log.addRequest(entry(0, { ...logged, error: 'network drop after work' }));
    req.socket.destroy();
    return;
  }
  const answer = fault
    ? faultAnswer(fault, started)
    : dispatch(method, params, state, url.origin, started);
  if (!answer) {
    state.log.addRequest(entry(0, { ...logged, error: 'network drop' }));
    req.socket.destroy();
    return;
  }
  state.log.addRequest(
    entry(answer.status, { ...logged, ...(answer.error ? { error: answer.error } : {}) }),
  );
  sendText(res, answer.status, answer.body, 'application/json; charset=utf-8', CORS_HEADERS);
}
