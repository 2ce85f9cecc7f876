import type { Params } from '../http/body.ts';
import type { PortalState } from '../state.ts';

/** Who calls: the user and admin flag behind the access token, and the portal they call. */
export interface CallContext {
  state: PortalState;
  /** The portal's public address (Common::getPublicDomain), e.g. `http://localhost:5180`. */
  origin: string;
  userId: number;
  isAdmin: boolean;
  /** Not signed in (scenario `guest`): the messenger refuses or finds no access. */
  guest: boolean;
}

/** A method's answer; `total`/`next` are the list fields beside `result` (§5). */
export interface MethodOutcome {
  result: unknown;
  total?: number;
  next?: number;
}

export type RestMethod = (params: Params, ctx: CallContext) => MethodOutcome;
