import type { Params } from '../http/body.ts';
import { appInfo, appOptionGet, appOptionSet } from './app.ts';
import type { CallContext, MethodOutcome, RestMethod } from './call-context.ts';
import { itemGet, itemList, typeList } from './crm.ts';
import { timelineChatGet } from './crm-timeline-chat.ts';
import { chatGet, dialogGet, dialogUsersList, notifyPersonalAdd } from './im.ts';
import { messageAdd } from './im-message-add.ts';
import { dialogMessagesGet, dialogRead } from './im-messages.ts';
import { recentList } from './im-recent.ts';
import { placementBind, placementGet, placementUnbind } from './placement.ts';
import { RestError } from './rest-error.ts';
import { userAdmin, userCurrent, userGet } from './user.ts';

/** The scope a method's module registers it under; `global` needs none. */
type Scope = 'global' | 'im' | 'imbot' | 'crm' | 'user' | 'placement';

/** Every REST method the portal knows, by lower-case name (Bitrix24 ignores the case), with its
 * scope. `batch` is not here: it calls these (batch.ts). */
const METHODS: ReadonlyMap<string, readonly [RestMethod, Scope]> = new Map([
  // imbot.* and im.* twins share one handler each (bitrix24-facts.md §2, §3), in two scopes.
  ['imbot.chat.get', [chatGet, 'imbot']],
  ['im.chat.get', [chatGet, 'im']],
  ['imbot.dialog.get', [dialogGet, 'imbot']],
  ['im.dialog.get', [dialogGet, 'im']],
  ['im.dialog.users.list', [dialogUsersList, 'im']],
  ['im.dialog.messages.get', [dialogMessagesGet, 'im']],
  ['im.dialog.read', [dialogRead, 'im']],
  ['im.message.add', [messageAdd, 'im']],
  ['im.notify.personal.add', [notifyPersonalAdd, 'im']],
  ['im.recent.list', [recentList, 'im']],
  ['crm.item.list', [itemList, 'crm']],
  ['crm.item.get', [itemGet, 'crm']],
  ['crm.type.list', [typeList, 'crm']],
  ['crm.timeline.chat.get', [timelineChatGet, 'crm']],
  ['user.current', [userCurrent, 'user']],
  ['user.get', [userGet, 'user']],
  ['user.admin', [userAdmin, 'global']],
  ['placement.bind', [placementBind, 'placement']],
  ['placement.unbind', [placementUnbind, 'placement']],
  ['placement.get', [placementGet, 'placement']],
  ['app.info', [appInfo, 'global']],
  ['app.option.get', [appOptionGet, 'global']],
  ['app.option.set', [appOptionSet, 'global']],
]);

/** RestManager::fillAlternativeScope: `user_brief` or `user_basic` grant the `user` methods. */
function hasScope(granted: readonly string[], scope: Scope): boolean {
  if (scope === 'global' || granted.includes(scope)) return true;
  return scope === 'user' && granted.some((s) => s === 'user_brief' || s === 'user_basic');
}

/** A method the app's scopes (scenario `scopes`) do not cover is refused before it runs: 401
 * insufficient_scope (OAuth's check in rest/lib/oauth/auth.php); inside a batch the per-command
 * check (CRestServerBatchItem::checkAuth) throws it without a description. */
export function invokeMethod(
  method: string,
  params: Params,
  ctx: CallContext,
  inBatch = false,
): MethodOutcome {
  const name = method.toLowerCase();
  // Scenario timelineChatMissing: a portal without the controller knows no such method.
  const missing = name === 'crm.timeline.chat.get' && ctx.state.scenario.timelineChatMissing;
  const entry = missing ? undefined : METHODS.get(name);
  if (!entry) throw new RestError('ERROR_METHOD_NOT_FOUND');
  const [handler, scope] = entry;
  const granted = ctx.state.scenario.scopes;
  if (granted !== undefined && !hasScope(granted, scope)) {
    throw new RestError('insufficient_scope', inBatch ? '' : undefined);
  }
  return handler(params, ctx);
}
