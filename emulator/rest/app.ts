import type { RestMethod } from './call-context.ts';
import { asRecord, asString, upperParam } from './params.ts';
import { phpArray } from './php-array.ts';
import { RestError } from './rest-error.ts';

// app.info and app.option.* — the same app options the frame sees as APP_OPTIONS (§3).

export const appInfo: RestMethod = (_params, ctx) => ({
  result: {
    ID: 1,
    CODE: 'local.linkedchat',
    VERSION: 1,
    STATUS: 'L',
    // Install mode means "not installed yet"; setInstallFinish turns it off (§6 of the facts).
    INSTALLED: !ctx.state.scenario.install,
    PAYMENT_EXPIRED: 'N',
    DAYS: null,
    LANGUAGE_ID: String(ctx.state.scenario.lang),
    LICENSE: 'en_project',
    LICENSE_TYPE: 'project',
    LICENSE_FAMILY: 'project',
  },
});

export const appOptionGet: RestMethod = (params, ctx) => {
  const name = asString(upperParam(params, 'OPTION'));
  if (name) return { result: ctx.state.appOptions[name] ?? null };
  return { result: phpArray(Object.entries(ctx.state.appOptions)) };
};

export const appOptionSet: RestMethod = (params, ctx) => {
  if (!ctx.isAdmin) throw new RestError('ACCESS_DENIED', 'Access denied!');
  const options = asRecord(upperParam(params, 'OPTIONS'));
  if (!options || Object.keys(options).length === 0) {
    throw new RestError('ERROR_ARGUMENT', 'Wrong options');
  }
  ctx.state.appOptions = { ...ctx.state.appOptions, ...options };
  return { result: true };
};
