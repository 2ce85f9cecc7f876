import type { AppError } from './app-error.ts';
import type { CallLog } from './call-log.ts';
import type { InitData } from './init-data.ts';
import type { RestParams } from './rest-params.ts';

export interface BatchCommand {
  method: string;
  params?: RestParams;
}

export interface BatchOutcome {
  /** Successful commands only; a command that answered `null` is present with `null`. */
  results: Readonly<Record<string, unknown>>;
  /** Per-command errors (answered with HTTP 200 inside the batch). */
  errors: Readonly<Record<string, AppError>>;
}

export type ChatDialogId = `chat${number}`;

/** How an opened portal page ended: its slider was closed, or it opened in a new tab instead. */
export type OpenPathOutcome = 'closed' | 'new-window';

/**
 * The app's only way to the portal. Components get it from DoorContext, so tests inject a fake
 * here and nowhere else. Every method rejects with an AppError, never anything else.
 */
export interface B24Door {
  readonly init: InitData;
  /** Methods called in this session and their error codes, for the settings' diagnostics. */
  readonly calls: CallLog;
  /** One REST call; resolves with the raw `result`, for the caller to parse. */
  callMethod(method: string, params?: RestParams): Promise<unknown>;
  /**
   * One REST call that is sent once and never again by itself, whatever happens to its answer:
   * for methods that must not run twice (`im.message.add`, contract §5). callMethod's calls are
   * retried by the SDK after a network error or a 5xx.
   */
  callMethodOnce(method: string, params: RestParams): Promise<unknown>;
  /** One `batch` request of named commands. */
  callBatch(
    commands: Readonly<Record<string, BatchCommand>>,
    options: { halt: boolean },
  ): Promise<BatchOutcome>;
  /** Asks the portal to open the messenger; the portal never confirms (facts §7). */
  openMessenger(dialogId: ChatDialogId): Promise<void>;
  /**
   * Opens a page of the portal (`/crm/deal/details/42/`) in its side slider. The portal answers
   * only when the slider is closed, so this stays pending while the page is open (and forever
   * where the portal ignores the command). Rejects with the portal's errorCode as the AppError's
   * code: `PATH_NOT_AVAILABLE`, or `METHOD_NOT_SUPPORTED_ON_DEVICE` (the mobile app, where the
   * SDK tries a new tab itself and may be refused one).
   */
  openPath(path: string): Promise<OpenPathOutcome>;
  /**
   * Sets the frame's height (a positive integer; others are ignored); its width stays the
   * container's, so the frame follows the portal window.
   */
  resizeWindow(height: number): Promise<void>;
  /**
   * Sends the portal page (the top window) to a fresh copy of where the person is: the record's
   * page, or the portal's start page (see portalReloadUrl). Call it in the click's own handler:
   * a cross-origin frame may navigate the top window only on a person's activation.
   */
  reloadPortal(): void;
  /** An app option as the init data's APP_OPTIONS carried it (or as this frame saved it). */
  appOption(name: string): unknown;
  /** A user option as the init data's USER_OPTIONS carried it (or as this frame saved it). */
  userOption(name: string): unknown;
  /** Saves an app option on the portal (admins only; the portal ignores others). */
  setAppOption(name: string, value: string): Promise<void>;
  /** Saves an option for the current user on the portal. */
  setUserOption(name: string, value: string): Promise<void>;
  /** Ends installation: the portal marks the app installed and reloads, so this never settles. */
  installFinish(): Promise<void>;
}
