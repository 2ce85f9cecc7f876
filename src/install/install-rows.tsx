import { placeErrorSentence, placeHint, placeLabel } from '../chat/places/place-text.ts';
import type { MessageKey } from '../i18n/catalogs/en.ts';
import { useViewsI18n } from '../i18n/on-demand-messages.ts';
import type { InstallRow, RowStatus } from './use-installation.ts';

const STATUS_TEXT: Readonly<Record<RowStatus['kind'], MessageKey>> = {
  'bound-before': 'install.status.boundBefore',
  waiting: 'install.status.waiting',
  pending: 'install.status.pending',
  bound: 'install.status.bound',
  failed: 'install.status.failed',
};

/** One row per place, with its status in words (and the reason when it failed). */
export function InstallRows({ rows }: { rows: readonly InstallRow[] }) {
  const translator = useViewsI18n();
  const { t } = translator;
  return (
    <ul className="install__list" aria-label={t('install.listLabel')}>
      {rows.map(({ target, status }) => (
        <li key={target.placement} className="install__row" data-status={status.kind}>
          <span className="install__place">
            {placeLabel(translator, target)}
            <PlaceHint hint={placeHint(translator, target)} />
          </span>
          <span className="install__status">{t(STATUS_TEXT[status.kind])}</span>
          {status.kind === 'failed' && (
            <span className="install__reason">{placeErrorSentence(translator, status.error)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

function PlaceHint({ hint }: { hint: string | undefined }) {
  return hint === undefined ? null : <span className="install__hint">{hint}</span>;
}
