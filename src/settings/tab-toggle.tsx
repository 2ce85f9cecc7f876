import { useId, useState } from 'react';
import type { TabPlace } from '../chat/places/crm-places.ts';
import { placeErrorSentence, placeHint, placeLabel } from '../chat/places/place-text.ts';
import { useViewsI18n } from '../i18n/on-demand-messages.ts';
import { useSingleFlight } from '../ui/use-single-flight.ts';
import { useToggleTab } from './api/use-toggle-tab.ts';

interface TabToggleProps {
  handler: string;
  place: TabPlace;
  bound: boolean;
  isNew: boolean;
}

export function TabToggle({ handler, place, bound, isNew }: TabToggleProps) {
  const translator = useViewsI18n();
  const { t } = translator;
  const toggle = useToggleTab(handler, place);
  const inputId = useId();
  const feedbackId = useId();
  const hintId = useId();
  const hint = placeHint(translator, place);
  // While the request runs, the box shows what the admin asked for (set in the same event, so
  // the browser's toggle sticks); afterwards it shows the portal's answer again.
  const [wanted, setWanted] = useState<boolean | null>(null);
  const checked = wanted ?? bound;
  // A second click while the first is on its way would race it: it is ignored.
  const toggleOnce = useSingleFlight(async (bind: boolean) => {
    setWanted(bind);
    try {
      await toggle.mutateAsync(bind);
    } finally {
      setWanted(null);
    }
  });

  let feedback = '';
  if (wanted !== null) feedback = t('settings.tabs.saving');
  else if (toggle.isError) {
    const reason = placeErrorSentence(translator, toggle.error);
    feedback = toggle.variables
      ? t('settings.tabs.bindFailed', { reason })
      : t('settings.tabs.unbindFailed', { reason });
  } else if (isNew) feedback = t('settings.tabs.newType');

  return (
    <li className="settings__tab" data-status={toggle.isError ? 'error' : undefined}>
      <input
        id={inputId}
        type="checkbox"
        checked={checked}
        aria-describedby={hint === undefined ? feedbackId : `${hintId} ${feedbackId}`}
        aria-busy={wanted !== null}
        onChange={(event) => toggleOnce(event.target.checked)}
      />
      <label htmlFor={inputId}>{placeLabel(translator, place)}</label>
      {hint !== undefined && (
        <span id={hintId} className="settings__hint">
          {hint}
        </span>
      )}
      <span id={feedbackId} className="settings__feedback" aria-live="polite">
        {feedback}
      </span>
    </li>
  );
}
