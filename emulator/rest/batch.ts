import { parsePhpQuery, type Params } from '../http/body.ts';
import type { Fault } from '../types.ts';
import { substituteReferences } from './batch-reference.ts';
import type { CallContext, MethodOutcome } from './call-context.ts';
import { invokeMethod } from './methods.ts';
import { asRecord, asString } from './params.ts';
import { phpArray } from './php-array.ts';
import { RestError, type RestErrorBody } from './rest-error.ts';
import { timeBlock, type TimeBlock } from './time-block.ts';

// `batch` (b24-frame-protocol.md §7): commands as `method?query` rows, parsed PHP-style,
// run in order with `$result[…]` references resolved, each command's own error kept in
// result_error (HTTP 200), `halt` stopping at the first error.

/** Bitrix24's limit (bitrix24-facts.md §9). */
export const BATCH_MAX_COMMANDS = 50;

export interface BatchCommand {
  key: string;
  method: string;
  params: Params;
}

/** `cmd` as a map or a list of `method?query` rows. */
export function parseBatchCommands(cmd: unknown): BatchCommand[] {
  const rows: Array<[string, unknown]> = Array.isArray(cmd)
    ? cmd.map((row, index) => [String(index), row])
    : Object.entries(asRecord(cmd) ?? {});
  if (rows.length > BATCH_MAX_COMMANDS) throw new RestError('ERROR_BATCH_LENGTH_EXCEEDED');
  return rows.map(([key, row]) => {
    const text = asString(row);
    const question = text.indexOf('?');
    return {
      key,
      method: (question < 0 ? text : text.slice(0, question)).trim(),
      params: question < 0 ? {} : parsePhpQuery(text.slice(question + 1)),
    };
  });
}

/** PHP's batch reads `halt` as a truthy flag and defaults to 0 when absent; the SDK always
 * sends it (1 unless isHaltOnError is false). */
export function isHalt(value: unknown): boolean {
  const text = asString(value).trim();
  return text !== '' && text !== '0' && text.toLowerCase() !== 'false';
}

function faultOutcome(fault: Fault): MethodOutcome {
  if (fault.result !== undefined) return { result: fault.result };
  throw new RestError(fault.error ?? 'INTERNAL_SERVER_ERROR', fault.description, fault.status);
}

function runCommand(command: BatchCommand, results: Record<string, unknown>, ctx: CallContext) {
  if (command.method.toLowerCase() === 'batch')
    throw new RestError('ERROR_BATCH_METHOD_NOT_ALLOWED');
  // A 'command' fault fails this command only, as a real per-command error would (§11).
  const fault = ctx.state.faults.take(command.method, 'command');
  if (fault) return faultOutcome(fault);
  const params = substituteReferences(command.params, results) as Params;
  return invokeMethod(command.method, params, ctx);
}

export function runBatch(commands: BatchCommand[], halt: boolean, ctx: CallContext): unknown {
  const results: Record<string, unknown> = {};
  const resultEntries: Array<[string, unknown]> = [];
  const errors: Array<[string, RestErrorBody]> = [];
  const totals: Array<[string, number]> = [];
  const nexts: Array<[string, number]> = [];
  const times: Array<[string, TimeBlock]> = [];

  for (const command of commands) {
    const started = Date.now();
    try {
      const outcome = runCommand(command, results, ctx);
      results[command.key] = outcome.result;
      resultEntries.push([command.key, outcome.result]);
      if (outcome.total !== undefined) totals.push([command.key, outcome.total]);
      if (outcome.next !== undefined) nexts.push([command.key, outcome.next]);
      times.push([command.key, timeBlock(started)]);
    } catch (error) {
      if (!(error instanceof RestError)) throw error;
      errors.push([command.key, error.body()]);
      if (halt) break;
    }
  }

  return {
    result: phpArray(resultEntries),
    result_error: phpArray(errors),
    result_total: phpArray(totals),
    result_next: phpArray(nexts),
    result_time: phpArray(times),
  };
}
