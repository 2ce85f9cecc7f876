import { USERS, findUser, type SeedUser } from '../seed.ts';
import type { RestMethod } from './call-context.ts';
import type { Params } from '../http/body.ts';
import { phpIntval } from './php-value.ts';
import { RestError } from './rest-error.ts';

// user.* answers in the classic upper-case shape; ids are strings, as PHP sends them.

const PAGE_SIZE = 50;

function restUser(user: SeedUser): Record<string, unknown> {
  return {
    ID: String(user.id),
    XML_ID: '',
    ACTIVE: true,
    NAME: user.name,
    LAST_NAME: user.lastName,
    SECOND_NAME: '',
    EMAIL: `${user.name.toLowerCase()}@example.com`,
    PERSONAL_PHOTO: user.photo,
    WORK_POSITION: user.workPosition,
    UF_DEPARTMENT: [1],
    IS_ONLINE: 'Y',
    USER_TYPE: 'employee',
  };
}

export const userCurrent: RestMethod = (_params, ctx) => {
  const user = findUser(ctx.userId);
  if (!user) throw new RestError('NO_AUTH_FOUND');
  return { result: restUser(user) };
};

export const userAdmin: RestMethod = (_params, ctx) => ({ result: ctx.isAdmin });

/** Params with upper-cased names, as `array_change_key_case(…, CASE_UPPER)` leaves them. */
function upperKeys(params: Params): Params {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key.toUpperCase(), value]),
  );
}

/** prepareUserValue('ID', …): a non-empty array becomes intval of each value, anything else
 * one intval (so an empty array is ID 0, nobody). */
function filterIds(value: unknown): number[] {
  const values =
    value !== null && typeof value === 'object' ? Object.values(value as Params) : undefined;
  return values && values.length > 0 ? values.map(phpIntval) : [phpIntval(value)];
}

type UserCondition = (user: SeedUser) => boolean;

/** One `ID` filter entry as the ORM reads it: equal or IN without an operator (and for `=`,
 * `@`), NOT for `!`/`!=`, comparisons for `>`, `<`, `>=`, `<=`. */
function idCondition(operator: string, value: unknown): UserCondition {
  const list = filterIds(value);
  const first = list[0] ?? 0;
  switch (operator) {
    case '!':
    case '!=':
      return (user) => !list.includes(user.id);
    case '>':
      return (user) => user.id > first;
    case '<':
      return (user) => user.id < first;
    case '>=':
      return (user) => user.id >= first;
    case '<=':
      return (user) => user.id <= first;
    default:
      return (user) => list.includes(user.id);
  }
}

/** user.get (rest/lib/api/user.php userGet): the filter is FILTER when that is an array,
 * otherwise the top-level params themselves; only `ID` filters here (other fields match
 * everyone). Pages of 50; an empty answer has no `total`. */
export const userGet: RestMethod = (params) => {
  const query = upperKeys(params);
  const filterParam = query['FILTER'];
  const filter =
    filterParam !== null && typeof filterParam === 'object'
      ? upperKeys(filterParam as Params)
      : query;
  const conditions = Object.entries(filter).flatMap(([code, value]) => {
    const match = /^(\W{1,2})(.+)$/.exec(code);
    const [operator, field] = match ? [match[1] ?? '', match[2] ?? ''] : ['', code];
    return field === 'ID' ? [idCondition(operator, value)] : [];
  });
  const users = USERS.filter((user) => conditions.every((test) => test(user)));
  if (users.length === 0) return { result: [] };
  const start = Math.max(0, phpIntval(params['start']));
  const page = users.slice(start, start + PAGE_SIZE).map(restUser);
  return start + PAGE_SIZE < users.length
    ? { result: page, total: users.length, next: start + PAGE_SIZE }
    : { result: page, total: users.length };
};
