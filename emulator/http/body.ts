import type { IncomingMessage } from 'node:http';
import qs from 'qs';

export type Params = Record<string, unknown>;

/** Bigger bodies are cut off: nothing the app sends comes close. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** PHP-style form parsing (`cmd[lookup]=…`, `a[]=1`), as Bitrix24's PHP sees `$_POST`
 * (b24-frame-protocol.md §11): nested keys to a sensible depth, numeric indexes as arrays. */
export function parsePhpQuery(text: string): Params {
  return qs.parse(text, { depth: 20, arrayLimit: 1000, parameterLimit: 10_000 }) as Params;
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function asParams(value: unknown): Params {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Params)
    : {};
}

function parseJson(text: string): Params {
  try {
    return asParams(JSON.parse(text));
  } catch {
    // PHP's json_decode gives null for a broken body: the call then runs with no params
    // (so it usually ends in NO_AUTH_FOUND).
    return {};
  }
}

/** multipart/form-data through the platform's own parser, then PHP-style keys via qs. */
async function parseMultipart(contentType: string, raw: Buffer): Promise<Params> {
  const form = await new Request('http://localhost/', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: new Uint8Array(raw),
  }).formData();
  const flat = new URLSearchParams();
  for (const [key, value] of form) flat.append(key, typeof value === 'string' ? value : value.name);
  return parsePhpQuery(flat.toString());
}

/** A REST call's params as CRestUtil::getRequestData reads them: JSON only when the content
 * type says so, the form (or multipart) fields, else the raw body through parse_str — so JSON
 * sent as text/plain is no JSON. A POST's query string is ignored (the portal merges it under
 * the body; the SDK puts only telemetry there, §5: README, deviations). */
export async function parseRestParams(
  httpMethod: string,
  contentType: string,
  raw: Buffer,
  query: string,
): Promise<Params> {
  if (httpMethod !== 'POST') return parsePhpQuery(query);
  const text = raw.toString('utf8');
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json') return parseJson(text);
  if (type === 'application/x-www-form-urlencoded') return parsePhpQuery(text);
  if (type === 'multipart/form-data') return parseMultipart(contentType, raw);
  return parsePhpQuery(text.trim());
}
