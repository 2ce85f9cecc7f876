import { MessageCommands, type AjaxResult } from '@bitrix24/b24jssdk';
import { AppError, malformed, toAppError } from './app-error.ts';
import { CallLog } from './call-log.ts';
import { KEY_TEMPLATE_OPTION } from './chat-key.ts';
import type { B24Door, BatchCommand, BatchOutcome, ChatDialogId, OpenPathOutcome } from './door.ts';
import type { InitData } from './init-data.ts';
import type { LinkedChatFrame } from './linked-chat-frame.ts';
import { isJsonObject } from './payload-guards.ts';
import { portalReloadUrl } from './portal-page.ts';
import type { RestParams } from './rest-params.ts';

// The SDK files a batch that failed as a whole, but was answered softly, under this key.
const WHOLE_REQUEST = 'base-error';

function firstError(result: AjaxResult): unknown {
  return result.getErrors().next().value;
}

function readOption(frame: LinkedChatFrame, scope: 'app' | 'user', name: string): unknown {
  try {
    return scope === 'app' ? frame.options.appGet(name) : frame.options.userGet(name);
  } catch {
    // appGet/userGet throw for unset options; unset is a normal answer here.
    return undefined;
  }
}

/**
 * The SDK hands LANG on as the portal sent it (typed as a code, never checked): a number, an
 * object or null must not reach code that reads it as text. Anything but a string is no code.
 */
function langOf(frame: LinkedChatFrame): string {
  const lang: unknown = frame.getLang();
  return typeof lang === 'string' ? lang : '';
}

export function readInitData(frame: LinkedChatFrame): InitData {
  const origin = frame.getTargetOrigin();
  const url = new URL(origin);
  return {
    placement: frame.placement.placement,
    placementOptions: frame.placement.options,
    lang: langOf(frame),
    // The SDK passes IS_ADMIN through uncoerced; "N" or 1 must not make anyone an admin.
    isAdmin: frame.auth.isAdmin === true,
    installMode: frame.isInstallMode === true,
    keyTemplate: readOption(frame, 'app', KEY_TEMPLATE_OPTION),
    portal: { origin, protocol: url.protocol === 'https:' ? 'https' : 'http', domain: url.host },
  };
}

export class FrameDoor implements B24Door {
  readonly init: InitData;
  readonly calls = new CallLog();
  readonly #frame: LinkedChatFrame;

  constructor(frame: LinkedChatFrame) {
    this.#frame = frame;
    this.init = readInitData(frame);
  }

  callMethod(method: string, params: RestParams = {}): Promise<unknown> {
    return this.#recorded(method, params, false);
  }

  callMethodOnce(method: string, params: RestParams): Promise<unknown> {
    return this.#recorded(method, params, true);
  }

  async #recorded(method: string, params: RestParams, once: boolean): Promise<unknown> {
    try {
      const result = await this.#callMethod(method, params, once);
      this.calls.record(method, null);
      return result;
    } catch (error) {
      this.calls.record(method, toAppError(error).code);
      throw error;
    }
  }

  async #callMethod(method: string, params: RestParams, once: boolean): Promise<unknown> {
    let response: AjaxResult;
    try {
      // actions.v2.call.make, not the deprecated callMethod, which warns on every call.
      response = once
        ? await this.#frame.callOnce(method, params)
        : await this.#frame.actions.v2.call.make({ method, params });
    } catch (error) {
      throw toAppError(error);
    }
    if (!response.isSuccess) throw toAppError(firstError(response));
    return response.getData()?.result;
  }

  async callBatch(
    commands: Readonly<Record<string, BatchCommand>>,
    options: { halt: boolean },
  ): Promise<BatchOutcome> {
    let outcome: BatchOutcome;
    try {
      outcome = await this.#callBatch(commands, options);
    } catch (error) {
      const code = toAppError(error).code;
      for (const command of Object.values(commands)) this.calls.record(command.method, code);
      throw error;
    }
    this.calls.recordBatch(commands, outcome);
    return outcome;
  }

  async #callBatch(
    commands: Readonly<Record<string, BatchCommand>>,
    options: { halt: boolean },
  ): Promise<BatchOutcome> {
    let response;
    try {
      response = await this.#frame.actions.v2.batch.make({
        calls: { ...commands },
        options: { isHaltOnError: options.halt, returnAjaxResult: false },
      });
    } catch (error) {
      throw toAppError(error);
    }
    const errorsByKey = response.getErrorsByKey();
    const whole = errorsByKey[WHOLE_REQUEST];
    if (whole !== undefined) throw toAppError(whole);

    const data: unknown = response.getData();
    if (!isJsonObject(data)) throw malformed('batch result is not an object');
    const results: Record<string, unknown> = {};
    const errors: Record<string, AppError> = {};
    for (const name of Object.keys(commands)) {
      const error = errorsByKey[name];
      if (error !== undefined) errors[name] = toAppError(error);
      else if (Object.hasOwn(data, name)) results[name] = data[name];
    }
    return { results, errors };
  }

  async openMessenger(dialogId: ChatDialogId): Promise<void> {
    await this.#frame.parent.imOpenMessenger(dialogId);
  }

  async openPath(path: string): Promise<OpenPathOutcome> {
    let status;
    try {
      status = await this.#frame.slider.openPath(new URL(path, this.init.portal.origin));
    } catch (error) {
      // The SDK rejects with the portal's errorCode as a plain Error's message.
      throw toAppError(error instanceof Error ? { code: error.message } : error);
    }
    return status.isOpenAtNewWindow ? 'new-window' : 'closed';
  }

  async resizeWindow(height: number): Promise<void> {
    if (!Number.isInteger(height) || height <= 0) return;
    // Width "100%", as fitWindow() sends it, not parent.resizeWindow(w, h): the portal pins a
    // numeric width in px (applayout.js resizeWindow sets the iframe's style.width), so a frame
    // sized once would stay that wide, clipped in a narrower window and short of a wider one.
    await this.#frame.parent.message.send(MessageCommands.resizeWindow, {
      width: '100%',
      height,
      isSafely: true,
    });
  }

  reloadPortal(): void {
    // Not parent.reloadWindow(): Bitrix24 drops it in every placement but DEFAULT and the SDK
    // resolves as if it had worked (facts §13). Not a reload of this frame either: the portal's
    // session is over, and the frame would be handed the same stale token.
    const top = window.top;
    if (top !== null) top.location.href = portalReloadUrl(this.init);
  }

  appOption(name: string): unknown {
    return readOption(this.#frame, 'app', name);
  }

  userOption(name: string): unknown {
    return readOption(this.#frame, 'user', name);
  }

  async setAppOption(name: string, value: string): Promise<void> {
    try {
      await this.#frame.options.appSet(name, value);
    } catch (error) {
      throw toAppError(error);
    }
  }

  async setUserOption(name: string, value: string): Promise<void> {
    try {
      await this.#frame.options.userSet(name, value);
    } catch (error) {
      throw toAppError(error);
    }
  }

  async installFinish(): Promise<void> {
    try {
      await this.#frame.installFinish();
    } catch (error) {
      throw toAppError(error);
    }
  }
}
