import { parsePlacement, type KeyTemplate } from '../b24/chat-key.ts';

/** The record the settings use to show what a template resolves to. */
export const EXAMPLE_RECORD = {
  placement: 'CRM_DEAL_DETAIL_TAB',
  crmType: 'DEAL',
  id: 42,
} as const;

/** ENTITY_TYPE / ENTITY_ID that the CRM tab of EXAMPLE_RECORD would look up. */
export function exampleKey(template: KeyTemplate): { entityType: string; entityId: string } {
  const parsed = parsePlacement(EXAMPLE_RECORD.placement, { ID: EXAMPLE_RECORD.id }, template);
  // The example placement and ID are valid by construction; the guard only narrows the type.
  return parsed.ok ? parsed.key : template;
}
