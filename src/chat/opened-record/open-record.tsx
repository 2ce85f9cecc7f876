import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../b24/app-error.ts';
import type { ChatKey } from '../../b24/chat-key.ts';
import { useDoor } from '../../b24/door-context.ts';
import { recordPath } from '../../b24/portal-page.ts';
import type { MessageKey } from '../../i18n/catalogs/en.ts';
import { useViewsI18n } from '../../i18n/on-demand-messages.ts';
import { recordUrl } from '../record-url.ts';

/**
 * The portal answers openPath only when its slider is closed: silence is what success looks
 * like, and also what a portal that ignored the command looks like. After this long without an
 * answer, the person is offered the card in a new tab, in case nothing opened.
 */
export const OPEN_PATH_SILENCE_MS = 4000;

/** Where the opening stands: sent and unanswered so far, unanswered for long, or refused. */
type Opening =
  { kind: 'idle' } | { kind: 'sent' } | { kind: 'silent' } | { kind: 'failed'; error: AppError };

// The SDK opens a new tab itself on METHOD_NOT_SUPPORTED_ON_DEVICE and rejects with this
// message when the browser refuses it one: the device is still the reason.
const DEVICE_CODES = new Set(['METHOD_NOT_SUPPORTED_ON_DEVICE', 'Error open window']);

function failureText(error: AppError): MessageKey {
  if (error.code === 'PATH_NOT_AVAILABLE') return 'openRecord.notAvailable';
  if (DEVICE_CODES.has(error.code)) return 'openRecord.device';
  return 'openRecord.failed';
}

/**
 * `Open record` (contract §3, §6): the record's own card in the portal's side slider, through
 * openPath. Every type with a tab has a card path (portal-page.ts recordPath), so the control is
 * never dead; where the portal refuses or stays silent, the card is offered in a new tab.
 */
export function OpenRecord({ chatKey }: { chatKey: ChatKey }) {
  const door = useDoor();
  const { t } = useViewsI18n();
  const [opening, setOpening] = useState<Opening>({ kind: 'idle' });
  // Not state: a second press in the same task must see the first one at once.
  const sent = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (opening.kind !== 'sent') return;
    const timer = setTimeout(() => setOpening({ kind: 'silent' }), OPEN_PATH_SILENCE_MS);
    return () => clearTimeout(timer);
  }, [opening]);

  const open = () => {
    // Once per press: while the portal may still be opening the card, a press opens no second one.
    if (sent.current) return;
    sent.current = true;
    setOpening({ kind: 'sent' });
    const settle = (next: Opening) => {
      sent.current = false;
      if (mounted.current) setOpening(next);
    };
    door.openPath(recordPath(chatKey)).then(
      () => settle({ kind: 'idle' }),
      (error: AppError) => settle({ kind: 'failed', error }),
    );
  };

  // After a long silence the person may press again: the portal may have dropped the first.
  const retryable = opening.kind === 'silent';
  let notice: string | null = null;
  if (opening.kind === 'silent') notice = t('openRecord.noAnswer');
  if (opening.kind === 'failed') {
    notice = `${t(failureText(opening.error))} ${t('error.code', { code: opening.error.code })}`;
  }

  return (
    <div className="open-record">
      <button
        type="button"
        className="button button--quiet"
        onClick={() => {
          if (retryable) sent.current = false;
          open();
        }}
      >
        {t('action.openRecord')}
      </button>
      {notice !== null && (
        <p className="open-record__notice" role={opening.kind === 'failed' ? 'alert' : 'status'}>
          {notice}{' '}
          <a
            className="link"
            href={recordUrl(door.init.portal.origin, chatKey)}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('action.openInNewTab')}
          </a>
        </p>
      )}
    </div>
  );
}
