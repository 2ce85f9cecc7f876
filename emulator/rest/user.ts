import { USERS, findUser, type SeedUser } from '../seed.ts';
import type { RestMethod } from './call-context.ts';
import { asId, asRecord, upperParam } from './params.ts';
import { RestError } from './rest-error.ts';

// user.* answers in the classic upper-case shape; ids are strings, as PHP sends them.

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

/** user.get by `ID` (scalar or array), at the top level or inside FILTER. */
export const userGet: RestMethod = (params) => {
  const filter = asRecord(upperParam(params, 'FILTER')) ?? params;
  const rawIds = upperParam(filter, 'ID');
  const ids =
    rawIds === undefined
      ? undefined
      : (Array.isArray(rawIds) ? rawIds : [rawIds]).map(asId).filter((id) => id !== undefined);
  const users = USERS.filter((user) => ids === undefined || ids.includes(user.id)).map(restUser);
  return { result: users, total: users.length };
};
