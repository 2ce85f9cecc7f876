import { parsePhpQuery, type Params } from '../http/body.ts';
import type { Fault } from '../types.ts';
import { substituteReferences } from './batch-reference.ts';
import type { CallContext, MethodOutcome } from './call-context.ts';
import { invokeMethod } from './methods.ts';
import { asRecord, upperParam } from './params.ts';
import { phpArray } from './php-array.ts';
import { isPhpTruthy } from './php-value.ts';
import { RestError, type RestErrorBody } from './rest-error.ts';
import { timeBlock, type TimeBlock } from './time-block.ts';

// `batch` as CRestProvider::methodsBatch runs it (rest_provider.php; b24-frame-protocol.md §7):
// `cmd` rows `method?query` parsed PHP-style, run in order with `$result[…]` references
// resolved, each command's own error kept in result_error (HTTP 200). Past 50 commands each
// extra one gets ERROR_BATCH_LENGTH_EXCEEDED, the request itself succeeds; `halt` stops at the
// first error.

/** CRestUtil::BATCH_MAX_LENGTH. */
export const BATCH_MAX_COMMANDS = 50;

export interface BatchCommand {
  key: string;
  method: string;
  params: Params;
}

/** `cmd` as a map or a list; anything else holds no commands. */
function batchRows(cmd: unknown): Array<[string, unknown]> {
  if (Array.isArray(cmd)) return cmd.map((row, index) => [String(index), row]);
  return Object.entries(asRecord(cmd) ?? {});
}

/** One row as parse_url splits it: the method before `?`, the query up to a `#`. */
function parseRow(key: string, row: string): BatchCommand {
  const withoutFragment = row.split('#')[0] ?? '';
  const question = withoutFragment.indexOf('?');
  return {
    key,
    method: question < 0 ? withoutFragment : withoutFragment.slice(0, question),
    params: question < 0 ? {} : parsePhpQuery(withoutFragment.slice(question + 1)),
  };
}

/** The commands of a batch as sent (for the request log): rows that are not strings are
 * skipped, as the portal skips them. */
export function parseBatchCommands(cmd: unknown): BatchCommand[] {
  return batchRows(cmd).flatMap(([key, row]) =>
    typeof row === 'string' ? [parseRow(key, row)] : [],
  );
}

/** methodsBatch reads `halt` as `isset($q['HALT']) && $q['HALT']`: PHP truthiness, so "0"
 * and "" are false and "false" is true. Absent means no halt. */
export function isHalt(params: Params): boolean {
  return isPhpTruthy(upperParam(params, 'HALT'));
}

function faultOutcome(fault: Fault): MethodOutcome {
  if (fault.result !== undefined) return { result: fault.result };
  throw new RestError(fault.error ?? 'INTERNAL_SERVER_ERROR', fault.description, fault.status);
}

function runCommand(command: BatchCommand, refs: Record<string, unknown>, ctx: CallContext) {
  if (command.method.toLowerCase() === 'batch')
    throw new RestError('ERROR_BATCH_METHOD_NOT_ALLOWED');
  // A 'command' fault fails this command only, as a real per-command error would (§11).
  const fault = ctx.state.faults.take(command.method, 'command');
  if (fault) return faultOutcome(fault);
  const params = substituteReferences(command.params, refs) as Params;
  return invokeMethod(command.method, params, ctx, true);
}

type Entries<T> = Array<[string, T]>;

export function runBatch(params: Params, ctx: CallContext): unknown {
  const halt = isHalt(params);
  // methodsBatch's $arResult, in its order: references name these maps (`$result[…]`).
  const maps = {
    result: [] as Entries<unknown>,
    next: [] as Entries<number>,
    total: [] as Entries<number>,
    time: [] as Entries<TimeBlock>,
    error: [] as Entries<RestErrorBody>,
  };
  const errorTexts: Entries<string> = [];
  const refs = (): Record<string, unknown> => ({
    ...Object.fromEntries(Object.entries(maps).map(([name, entries]) => [name, phpArray(entries)])),
    // Set by the first error ($arResult[$k][$key] for each key of the error answer).
    ...(errorTexts.length > 0 ? { error_description: phpArray(errorTexts) } : {}),
  });

  for (const [index, [key, row]] of batchRows(upperParam(params, 'CMD')).entries()) {
    let error: RestErrorBody | undefined;
    if (index >= BATCH_MAX_COMMANDS) {
      error = new RestError('ERROR_BATCH_LENGTH_EXCEEDED').body();
    } else if (typeof row !== 'string') {
      continue;
    } else {
      const started = Date.now();
      try {
        const outcome = runCommand(parseRow(key, row), refs(), ctx);
        maps.result.push([key, outcome.result]);
        if (outcome.next !== undefined) maps.next.push([key, outcome.next]);
        if (outcome.total !== undefined) maps.total.push([key, outcome.total]);
        maps.time.push([key, timeBlock(started)]);
      } catch (thrown) {
        if (!(thrown instanceof RestError)) throw thrown;
        error = thrown.body();
      }
    }
    if (error) {
      maps.error.push([key, error]);
      errorTexts.push([key, error.error_description]);
      if (halt) break;
    }
  }

  return {
    result: phpArray(maps.result),
    result_error: phpArray(maps.error),
    result_total: phpArray(maps.total),
    result_next: phpArray(maps.next),
    result_time: phpArray(maps.time),
  };
}
