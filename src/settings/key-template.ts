import type { KeyTemplate } from '../b24/chat-key.ts';

export type KeyTemplateProblem = 'empty' | 'missing-id' | 'unknown-token';

export type KeyTemplateCheck =
  | { ok: true; template: KeyTemplate }
  | {
      ok: false;
      problems: { entityType?: KeyTemplateProblem; entityId?: KeyTemplateProblem };
    };

const TOKEN = /\{([^{}]*)\}/g;
const KNOWN_TOKENS = new Set(['TYPE', 'ID']);

function hasUnknownToken(value: string): boolean {
  return [...value.matchAll(TOKEN)].some((match) => !KNOWN_TOKENS.has(match[1] ?? ''));
}

function problemOf(value: string, needsId: boolean): KeyTemplateProblem | undefined {
  if (value === '') return 'empty';
  if (hasUnknownToken(value)) return 'unknown-token';
  if (needsId && !value.includes('{ID}')) return 'missing-id';
  return undefined;
}

/**
 * What the admin typed → a template the CRM tab will accept (parseKeyTemplate falls back to the
 * default for anything else, so saving such a value would silently change nothing). ENTITY_ID
 * needs {ID}: without it every record would share one chat.
 */
export function checkKeyTemplate(input: KeyTemplate): KeyTemplateCheck {
  const entityType = input.entityType.trim();
  const entityId = input.entityId.trim();
  const typeProblem = problemOf(entityType, false);
  const idProblem = problemOf(entityId, true);
  if (typeProblem === undefined && idProblem === undefined) {
    return { ok: true, template: { entityType, entityId } };
  }
  const problems: { entityType?: KeyTemplateProblem; entityId?: KeyTemplateProblem } = {};
  if (typeProblem !== undefined) problems.entityType = typeProblem;
  if (idProblem !== undefined) problems.entityId = idProblem;
  return { ok: false, problems };
}
