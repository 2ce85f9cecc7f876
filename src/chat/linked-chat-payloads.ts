import { malformed } from '../b24/app-error.ts';
import {
  epochMs,
  isJsonObject,
  nonBlank,
  positiveId,
  positiveInt,
  type JsonObject,
} from '../b24/payload-guards.ts';
import type { ChatMember, LinkedChat, Person } from './linked-chat.ts';

/**
 * The chat's REST payloads → the card's typed values. The lookup and the details are required:
 * anything off there is MALFORMED_RESPONSE. Members, record and responsible only decorate the
 * card, so a payload that is off there is dropped instead of failing the card.
 */

const HEX_COLOR = /^#[0-9a-f]{3,8}$/i;

export function hexColor(value: unknown): string | null {
  return typeof value === 'string' && HEX_COLOR.test(value) ? value : null;
}

/** Portal-relative avatar paths resolve against the portal; only http(s) is ever shown. */
export function assetUrl(value: unknown, portalOrigin: string): string | null {
  const path = nonBlank(value);
  if (path === undefined) return null;
  try {
    const url = new URL(path, portalOrigin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** imbot.chat.get: `null` (no chat) or `{ ID }`. */
export function parseLookup(value: unknown): number | null {
  if (value === null) return null;
  const id = isJsonObject(value) ? positiveInt(value['ID']) : undefined;
  if (id === undefined) throw malformed('imbot.chat.get: expected null or { ID: number }');
  return id;
}

/** imbot.dialog.get / im.dialog.get. */
export function parseDetails(value: unknown, portalOrigin: string): Omit<LinkedChat, 'members'> {
  if (!isJsonObject(value)) throw malformed('dialog.get: result is not an object');
  const id = positiveInt(value['id']);
  const name = value['name'];
  if (id === undefined || typeof name !== 'string') {
    throw malformed('dialog.get: missing id or name');
  }
  const count = value['user_counter'];
  return {
    id,
    title: nonBlank(name) ?? null,
    avatarUrl: assetUrl(value['avatar'], portalOrigin),
    color: hexColor(value['color']),
    memberCount:
      typeof count === 'number' && Number.isSafeInteger(count) && count >= 0 ? count : null,
    createdAt: epochMs(value['date_create']),
    dialog: value,
  };
}

/** Members shown as avatars on the card, and so asked for. */
export const MEMBER_AVATARS = 3;

/** im.dialog.users.list: user objects; at most three are kept, each person once. */
export function parseMembers(value: unknown, portalOrigin: string): ChatMember[] {
  if (!Array.isArray(value)) return [];
  const members: ChatMember[] = [];
  for (const item of value) {
    if (!isJsonObject(item)) continue;
    const id = positiveInt(item['id']);
    const name = nonBlank(item['name']);
    // A portal may list someone twice: shown twice they would look like two members.
    if (id === undefined || name === undefined || members.some((member) => member.id === id)) {
      continue;
    }
    members.push({
      id,
      name,
      avatarUrl: assetUrl(item['avatar'], portalOrigin),
      color: hexColor(item['color']),
    });
    if (members.length === MEMBER_AVATARS) break;
  }
  return members;
}

/** crm.item.get: `{ item: { title | fullName | name+lastName, assignedById } }`. */
export function parseRecordItem(value: unknown): {
  title: string | null;
  responsibleId: number | null;
} {
  const item = isJsonObject(value) && isJsonObject(value['item']) ? value['item'] : undefined;
  if (item === undefined) return { title: null, responsibleId: null };
  const personName = [nonBlank(item['name']), nonBlank(item['lastName'])].filter(Boolean).join(' ');
  return {
    title: nonBlank(item['title']) ?? nonBlank(item['fullName']) ?? nonBlank(personName) ?? null,
    responsibleId: positiveId(item['assignedById']) ?? null,
  };
}

/** A classic upper-case user object (user.get, user.current) → a named person. */
function person(user: JsonObject): Person | null {
  const id = positiveId(user['ID']);
  const name = nonBlank(
    [nonBlank(user['NAME']), nonBlank(user['LAST_NAME'])].filter(Boolean).join(' '),
  );
  return id === undefined || name === undefined ? null : { id, name };
}

/** user.get: an array with the one user asked for. */
export function parseResponsible(value: unknown, responsibleId: number | null): Person | null {
  if (responsibleId === null || !Array.isArray(value)) return null;
  for (const user of value) {
    if (isJsonObject(user) && positiveId(user['ID']) === responsibleId) return person(user);
  }
  return null;
}

/** user.current: the one user object of whoever is looking at the card. */
export function parseCurrentUser(value: unknown): Person | null {
  return isJsonObject(value) ? person(value) : null;
}
