import type { Binding } from '../types.ts';
import { crmTypes } from '../seed.ts';
import type { CallContext, RestMethod } from './call-context.ts';
import { asString, upperParam } from './params.ts';
import { RestError } from './rest-error.ts';

// placement.bind / unbind / get (bitrix24-facts.md §5): admins only.
// Deliberate deviation: a real portal refuses handlers on localhost and private addresses
// (ERROR_WRONG_HANDLER_URL); this one accepts any http(s) URL so installs can run locally.

const CRM_TYPE_CODES = 'LEAD|DEAL|CONTACT|COMPANY|QUOTE|SMART_INVOICE|ORDER';

/** The placement codes of a portal: one set of CRM_DYNAMIC_<id>_* per smart process. */
function knownPlacement(ctx: CallContext): RegExp {
  const dynamicIds = crmTypes(ctx.state.scenario.smartProcesses ?? 0)
    .map((type) => type.entityTypeId)
    .join('|');
  return new RegExp(
    `^(CRM_(${CRM_TYPE_CODES}|DYNAMIC_(${dynamicIds}))_(DETAIL_TAB|LIST_MENU|DETAIL_TOOLBAR)|LEFT_MENU)$`,
  );
}

function requireAdmin(ctx: CallContext): void {
  if (!ctx.isAdmin) throw new RestError('ACCESS_DENIED', 'Access denied!');
}

function placementCode(value: unknown, ctx: CallContext): string {
  const code = asString(value).trim().toUpperCase();
  if (!code) throw new RestError('ERROR_ARGUMENT', 'Argument "PLACEMENT" is required');
  if (!knownPlacement(ctx).test(code))
    throw new RestError('ERROR_PLACEMENT_NOT_FOUND', 'Placement not found');
  return code;
}

function handlerUrl(value: unknown): string {
  const handler = asString(value).trim();
  if (!handler) throw new RestError('EMPTY_ERROR_HANDLER_URL', 'Empty handler URL');
  let url: URL;
  try {
    url = new URL(handler);
  } catch {
    throw new RestError('ERROR_WRONG_HANDLER_URL', 'Wrong handler URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RestError('ERROR_UNSUPPORTED_PROTOCOL', 'Unsupported event handler protocol');
  }
  return handler;
}

export const placementBind: RestMethod = (params, ctx) => {
  requireAdmin(ctx);
  const placement = placementCode(upperParam(params, 'PLACEMENT'), ctx);
  const handler = handlerUrl(upperParam(params, 'HANDLER'));
  if (ctx.state.bindings.some((b) => b.placement === placement && b.handler === handler)) {
    // The text the portal's PlacementTable check produces for a duplicate pair.
    throw new RestError('ERROR_CORE', 'Unable to set placement handler: Handler already binded');
  }
  const binding: Binding = { placement, handler };
  const title = asString(upperParam(params, 'TITLE'));
  if (title) binding.title = title;
  const langAll = upperParam(params, 'LANG_ALL');
  if (langAll !== undefined) binding.langAll = langAll;
  ctx.state.bindings.push(binding);
  return { result: true };
};

export const placementUnbind: RestMethod = (params, ctx) => {
  requireAdmin(ctx);
  const placement = placementCode(upperParam(params, 'PLACEMENT'), ctx);
  const handler = asString(upperParam(params, 'HANDLER')).trim();
  const matches = (b: Binding) => b.placement === placement && (!handler || b.handler === handler);
  const count = ctx.state.bindings.filter(matches).length;
  ctx.state.bindings = ctx.state.bindings.filter((b) => !matches(b));
  return { result: { count } };
};

export const placementGet: RestMethod = (_params, ctx) => {
  requireAdmin(ctx);
  return {
    result: ctx.state.bindings.map((b) => ({
      placement: b.placement,
      handler: b.handler,
      options: [],
      title: b.title ?? '',
      description: '',
      langAll: b.langAll ?? [],
    })),
  };
};
