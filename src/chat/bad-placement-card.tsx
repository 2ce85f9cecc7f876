import { useId } from 'react';
import type { PlacementRefusal } from '../b24/placement.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { CardFrame } from './card-frame.tsx';
import { CardMessage } from './card-message.tsx';

function refusalText(t: ReturnType<typeof useI18n>['t'], refusal: PlacementRefusal): string {
  switch (refusal.reason) {
    case 'missing-id':
      return t('badPlacement.missing-id');
    case 'invalid-id':
      return t('badPlacement.invalid-id', { value: refusal.value });
    case 'unknown-placement':
      return t('badPlacement.unknown-placement', { placement: refusal.placement });
  }
}

export function BadPlacementCard({ refusal }: { refusal: PlacementRefusal }) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <CardFrame state="bad-placement" headingId={headingId}>
      <CardMessage headingId={headingId} title={t('badPlacement.title')}>
        <p className="card__text">{refusalText(t, refusal)}</p>
        <p className="card__text">{t('badPlacement.hint')}</p>
      </CardMessage>
    </CardFrame>
  );
}
