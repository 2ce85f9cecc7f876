import type { MessageLogEntry, NavigationLogEntry, RequestLogEntry } from './types.ts';

// b24-frame-protocol.md §10.10: the logs never hold a token. REST params lose `auth` (and any
// other credential-looking key) before they are stored; the frame's init and refresh replies
// are never logged at all (the page logs the app's messages, which carry no token).

const SECRET_NAMES = 'auth|auth_id|refresh_id|access_token|refresh_token';
const SECRET_KEYS = new RegExp(`^(${SECRET_NAMES})$`, 'i');
/** A secret inside a query string, e.g. a batch row `user.current?auth=…`. */
const SECRET_IN_QUERY = new RegExp(`([?&](?:${SECRET_NAMES})=)[^&]*`, 'gi');
const REDACTED = '[redacted]';

export function redact(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(SECRET_IN_QUERY, `$1${REDACTED}`);
  if (Array.isArray(value)) return value.map(redact);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      SECRET_KEYS.test(key) ? REDACTED : redact(inner),
    ]),
  );
}

export class PortalLog {
  #requests: RequestLogEntry[] = [];
  #messages: MessageLogEntry[] = [];
  #navigations: NavigationLogEntry[] = [];
  readonly #quiet: boolean;

  constructor(quiet: boolean) {
    this.#quiet = quiet;
  }

  addRequest(entry: RequestLogEntry): void {
    this.#requests.push(entry);
    const commands = entry.commands
      ? ` {${Object.entries(entry.commands)
          .map(([key, command]) => `${key}: ${command.method}`)
          .join(', ')}}`
      : '';
    this.#print(
      `[rest] ${entry.httpMethod} ${entry.method}${commands} → ${entry.status}${entry.error ? ` ${entry.error}` : ''}`,
    );
  }

  addMessage(entry: MessageLogEntry): void {
    this.#messages.push(entry);
    this.#print(
      `[frame] ${entry.command} ${entry.params === null ? '' : JSON.stringify(entry.params)}`,
    );
  }

  addNavigation(entry: NavigationLogEntry): void {
    this.#navigations.push(entry);
    this.#print(`[page] GET ${entry.url}`);
  }

  requests(): RequestLogEntry[] {
    return structuredClone(this.#requests);
  }

  messages(): MessageLogEntry[] {
    return structuredClone(this.#messages);
  }

  navigations(): NavigationLogEntry[] {
    return structuredClone(this.#navigations);
  }

  clear(): void {
    this.#requests = [];
    this.#messages = [];
    this.#navigations = [];
  }

  #print(line: string): void {
    if (!this.#quiet) console.log(line);
  }
}
