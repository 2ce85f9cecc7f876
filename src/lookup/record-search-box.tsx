import { useId, type Ref } from 'react';
import { useViewsI18n } from '../i18n/on-demand-messages.ts';

interface RecordSearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
}

/** A visible label, so the accessible name (contract §3) is what everyone reads. */
export function RecordSearchBox({ value, onChange, ref }: RecordSearchBoxProps) {
  const { t } = useViewsI18n();
  const id = useId();
  return (
    <div className="lookup__search">
      <label htmlFor={id} className="lookup__label">
        {t('action.findRecord')}
      </label>
      <input
        ref={ref}
        id={id}
        type="search"
        className="lookup__input"
        value={value}
        placeholder={t('lookup.searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
