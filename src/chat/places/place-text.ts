import type { AppError } from '../../b24/app-error.ts';
import type { MessageKey } from '../../i18n/catalogs/en.ts';
import type { ViewsTranslator } from '../../i18n/translator.ts';
import { errorSentence } from '../error-sentence.ts';
import { LEFT_MENU, type TabPlace } from './crm-places.ts';

// Installation and settings both name places and explain bind failures. Views never import each
// other, so what they share lives in the core, beside the places themselves (crm-places.ts).

const FIXED_PLACES: Readonly<Record<string, MessageKey>> = {
  LEAD: 'place.LEAD',
  DEAL: 'place.DEAL',
  CONTACT: 'place.CONTACT',
  COMPANY: 'place.COMPANY',
  QUOTE: 'place.QUOTE',
  SMART_INVOICE: 'place.SMART_INVOICE',
  [LEFT_MENU]: 'place.LEFT_MENU',
};

/** "Deal cards", "Projects cards", "Left menu": how installation and settings name a place. */
export function placeLabel(
  { t }: ViewsTranslator,
  place: TabPlace | { placement: string },
): string {
  const key = 'crmType' in place ? place.crmType : place.placement;
  const fixed = Object.hasOwn(FIXED_PLACES, key) ? FIXED_PLACES[key] : undefined;
  if (fixed !== undefined) return t(fixed);
  return t('place.DYNAMIC', { title: ('title' in place ? place.title : undefined) ?? key });
}

// Bitrix24 keeps no chat for contacts and companies: their tab lists their deals' and leads'.
const PLACE_HINTS: Readonly<Record<string, MessageKey>> = {
  CONTACT: 'place.CONTACT.hint',
  COMPANY: 'place.COMPANY.hint',
};

/** What a place's tab shows, where its name alone would mislead; undefined elsewhere. */
export function placeHint({ t }: ViewsTranslator, place: TabPlace | { placement: string }) {
  const key = 'crmType' in place ? place.crmType : undefined;
  return key !== undefined && Object.hasOwn(PLACE_HINTS, key) ? t(PLACE_HINTS[key]!) : undefined;
}

const HANDLER_REFUSED = new Set([
  'ERROR_WRONG_HANDLER_URL',
  'ERROR_UNSUPPORTED_PROTOCOL',
  'EMPTY_ERROR_HANDLER_URL',
]);

/** Why placement.bind/unbind failed (facts §5), then the code for the admin's support ticket. */
export function placeErrorSentence(translator: ViewsTranslator, error: AppError): string {
  const { t } = translator;
  const { code } = error;
  let reason: string;
  if (code === 'ACCESS_DENIED' || code === 'WRONG_AUTH_TYPE') reason = t('placeError.admin');
  else if (code === 'ERROR_PLACEMENT_NOT_FOUND') reason = t('placeError.notFound');
  else if (HANDLER_REFUSED.has(code)) reason = t('placeError.handler');
  else if (code === 'ERROR_PLACEMENT_MAX_COUNT') reason = t('placeError.maxCount');
  else reason = errorSentence(translator, error);
  return `${reason} ${t('error.code', { code })}`;
}
