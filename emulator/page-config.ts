// The data the portal page's script (page/portal-page.js) receives, embedded in the page as
// JSON. The script declares the same shape in JSDoc; keep the two in step.

export interface InitData {
  DOMAIN: string;
  PATH: string;
  PROTOCOL: number;
  LANG: unknown;
  AUTH_ID: string;
  REFRESH_ID: string;
  /** A string, as the app.layout template writes it (`authExpires: '3600'`); a number after a
   * refresh, as the portal's JSON answer has it. */
  AUTH_EXPIRES: string | number;
  MEMBER_ID: string;
  IS_ADMIN: boolean;
  PLACEMENT: string;
  PLACEMENT_OPTIONS: unknown;
  INSTALL: boolean;
  FIRST_RUN: boolean;
  USER_OPTIONS: Record<string, unknown>;
  APP_OPTIONS: Record<string, unknown>;
}

export interface PageConfig {
  sid: string;
  appOrigin: string;
  frameName: string;
  handlerUrl: string;
  postHandler: boolean;
  /** The form fields Bitrix24 POSTs to the handler (b24-frame-protocol.md §10.2). */
  form: Record<string, string>;
  initData: InitData;
  silentParent: boolean;
  silentCommands: string[];
  /** Commands the portal drops without a reply (its app.layout template's denyInterface). */
  deniedCommands: string[];
  isAdmin: boolean;
}
