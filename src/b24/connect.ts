import type { B24Door } from './door.ts';
import { FrameDoor } from './frame-door.ts';
import { LinkedChatFrame } from './linked-chat-frame.ts';

export type ConnectOutcome =
  | { kind: 'connected'; door: B24Door }
  /** not-framed: opened outside Bitrix24; no-answer: the portal never answered init. */
  | { kind: 'outside-frame'; reason: 'not-framed' | 'no-answer' };

export const CONNECT_TIMEOUT_MS = 10_000;

function isFramed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    // Reading `top` can only throw inside a frame.
    return true;
  }
}

/** The same parse as the SDK's initializeB24Frame: `DOMAIN|PROTOCOL|APP_SID`. */
function frameParams(): { DOMAIN: string; PROTOCOL: boolean; APP_SID: string } | undefined {
  const [domain = '', protocol = '0', appSid = ''] = window.name.split('|');
  if (domain === '' || appSid === '') return undefined;
  return { DOMAIN: domain, PROTOCOL: Number.parseInt(protocol, 10) === 1, APP_SID: appSid };
}

/**
 * Connects to the parent portal, or says why not. Not initializeB24Frame: its promise is
 * cached per module and never settles when the parent is silent (protocol §1, §9), so the
 * frame is built here and init is raced against a timer.
 */
export async function connect({
  timeoutMs = CONNECT_TIMEOUT_MS,
}: { timeoutMs?: number } = {}): Promise<ConnectOutcome> {
  const params = isFramed() ? frameParams() : undefined;
  if (params === undefined) return { kind: 'outside-frame', reason: 'not-framed' };

  const frame = new LinkedChatFrame({ ...params, LANG: null });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silence = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const winner = await Promise.race([frame.init().then(() => 'ready' as const), silence]);
    if (winner === 'ready') return { kind: 'connected', door: new FrameDoor(frame) };
  } catch {
    // A garbled init answer (JSSDK_FRAME_BAD_PAYLOAD) leaves the app as stuck as silence.
  } finally {
    clearTimeout(timer);
  }
  frame.destroy();
  return { kind: 'outside-frame', reason: 'no-answer' };
}
