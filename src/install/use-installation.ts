import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { toAppError, type AppError } from '../b24/app-error.ts';
import { useDoor } from '../b24/door-context.ts';
import type { PlacementOutcomes } from '../chat/places/placement-bindings.ts';
import { useSingleFlight } from '../ui/use-single-flight.ts';
import { installPlanQueryOptions } from './api/install-plan-query.ts';
import { useBindPlacements } from './api/use-bind-placements.ts';
import { useFinishInstall } from './api/use-finish-install.ts';
import type { InstallTarget } from './install-plan.ts';

export type RowStatus =
  | { kind: 'bound-before' }
  | { kind: 'waiting' }
  | { kind: 'pending' }
  | { kind: 'bound' }
  | { kind: 'failed'; error: AppError };

export interface InstallRow {
  target: InstallTarget;
  status: RowStatus;
}

export type Installation =
  | { phase: 'checking' }
  | { phase: 'check-failed'; error: AppError; retry: () => void }
  | { phase: 'binding' | 'finishing'; rows: InstallRow[] }
  | { phase: 'failed'; rows: InstallRow[]; retry: () => void }
  | { phase: 'finish-failed'; rows: InstallRow[]; error: AppError; retry: () => void };

function isReady(row: InstallRow): boolean {
  return row.status.kind === 'bound-before' || row.status.kind === 'bound';
}

/**
 * Contract §4 for an admin: read what is bound, bind the rest in one batch, and finish at once
 * when every place is ready. Failed places wait for "Try again", which re-binds only them.
 */
export function useInstallation(handler: string): Installation {
  const door = useDoor();
  const plan = useQuery(installPlanQueryOptions(door, handler));
  const bind = useBindPlacements(handler);
  const finish = useFinishInstall();
  // What each bind answered, merged across attempts (a retry overwrites only its own codes). The
  // ref is the same record without waiting for a render: a second press reads it at once.
  const [outcomes, setOutcomes] = useState<PlacementOutcomes>({});
  const latest = useRef<PlacementOutcomes>({});
  const record = (result: PlacementOutcomes) => {
    latest.current = { ...latest.current, ...result };
    setOutcomes(latest.current);
  };

  const { mutateAsync: bindAll } = bind;
  const run = useSingleFlight(async (placements: readonly string[]) => {
    // Bound by an earlier run is done: never the same bind twice (contract §3).
    const wanted = placements.filter((code) => latest.current[code] !== null);
    if (wanted.length === 0) return;
    try {
      record(await bindAll(wanted));
    } catch (error) {
      const failure = toAppError(error);
      record(Object.fromEntries(wanted.map((code) => [code, failure])));
    }
  });

  const started = useRef(false);
  useEffect(() => {
    if (plan.data === undefined || started.current) return;
    started.current = true;
    if (plan.data.toBind.length > 0) run(plan.data.toBind);
  }, [plan.data, run]);

  const inFlight = bind.isPending ? (bind.variables ?? []) : [];
  const rows: InstallRow[] = (plan.data?.targets ?? []).map((target) => {
    const code = target.placement;
    const outcome = outcomes[code];
    let status: RowStatus;
    if (plan.data?.boundBefore.has(code)) status = { kind: 'bound-before' };
    else if (inFlight.includes(code)) status = { kind: 'pending' };
    else if (outcome === null) status = { kind: 'bound' };
    else if (outcome !== undefined) status = { kind: 'failed', error: outcome };
    else status = { kind: 'waiting' };
    return { target, status };
  });
  const allReady = plan.data !== undefined && rows.every(isReady);

  const { mutateAsync: finishWith } = finish;
  const finishOnce = useSingleFlight((smartProcessTypeIds: readonly number[]) =>
    finishWith(smartProcessTypeIds),
  );
  const smartProcessTypeIds = plan.data?.smartProcessTypeIds;
  const finished = useRef(false);
  useEffect(() => {
    // No click needed (contract §4): the portal shows nothing until installFinish is called.
    if (!allReady || smartProcessTypeIds === undefined || finished.current) return;
    finished.current = true;
    finishOnce(smartProcessTypeIds);
  }, [allReady, smartProcessTypeIds, finishOnce]);

  const { refetch } = plan;
  const recheck = useSingleFlight(() => refetch());

  if (plan.isPending) return { phase: 'checking' };
  if (plan.isError) return { phase: 'check-failed', error: plan.error, retry: recheck };
  if (finish.isError && smartProcessTypeIds !== undefined) {
    return {
      phase: 'finish-failed',
      rows,
      error: finish.error,
      retry: () => finishOnce(smartProcessTypeIds),
    };
  }
  if (allReady) return { phase: 'finishing', rows };
  if (!bind.isPending && rows.some((row) => row.status.kind === 'failed')) {
    // From the ref, not from these rows: a press before the next render sees the latest answers.
    const failed = () =>
      Object.keys(latest.current).filter((code) => latest.current[code] !== null);
    return { phase: 'failed', rows, retry: () => run(failed()) };
  }
  return { phase: 'binding', rows };
}
