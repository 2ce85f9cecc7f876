import { useId } from 'react';
import type { PlacementRefusal } from '../b24/chat-key.ts';
import type { ViewsTranslator } from '../i18n/translator.ts';
import { CardFrame } from './card-frame.tsx';
import { CardMessage } from './card-message.tsx';

function refusalText(t: ViewsTranslator['t'], refusal: PlacementRefusal): string {
  switch (refusal.reason) {
    case 'missing-id':
      return t('badPlacement.missing-id');
    case 'invalid-id':
      return t('badPlacement.invalid-id', { value: refusal.value });
    case 'unknown-placement':
      return t('badPlacement.unknown-placement', { placement: refusal.placement });
  }
}

/** On the first view, so it takes its translator from ViewMessages rather than the hook. */
export function BadPlacementCard({
  refusal,
  i18n: { t },
}: {
  refusal: PlacementRefusal;
  i18n: ViewsTranslator;
}) {
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
