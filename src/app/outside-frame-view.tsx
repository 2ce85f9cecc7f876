import { useRef } from 'react';
import type { ConnectOutcome } from '../b24/connect.ts';
import { OnDemandMessages, useViewsI18n } from '../i18n/on-demand-messages.ts';
import { reloadFrame } from './reload-frame.ts';
import { useRootView } from './root-view.ts';

type Reason = Extract<ConnectOutcome, { kind: 'outside-frame' }>['reason'];

/** Never a blank page: opened outside Bitrix24, or the portal never answered. */
export function OutsideFrameView({ reason }: { reason: Reason }) {
  return (
    <OnDemandMessages>
      <OutsideFramePage reason={reason} />
    </OnDemandMessages>
  );
}

function OutsideFramePage({ reason }: { reason: Reason }) {
  const { t } = useViewsI18n();
  const ref = useRef<HTMLElement>(null);
  useRootView(ref, 'outside-frame');
  if (reason === 'no-answer') {
    return (
      <main ref={ref} className="page">
        <h1 className="page__title">{t('outside.noAnswerTitle')}</h1>
        <p className="page__text">{t('outside.noAnswer')}</p>
        <button type="button" className="button button--primary" onClick={reloadFrame}>
          {t('action.reload')}
        </button>
      </main>
    );
  }
  return (
    <main ref={ref} className="page">
      <h1 className="page__title">{t('outside.title')}</h1>
      <p className="page__text">{t('outside.notFramed')}</p>
      <p className="page__text">{t('outside.install')}</p>
    </main>
  );
}
