import type { B24Door } from '../../b24/door.ts';
import { parseKeyTemplate, type KeyTemplate } from '../../b24/placement.ts';

// The app option Settings saves the admin's template in (src/settings/key-template.ts; views
// do not import each other).
const KEY_TEMPLATE_OPTION = 'keyTemplate';

/**
 * The template as this frame knows it now: the init data's, or what Settings saved since in this
 * very frame (the SDK keeps a saved option), so coming back from Settings needs no reload.
 */
export function savedKeyTemplate(door: B24Door): KeyTemplate {
  return parseKeyTemplate(door.appOption(KEY_TEMPLATE_OPTION));
}
