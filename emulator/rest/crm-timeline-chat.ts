import type { Params } from '../http/body.ts';
import { ENTITY_TYPE_IDS, crmTypes, type SeedRecord } from '../seed.ts';
import type { CallContext, RestMethod } from './call-context.ts';
import { canRead, extraTypesOf, portalRecords } from './crm.ts';
import { entityLink } from './im.ts';
import { RestError } from './rest-error.ts';

// crm.timeline.chat.get: the controller behind the card's chat block
// (crm/lib/controller/timeline/chat.php getAction → Integration\Im\Chat::joinChat / createChat).
// Controller errors reach REST as RestManager::createExceptionFromErrors makes them: the first
// error's code and message, HTTP 400.

/** Binder: the action's `int $entityId, int $entityTypeId`, by exact name, in that order; a
 * missing or non-numeric value is an ArgumentException, code 0. */
function intArgument(params: Params, name: 'entityId' | 'entityTypeId'): number {
  if (!(name in params)) {
    throw new RestError('0', `Could not find value for parameter {${name}}`, 400);
  }
  const value = params[name];
  const text = typeof value === 'number' || typeof value === 'string' ? String(value).trim() : '';
  // TypeDeclarationChecker: is_numeric for an int parameter.
  if (text === '' || !Number.isFinite(Number(text))) {
    const shown = typeof value === 'string' || typeof value === 'number' ? String(value) : 'Array';
    throw new RestError(
      '0',
      `Invalid value {${shown}} to match with parameter {${name}}. Should be value of type int.`,
      400,
    );
  }
  return Math.trunc(Number(text));
}

/** CCrmOwnerType::ResolveName for the types the portal has. */
function typeName(entityTypeId: number, ctx: CallContext): string | undefined {
  const fixed = Object.entries(ENTITY_TYPE_IDS).find(([, id]) => id === entityTypeId)?.[0];
  if (fixed) return fixed;
  const dynamic = crmTypes(extraTypesOf(ctx)).some((type) => type.entityTypeId === entityTypeId);
  return dynamic ? `DYNAMIC_${entityTypeId}` : undefined;
}

/** Chat::buildChatName: "<type>: <title>" (CRM_INTEGRATION_IM_CHAT_TITLE_<TYPE>, or the smart
 * process's name), as the seeded chats are titled. */
const TITLE_PREFIXES: Readonly<Record<string, string>> = {
  LEAD: 'Lead',
  DEAL: 'Deal',
  CONTACT: 'Contact',
  COMPANY: 'Company',
  QUOTE: 'Quote',
  SMART_INVOICE: 'Invoice',
};

function chatTitle(type: string, record: SeedRecord, ctx: CallContext): string {
  const prefix =
    TITLE_PREFIXES[type] ??
    crmTypes(extraTypesOf(ctx)).find((t) => t.entityTypeId === record.entityTypeId)?.title;
  return `${prefix}: ${record.title || `#${record.id}`}`;
}

export const timelineChatGet: RestMethod = (params, ctx) => {
  const entityId = intArgument(params, 'entityId');
  const entityTypeId = intArgument(params, 'entityTypeId');
  const type = typeName(entityTypeId, ctx);
  if (type === undefined || entityId < 0) throw new RestError('ENTITY_TYPE_NOT_SUPPORTED');
  // UserPermissions::item()->canRead; a record that does not exist has nothing to read (an
  // admin would pass on a real portal: README, deviations).
  const record = portalRecords(ctx).find(
    (r) => r.entityTypeId === entityTypeId && r.id === entityId,
  );
  if (!record || !canRead(record, ctx)) throw new RestError('ACCESS_DENIED', 'Access denied.', 400);

  const { messenger } = ctx.state;
  const key = `${type}|${entityId}`;
  const existing = messenger.roomByEntity('CRM', key);
  if (existing) {
    // joinChat: CIMChat::AddUser only when the caller has no relation yet.
    if (!existing.relations.has(ctx.userId)) messenger.join(existing.info.id, ctx.userId);
    return { result: { chatId: existing.info.id } };
  }
  // createChat: the responsible person is the author; members are the caller, the responsible
  // person and the observers (none seeded); then a system message with the record's card.
  const ownerId = record.assignedById > 0 ? record.assignedById : ctx.userId;
  const room = messenger.create({
    entityType: 'CRM',
    entityId: key,
    title: chatTitle(type, record, ctx),
    ownerId,
    members: [...new Set([ctx.userId, ownerId])],
  });
  const link = entityLink(room.info);
  messenger.post({
    chatId: room.info.id,
    authorId: 0,
    text: `[b]${TITLE_PREFIXES[type] ?? 'Item'}[/b]`,
    params: { ATTACH: [{ BLOCKS: [{ LINK: { NAME: record.title, LINK: link.url } }] }] },
  });
  return { result: { chatId: room.info.id } };
};
