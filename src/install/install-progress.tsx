import { placeErrorSentence } from '../chat/places/place-text.ts';
import { useViewsI18n } from '../i18n/on-demand-messages.ts';
import type { ViewsTranslator } from '../i18n/translator.ts';
import { InstallRows } from './install-rows.tsx';
import { useInstallation, type Installation } from './use-installation.ts';

function summary(translator: ViewsTranslator, installation: Installation): string {
  const { t } = translator;
  switch (installation.phase) {
    case 'checking':
      return t('install.checking');
    case 'check-failed':
      return t('install.checkFailed');
    case 'finishing':
      return t('install.finishing');
    case 'finish-failed':
      return t('install.finishFailed');
    case 'failed':
      return t('install.failed');
    case 'binding': {
      const ready = installation.rows.filter(
        (row) => row.status.kind === 'bound' || row.status.kind === 'bound-before',
      ).length;
      return t('install.progress', { done: ready, total: installation.rows.length });
    }
  }
}

export function InstallProgress({ handler }: { handler: string }) {
  const translator = useViewsI18n();
  const { t } = translator;
  const installation = useInstallation(handler);
  const problem =
    installation.phase === 'check-failed' || installation.phase === 'finish-failed'
      ? placeErrorSentence(translator, installation.error)
      : undefined;

  return (
    <main className="page install">
      <h1 className="page__title">{t('install.title')}</h1>
      <p className="page__text">{t('install.intro')}</p>
      {/* One polite live region, present from the start, so each step is announced. */}
      <p className="page__text install__summary" role="status">
        {summary(translator, installation)}
      </p>
      {problem !== undefined && <p className="page__text install__problem">{problem}</p>}
      {'rows' in installation && <InstallRows rows={installation.rows} />}
      {'retry' in installation && (
        <button type="button" className="button button--primary" onClick={installation.retry}>
          {t('action.tryAgain')}
        </button>
      )}
    </main>
  );
}
