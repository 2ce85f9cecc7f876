import { B24Frame } from '@bitrix24/b24jssdk';
import { formHttpOptions } from './form-encoding.ts';

/** B24Frame whose REST calls are CORS simple requests: see form-encoding.ts for why. */
export class LinkedChatFrame extends B24Frame {
  protected override _getHttpOptions(): object {
    return formHttpOptions;
  }
}
