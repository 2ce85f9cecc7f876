import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { DEFAULT_KEY_TEMPLATE } from '../b24/chat-key.ts';
import { useDoor } from '../b24/door-context.ts';
import { placeErrorSentence } from '../chat/places/place-text.ts';
import type { MessageKey } from '../i18n/catalogs/en.ts';
import { useViewsI18n } from '../i18n/on-demand-messages.ts';
import { useSingleFlight } from '../ui/use-single-flight.ts';
import { keyTemplateQueryOptions, useSaveKeyTemplate } from './api/key-template-query.ts';
import { EXAMPLE_RECORD, exampleKey } from './example-key.ts';
import { checkKeyTemplate, type KeyTemplateProblem } from './key-template.ts';
import { SettingsSection } from './settings-section.tsx';

const PROBLEM_TEXT: Readonly<Record<KeyTemplateProblem, MessageKey>> = {
  empty: 'settings.key.empty',
  'missing-id': 'settings.key.missingId',
  'unknown-token': 'settings.key.unknownToken',
};

/** ENTITY_TYPE / ENTITY_ID with {TYPE} and {ID}; what was typed survives every error. */
export function KeyTemplateForm() {
  const translator = useViewsI18n();
  const { t } = translator;
  const door = useDoor();
  const { data: saved } = useQuery(keyTemplateQueryOptions(door));
  const save = useSaveKeyTemplate();
  const saveOnce = useSingleFlight(save.mutateAsync);
  const [entityType, setEntityType] = useState(saved.entityType);
  const [entityId, setEntityId] = useState(saved.entityId);
  const [showProblems, setShowProblems] = useState(false);
  const typeRef = useRef<HTMLInputElement>(null);
  const idRef = useRef<HTMLInputElement>(null);

  const check = checkKeyTemplate({ entityType, entityId });
  const problems = showProblems && !check.ok ? check.problems : {};
  const example = check.ok ? exampleKey(check.template) : undefined;

  const edit = (apply: () => void) => {
    apply();
    // A new edit makes an old "Saved" or error note about a value that is no longer there.
    save.reset();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!check.ok) {
      setShowProblems(true);
      (check.problems.entityType !== undefined ? typeRef : idRef).current?.focus();
      return;
    }
    setShowProblems(false);
    saveOnce(check.template);
  };

  return (
    <SettingsSection title={t('settings.key.title')} hint={t('settings.key.hint')}>
      <form className="settings__form" noValidate onSubmit={onSubmit}>
        <TemplateField
          label={t('settings.key.entityType')}
          inputRef={typeRef}
          value={entityType}
          problem={problems.entityType}
          onChange={(value) => edit(() => setEntityType(value))}
        />
        <TemplateField
          label={t('settings.key.entityId')}
          inputRef={idRef}
          value={entityId}
          problem={problems.entityId}
          onChange={(value) => edit(() => setEntityId(value))}
        />
        {example !== undefined && (
          <p className="page__text settings__example">
            {t('settings.key.example', {
              record: t('record.label', { type: t('record.type.DEAL'), id: EXAMPLE_RECORD.id }),
              entityType: example.entityType,
              entityId: example.entityId,
            })}
          </p>
        )}
        <div className="settings__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {t('settings.key.save')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() =>
              edit(() => {
                setEntityType(DEFAULT_KEY_TEMPLATE.entityType);
                setEntityId(DEFAULT_KEY_TEMPLATE.entityId);
              })
            }
          >
            {t('settings.key.useDefault')}
          </button>
        </div>
        <p className="page__text" role="status">
          {save.isPending && t('settings.key.saving')}
          {save.isSuccess && t('settings.key.saved')}
        </p>
        {save.isError && (
          <p className="page__text settings__error" role="alert">
            {t('settings.key.saveFailed', { reason: placeErrorSentence(translator, save.error) })}
          </p>
        )}
      </form>
    </SettingsSection>
  );
}

interface TemplateFieldProps {
  label: string;
  inputRef: RefObject<HTMLInputElement | null>;
  value: string;
  problem: KeyTemplateProblem | undefined;
  onChange: (value: string) => void;
}

/** One part of the key: its input and, after a failed save, what is wrong with it. */
function TemplateField({ label, inputRef, value, problem, onChange }: TemplateFieldProps) {
  const { t } = useViewsI18n();
  const inputId = useId();
  const errorId = useId();
  return (
    <div className="settings__field">
      <label htmlFor={inputId}>{label}</label>
      <input
        ref={inputRef}
        id={inputId}
        className="settings__input"
        value={value}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={problem !== undefined}
        aria-describedby={problem !== undefined ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem !== undefined && (
        <p id={errorId} className="settings__error">
          {t(PROBLEM_TEXT[problem])}
        </p>
      )}
    </div>
  );
}
