import { useRef } from 'react';
import type { AppError } from '../b24/app-error.ts';
import type { ChatKey } from '../b24/chat-key.ts';
import { useViewsI18n } from '../i18n/on-demand-messages.ts';
import type { ViewsTranslator } from '../i18n/translator.ts';
import { errorSentence } from './error-sentence.ts';
import { useWayIn } from './way-in-mutation.ts';

export type WayInKind = 'join' | 'start';

interface WayInButtonProps {
  chatKey: ChatKey;
  /** `join` on `access-denied`, `start` on `no-chat` (contract §5, Ways in). */
  kind: WayInKind;
}

function failureSentence(i18n: ViewsTranslator, kind: WayInKind, error: AppError): string {
  // The controller may be missing on an older or stricter portal (it is not in the REST docs).
  if (error.code === 'ERROR_METHOD_NOT_FOUND') return i18n.t('wayIn.missing');
  // Its own refusal: the person may not read the record (canRead), so it adds them nowhere.
  if (error.code === 'ACCESS_DENIED') return i18n.t('wayIn.refused');
  const reason = errorSentence(i18n, error);
  return kind === 'join'
    ? i18n.t('wayIn.joinFailed', { reason })
    : i18n.t('wayIn.startFailed', { reason });
}

/**
 * Joins the record's chat, or starts it, in one press; on success the card turns `ready` by
 * itself (its query refetches). A failure says why and closes the way in for this frame.
 */
export function WayInButton({ chatKey, kind }: WayInButtonProps) {
  const i18n = useViewsI18n();
  const button = useRef<HTMLButtonElement>(null);
  // Focus follows the outcome only when this press produced it, not on a later re-render.
  const focusOutcome = useRef(false);
  const { enter, pending, closed, failure } = useWayIn(chatKey, () => {
    // The button goes with the state it belongs to; the card, which stays, keeps the focus.
    button.current?.closest<HTMLElement>('[data-state]')?.focus();
  });

  if (failure !== null) {
    return (
      <p
        className="card__text"
        role="alert"
        tabIndex={-1}
        ref={(element) => {
          if (element !== null && focusOutcome.current) {
            focusOutcome.current = false;
            element.focus();
          }
        }}
      >
        {failureSentence(i18n, kind, failure)}
      </p>
    );
  }
  if (closed) return null;

  return (
    <>
      {/* aria-disabled instead of disabled: a disabled button would drop the keyboard focus. */}
      <button
        ref={button}
        type="button"
        className="button button--primary"
        aria-disabled={pending}
        onClick={() => {
          focusOutcome.current = true;
          enter();
        }}
      >
        {kind === 'join' ? i18n.t('action.joinChat') : i18n.t('action.startChat')}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {pending && (kind === 'join' ? i18n.t('wayIn.joining') : i18n.t('wayIn.starting'))}
      </span>
    </>
  );
}
