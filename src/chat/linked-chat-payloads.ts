import { malformed } from '../b24/app-error.ts';
import type { ChatMember, LinkedChat, Person } from './linked-chat.ts';

/**
 * Hand-written guards for REST payloads (no casts on remote data). The lookup and the details
 * are required: anything off there is MALFORMED_RESPONSE. Members, record and responsible only
 * decorate the card, so a payload that is off there is dropped instead of failing the card.
 */
type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function positiveInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** Bitrix24 sends some ids as numeric strings (user.get, crm.item.get on older portals). */
function looseId(value: unknown): number | undefined {
  if (typeof value === 'string' && /^[1-9]\d*$/.test(value)) return positiveInt(Number(value));
  return positiveInt(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

const HEX_COLOR = /^#[0-9a-f]{3,8}$/i;

function color(value: unknown): string | null {
  return typeof value === 'string' && HEX_COLOR.test(value) ? value : null;
}

/** Portal-relative avatar paths resolve against the portal; only http(s) is ever shown. */
export function assetUrl(value: unknown, portalOrigin: string): string | null {
  const path = text(value);
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
  const id = isRecord(value) ? positiveInt(value['ID']) : undefined;
  if (id === undefined) throw malformed('imbot.chat.get: expected null or { ID: number }');
  return id;
}

/** imbot.dialog.get / im.dialog.get. */
export function parseDetails(value: unknown, portalOrigin: string): Omit<LinkedChat, 'members'> {
  if (!isRecord(value)) throw malformed('dialog.get: result is not an object');
  const id = positiveInt(value['id']);
  const name = value['name'];
  if (id === undefined || typeof name !== 'string') {
    throw malformed('dialog.get: missing id or name');
  }
  const count = value['user_counter'];
  const created = typeof value['date_create'] === 'string' ? Date.parse(value['date_create']) : NaN;
  return {
    id,
    title: text(name) ?? null,
    avatarUrl: assetUrl(value['avatar'], portalOrigin),
    color: color(value['color']),
    memberCount:
      typeof count === 'number' && Number.isSafeInteger(count) && count >= 0 ? count : null,
    createdAt: Number.isFinite(created) ? created : null,
  };
}

const MEMBER_AVATARS = 3;

/** im.dialog.users.list: user objects; at most three are kept, each person once. */
export function parseMembers(value: unknown, portalOrigin: string): ChatMember[] {
  if (!Array.isArray(value)) return [];
  const members: ChatMember[] = [];
  for (const item of value) {
    if (!isRecord(item)) continue;
    const id = positiveInt(item['id']);
    const name = text(item['name']);
    // A portal may list someone twice: shown twice they would look like two members.
    if (id === undefined || name === undefined || members.some((member) => member.id === id)) {
      continue;
    }
    members.push({
      id,
      name,
      avatarUrl: assetUrl(item['avatar'], portalOrigin),
      color: color(item['color']),
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
  const item = isRecord(value) && isRecord(value['item']) ? value['item'] : undefined;
  if (item === undefined) return { title: null, responsibleId: null };
  const personName = [text(item['name']), text(item['lastName'])].filter(Boolean).join(' ');
  return {
    title: text(item['title']) ?? text(item['fullName']) ?? text(personName) ?? null,
    responsibleId: looseId(item['assignedById']) ?? null,
  };
}

/** A classic upper-case user object (user.get, user.current) → a named person. */
function person(user: Json): Person | null {
  const id = looseId(user['ID']);
  const name = text([text(user['NAME']), text(user['LAST_NAME'])].filter(Boolean).join(' '));
  return id === undefined || name === undefined ? null : { id, name };
}

/** user.get: an array with the one user asked for. */
export function parseResponsible(value: unknown, responsibleId: number | null): Person | null {
  if (responsibleId === null || !Array.isArray(value)) return null;
  for (const user of value) {
    if (isRecord(user) && looseId(user['ID']) === responsibleId) return person(user);
  }
  return null;
}

/** user.current: the one user object of whoever is looking at the card. */
export function parseCurrentUser(value: unknown): Person | null {
  return isRecord(value) ? person(value) : null;
}
