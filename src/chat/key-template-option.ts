import { KEY_TEMPLATE_OPTION, parseKeyTemplate, type KeyTemplate } from '../b24/chat-key.ts';
import type { B24Door } from '../b24/door.ts';

/**
 * The template as this frame knows it now: the init data's, or what Settings saved since in this
 * very frame (the SDK keeps a saved option), so coming back from Settings needs no reload.
 */
export function savedKeyTemplate(door: B24Door): KeyTemplate {
  return parseKeyTemplate(door.appOption(KEY_TEMPLATE_OPTION));
}

/** The option's value: parseKeyTemplate reads exactly this JSON back. */
export function serializeKeyTemplate(template: KeyTemplate): string {
  return JSON.stringify({ entityType: template.entityType, entityId: template.entityId });
}

export function saveKeyTemplate(door: B24Door, template: KeyTemplate): Promise<void> {
  return door.setAppOption(KEY_TEMPLATE_OPTION, serializeKeyTemplate(template));
}
