import { B24Frame, HttpV2, type AjaxResult } from '@bitrix24/b24jssdk';
import { formHttpOptions } from './form-encoding.ts';
import type { RestParams } from './rest-params.ts';

/**
 * No retry at all: the SDK's client repeats a call up to `maxRetries` (3 by default) after a
 * network error, a timeout or a 5xx (AbstractHttp.call's loop, RestrictionManager.handleError),
 * so a POST whose answer was lost would reach the portal again. One attempt only. The client
 * still refreshes an expired token and asks again once: a 401 means the portal refused the
 * call, so nothing was done twice.
 */
const ONE_ATTEMPT = { maxRetries: 1 };

/** B24Frame whose REST calls are CORS simple requests: see form-encoding.ts for why. */
export class LinkedChatFrame extends B24Frame {
  #once: HttpV2 | undefined;

  protected override _getHttpOptions(): object {
    return formHttpOptions;
  }

  /**
   * One REST call that is never repeated by the SDK, for methods that must not run twice
   * (im.message.add has no idempotency key). Its own client, so the frame's other calls keep
   * their retries; it signs with the same auth as they do.
   */
  callOnce(method: string, params: RestParams): Promise<AjaxResult> {
    this.#once ??= new HttpV2(this.auth, formHttpOptions, ONE_ATTEMPT);
    return this.#once.call(method, params);
  }
}
