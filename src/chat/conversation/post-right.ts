import type { JsonObject } from '../../b24/payload-guards.ts';

/** The roles above `member`, weakest first (Bitrix's `role` of the person, `permissions`). */
const STRONG_ROLES: readonly unknown[] = ['manager', 'owner'];
const rank = (role: unknown) => STRONG_ROLES.indexOf(role);

/** An own field of an object in the answer; undefined for anything else. */
function field(value: unknown, name: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.getOwnPropertyDescriptor(value, name)?.value;
}

/**
 * Whether the person may post, from the chat's details (im.dialog.get): `restrictions.send`
 * (the chat type's own rule) and `permissions.can_post` (`manage_messages` in older answers),
 * the weakest role that may post, against the person's `role` (im `Chat::formatChatData`).
 * What is absent or unknown allows it: the portal still has the last word, and a refusal
 * shows as a failed send.
 */
export function mayPost(dialog: JsonObject): boolean {
  if (field(dialog['restrictions'], 'send') === false) return false;
  const permissions = dialog['permissions'];
  const needed = field(permissions, 'can_post') ?? field(permissions, 'manage_messages');
  return needed !== 'none' && rank(dialog['role']) >= rank(needed);
}
