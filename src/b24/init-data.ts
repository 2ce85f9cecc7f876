/** What the portal told the app at init, typed; read once from the SDK by the frame door. */
export interface Portal {
  /** `http(s)://domain[:port]`, the SDK's target origin (postMessage target and REST base). */
  origin: string;
  protocol: 'http' | 'https';
  /** host[:port] */
  domain: string;
}

export interface InitData {
  placement: string;
  /** PLACEMENT_OPTIONS exactly as the portal sent them (object or JSON string). */
  placementOptions: unknown;
  /** Bitrix24's LANG code (`en`, `ru`, `la`…), not an ISO code. */
  lang: string;
  isAdmin: boolean;
  installMode: boolean;
  /** APP_OPTIONS.keyTemplate, raw: see parseKeyTemplate. */
  keyTemplate: unknown;
  portal: Portal;
}
