import type { Params } from '../http/body.ts';
import { appInfo, appOptionGet, appOptionSet } from './app.ts';
import type { CallContext, MethodOutcome, RestMethod } from './call-context.ts';
import { itemGet, itemList, typeList } from './crm.ts';
import { chatGet, dialogGet, dialogUsersList, notifyPersonalAdd } from './im.ts';
import { placementBind, placementGet, placementUnbind } from './placement.ts';
import { RestError } from './rest-error.ts';
import { userAdmin, userCurrent, userGet } from './user.ts';

/** Every REST method the portal knows, by lower-case name (Bitrix24 ignores the case).
 * `batch` is not here: it calls these (batch.ts). */
const METHODS: ReadonlyMap<string, RestMethod> = new Map([
  // imbot.* and im.* twins share one handler each (bitrix24-facts.md §2, §3).
  ['imbot.chat.get', chatGet],
  ['im.chat.get', chatGet],
  ['imbot.dialog.get', dialogGet],
  ['im.dialog.get', dialogGet],
  ['im.dialog.users.list', dialogUsersList],
  ['im.notify.personal.add', notifyPersonalAdd],
  ['crm.item.list', itemList],
  ['crm.item.get', itemGet],
  ['crm.type.list', typeList],
  ['user.current', userCurrent],
  ['user.get', userGet],
  ['user.admin', userAdmin],
  ['placement.bind', placementBind],
  ['placement.unbind', placementUnbind],
  ['placement.get', placementGet],
  ['app.info', appInfo],
  ['app.option.get', appOptionGet],
  ['app.option.set', appOptionSet],
]);

export function invokeMethod(method: string, params: Params, ctx: CallContext): MethodOutcome {
  const handler = METHODS.get(method.toLowerCase());
  if (!handler) throw new RestError('ERROR_METHOD_NOT_FOUND');
  return handler(params, ctx);
}
