import type { Params } from '../http/body.ts';

// The im/user/placement handlers upper-case their parameter names (im_rest.php
// `array_change_key_case`), so `dialog_id` works as well as `DIALOG_ID`. crm.item.* uses
// camelCase names and reads them exactly.

export function upperParam(params: Params, name: string): unknown {
  if (name in params) return params[name];
  const key = Object.keys(params).find((k) => k.toUpperCase() === name);
  return key === undefined ? undefined : params[key];
}

/** A scalar parameter as PHP would see it in a string context ('' when absent). */
export function asString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** A positive integer id (`'42'`, `42`), or undefined. */
export function asId(value: unknown): number | undefined {
  const text = asString(value).trim();
  if (!/^\d+$/.test(text)) return undefined;
  const id = Number(text);
  return id > 0 ? id : undefined;
}

export function asRecord(value: unknown): Params | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Params)
    : undefined;
}
