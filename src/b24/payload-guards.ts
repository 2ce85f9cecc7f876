/**
 * Hand-written guards for what the portal sends (REST results, init data, options): checks, never
 * casts. Each parser at the edge builds its typed value out of these.
 */
export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A value as sent, or the value a JSON string holds: PLACEMENT_OPTIONS and app options arrive
 * either way. A string that is not JSON: undefined.
 */
export function fromJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** An object as is, or a JSON string of one; anything else: undefined. */
export function jsonObject(value: unknown): JsonObject | undefined {
  const parsed = fromJson(value);
  return isJsonObject(parsed) ? parsed : undefined;
}

export function positiveInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

const CANONICAL_ID = /^[1-9]\d*$/;

/**
 * A positive integer id, as a number or as its canonical decimal string ("042" is not one):
 * Bitrix24 sends some ids as numeric strings (PLACEMENT_OPTIONS.ID, user.get, older crm.item.*).
 */
export function positiveId(value: unknown): number | undefined {
  if (typeof value === 'string')
    return CANONICAL_ID.test(value) ? positiveInt(Number(value)) : undefined;
  return positiveInt(value);
}

/** Text worth showing: a string that is not empty or blank. */
export function nonBlank(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A date the portal sent as text (ISO 8601), in epoch ms; null when it is not readable. */
export function epochMs(value: unknown): number | null {
  const parsed = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(parsed) ? parsed : null;
}
