// The emulator's public contract (docs/emulator-api.md). e2e specs and the benchmark import
// these types; change them only additively.

export interface Scenario {
  /** 1 admin, 2 member (default), 3 outsider, 4 responsible (seed.ts). */
  userId: number;
  /** Default: the user's own admin flag. */
  isAdmin?: boolean;
  placement: string;
  /** Passed to the app as is: an object, a JSON string, number IDs… */
  placementOptions: unknown;
  /** Bitrix24's language code. The init data carries it as is, so a test can play a host that
   * sends a number or an object; the query string and the REST answers get its text form. */
  lang: unknown;
  install: boolean;
  firstRun: boolean;
  /** Lifetime of the page's access token in seconds; 0 = already expired. */
  authExpires: number;
  /** Never answer getInitData. */
  silentParent: boolean;
  /** Commands the parent never answers, e.g. ['refreshAuth']. */
  silentCommands: string[];
  /** window.name carries a wrong port, so the SDK posts to an origin nobody listens on. */
  wrongPort: boolean;
  /** Open the handler with a form POST, as Bitrix24 does (false: a GET `src`). */
  postHandler: boolean;
  /** Iframe width in px (default: the tab area's width). */
  frameWidth?: number;
  /** Addition: this many more smart processes beside Projects (183) and Tenders (187), at most
   * 62 (entityTypeIds 128..191), each with one item; default 0. */
  smartProcesses?: number;
  /** Addition: the page's session is not signed in (a guest session): im.chat.get and
   * imbot.chat.get answer 403 AUTHORIZE_ERROR, dialogs 403 ACCESS_ERROR; default false. */
  guest?: boolean;
  /** Addition: records the user may not read (the CRM permissions hide them): crm.item.get
   * answers 400 ACCESS_DENIED, crm.item.list leaves them out. Without `userId`, hidden from
   * everyone. */
  unreadableRecords?: Array<{ entityTypeId: number; id: number; userId?: number }>;
  /** Addition: the scopes the app was granted, e.g. ['crm', 'im', 'user', 'placement']; a
   * method outside them answers 401 insufficient_scope. Default: every scope. */
  scopes?: string[];
  /** Addition: the portal lacks `crm.timeline.chat.get` (an older or stricter portal): it
   * answers 404 ERROR_METHOD_NOT_FOUND like any unknown method; default false. */
  timelineChatMissing?: boolean;
}

export interface Fault {
  /** REST method ('imbot.chat.get', 'batch', …); default: any. */
  method?: string;
  /** 'request' (default): the HTTP request fails as a whole; 'command': only that command
   * inside a batch fails (it lands in result_error, HTTP 200). */
  scope?: 'request' | 'command';
  status?: number;
  error?: string;
  description?: string;
  /** Fail this many times, then heal; default: until cleared. */
  times?: number;
  /** 'drop': the connection is destroyed before the method runs (nothing happened);
   * 'afterWork': the method runs (a message is posted, a chat joined) and then the connection
   * is destroyed, so the answer is lost after the portal did the work. */
  network?: 'drop' | 'afterWork';
  /** Answer 200 `{ result: <this>, time }` (malformed payloads). */
  result?: unknown;
  /** Answer with this exact body (status default 200). */
  rawBody?: string;
  /** time.operating_reset_at (unix seconds) for 429 OPERATION_TIME_LIMIT. */
  resetAt?: number;
}

export interface RequestLogEntry {
  at: number;
  httpMethod: 'GET' | 'POST' | 'OPTIONS';
  path: string;
  method: string;
  contentType?: string;
  /** Parsed params, `auth` redacted. */
  params?: unknown;
  commands?: Record<string, { method: string; params: unknown }>;
  status: number;
  error?: string;
}

export interface MessageLogEntry {
  at: number;
  command: string;
  params: unknown;
  raw: string;
}

/** A load of the portal page (or its start page), by the test, a reload, or the app. */
export interface NavigationLogEntry {
  at: number;
  /** Path and query as requested, e.g. `/crm/deal/details/42/?install_finished=Y`. */
  url: string;
  path: string;
}

export interface Binding {
  placement: string;
  handler: string;
  title?: string;
  langAll?: unknown;
}

export interface Notification {
  from: number;
  to: number;
  message: string;
}

/** What `postMessage` posts: a message in a chat as one of its members, or as the system. */
export interface PostMessageInput {
  chatId: number;
  /** A member of the chat, or 0 for a system message. */
  authorId: number;
  /** Bitrix24 BBCode, stored as given; `''` without files is a deleted message. */
  text: string;
  /** Shorthand for one attached file of that name. */
  fileName?: string;
  files?: Array<{ name: string; size?: number; image?: { width: number; height: number } }>;
  /** More message params (e.g. `{ IS_EDITED: 'Y' }`); FILE_ID comes from the files. */
  params?: Record<string, unknown>;
}

/** A message as the portal stored it (im.dialog.messages.get shows it to members). */
export interface PostedMessage {
  id: number;
  chatId: number;
  authorId: number;
  /** ATOM, in the portal's time zone. */
  date: string;
  text: string;
  params: Record<string, unknown>;
}

/** A member's read position in a chat and their unread count (im.dialog.get `last_id`,
 * `counter`). */
export interface ReadState {
  lastId: number;
  counter: number;
}

/** A deal addRecordChats added, with its CRM chat. */
export interface AddedRecordChat {
  dealId: number;
  chatId: number;
  title: string;
}

export interface PortalOptions {
  /** Portal port, default 0 (free). */
  port?: number;
  /** App port, default 0 (free). */
  appPort?: number;
  /** Default `<repo>/dist`. */
  appDir?: string;
  /** Handler path on the app origin, default '/index.html'. */
  appPath?: string;
  /** Addition: frame the app from this origin (e.g. `npm run dev`'s Vite dev server on
   * http://127.0.0.1:<port>) instead of serving `appDir`; `appPort` and `appDir` are then unused. */
  appOrigin?: string;
  scenario?: Partial<Scenario>;
  /** No console output (tests). */
  quiet?: boolean;
}

export interface Portal {
  url: string;
  appOrigin: string;
  cardUrl(): string;
  setScenario(s: Partial<Scenario>): void;
  resetScenario(): void;
  scenario(): Scenario;
  addFault(f: Fault): void;
  clearFaults(): void;
  expireTokens(): void;
  setLatency(ms: number): void;
  requests(): RequestLogEntry[];
  messages(): MessageLogEntry[];
  clearLog(): void;
  appOptions(): Record<string, unknown>;
  userOptions(userId?: number): Record<string, unknown>;
  bindings(): Binding[];
  notifications(): Notification[];
  /** Everything back to the seed: scenario, faults, log, latency, tokens, app/user options,
   * bindings, notifications, install state. */
  reset(): void;
  /** Addition: true once the app sent setInstallFinish (the next page load has INSTALL=false). */
  installFinished(): boolean;
  /** Addition: a valid access token for a user (default: the scenario's), for direct REST calls. */
  issueToken(userId?: number): string;
  /** Test-only: every access and refresh token issued since the last reset (pages, refreshes,
   * issueToken), so specs can prove none of them leaks into logs, storage or URLs. */
  issuedTokens(): string[];
  /** Addition: every load of a portal page since the last clearLog/reset, in order; where the
   * app sent the portal (`window.top.location…`) shows here. */
  navigations(): NavigationLogEntry[];
  /** Addition: hides the app frame (`display: none`) on every open portal page and the next
   * ones, as a hidden tab would; showFrame() shows it again, so does reset(). */
  hideFrame(): void;
  showFrame(): void;
  frameHidden(): boolean;
  /** Addition: posts a message as another user (or the system): the next id, unread for the
   * other members, the author's read position moved to it; throws unless the author is a
   * member. Also `POST /_emulator/messages` and the panel's "Post as…" form. */
  postMessage(input: PostMessageInput): PostedMessage;
  /** Addition: takes a member out of the chat (Chat::deleteUser, by the chat's owner): from the
   * next request on, the chat is 403 ACCESS_ERROR to them; the chat gets a system message.
   * Throws unless they are a member. Also `POST /_emulator/remove-member`. */
  removeMember(chatId: number, userId: number): void;
  /** Addition: a member's read position and unread count, or undefined for a non-member. */
  readState(chatId: number, userId?: number): ReadState | undefined;
  /** Addition: `count` (1–500) more deals, "Paging deal 1"… (ids from 1001, dated 2025), each
   * with a CRM chat (`DEAL|<id>`, the responsible user 4 and the scenario's user) holding one
   * read message, older than every chat so far: im.recent.list lists them last, in order. More
   * calls go on numbering; reset() removes them. Also `POST /_emulator/record-chats`. */
  addRecordChats(count: number): AddedRecordChat[];
  close(): Promise<void>;
}
