import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useDoor } from '../b24/door-context.ts';
import { DEFAULT_KEY_TEMPLATE } from '../b24/placement.ts';
import type { MessageKey } from '../i18n/catalogs/en.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { placeErrorSentence } from '../ui/place-text.ts';
import { keyTemplateQueryOptions, useSaveKeyTemplate } from './api/key-template-query.ts';
import { EXAMPLE_RECORD, exampleKey } from './example-key.ts';
import { checkKeyTemplate, type KeyTemplateProblem } from './key-template.ts';

const PROBLEM_TEXT: Readonly<Record<KeyTemplateProblem, MessageKey>> = {
  empty: 'settings.key.empty',
  'missing-id': 'settings.key.missingId',
  'unknown-token': 'settings.key.unknownToken',
};

/** ENTITY_TYPE / ENTITY_ID with {TYPE} and {ID}; what was typed survives every error. */
export function KeyTemplateForm() {
  const translator = useI18n();
  const { t } = translator;
  const door = useDoor();
  const { data: saved } = useQuery(keyTemplateQueryOptions(door));
  const save = useSaveKeyTemplate();
  const [entityType, setEntityType] = useState(saved.entityType);
  const [entityId, setEntityId] = useState(saved.entityId);
  const [showProblems, setShowProblems] = useState(false);
  const typeRef = useRef<HTMLInputElement>(null);
  const idRef = useRef<HTMLInputElement>(null);
  const ids = { type: useId(), id: useId(), typeError: useId(), idError: useId() };

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
    save.mutate(check.template);
  };

  return (
    <section className="settings__section" aria-labelledby="settings-key-title">
      <h2 id="settings-key-title" className="settings__heading">
        {t('settings.key.title')}
      </h2>
      <p className="page__text">{t('settings.key.hint')}</p>
      <form className="settings__form" noValidate onSubmit={onSubmit}>
        <div className="settings__field">
          <label htmlFor={ids.type}>{t('settings.key.entityType')}</label>
          <input
            ref={typeRef}
            id={ids.type}
            className="settings__input"
            value={entityType}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={problems.entityType !== undefined}
            aria-describedby={problems.entityType !== undefined ? ids.typeError : undefined}
            onChange={(event) => edit(() => setEntityType(event.target.value))}
          />
          {problems.entityType !== undefined && (
            <p id={ids.typeError} className="settings__error">
              {t(PROBLEM_TEXT[problems.entityType])}
            </p>
          )}
        </div>
        <div className="settings__field">
          <label htmlFor={ids.id}>{t('settings.key.entityId')}</label>
          <input
            ref={idRef}
            id={ids.id}
            className="settings__input"
            value={entityId}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={problems.entityId !== undefined}
            aria-describedby={problems.entityId !== undefined ? ids.idError : undefined}
            onChange={(event) => edit(() => setEntityId(event.target.value))}
          />
          {problems.entityId !== undefined && (
            <p id={ids.idError} className="settings__error">
              {t(PROBLEM_TEXT[problems.entityId])}
            </p>
          )}
        </div>
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
    </section>
  );
}
