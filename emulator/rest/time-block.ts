// The `time` block Bitrix24 puts on every answer (b24-frame-protocol.md §5). The SDK feeds
// `operating` and `operating_reset_at` into its limiter (§11): keep them realistic.

export interface TimeBlock {
  start: number;
  finish: number;
  duration: number;
  processing: number;
  date_start: string;
  date_finish: string;
  operating_reset_at: number;
  operating: number;
}

/** The emulated portal's time zone, as in the documentation's examples. */
const PORTAL_OFFSET_MINUTES = 180;

/** ATOM (`2026-02-24T13:44:33+03:00`) in the portal's time zone, as Bitrix24 formats dates. */
export function atomDate(ms: number): string {
  const local = new Date(ms + PORTAL_OFFSET_MINUTES * 60_000).toISOString().slice(0, 19);
  const sign = PORTAL_OFFSET_MINUTES >= 0 ? '+' : '-';
  const abs = Math.abs(PORTAL_OFFSET_MINUTES);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

/** Operating-time budgets are counted over 10 minutes (bitrix24-facts.md §9). */
const OPERATING_WINDOW_SECONDS = 600;

export function timeBlock(startMs: number, finishMs = Date.now(), resetAt?: number): TimeBlock {
  const duration = (finishMs - startMs) / 1000;
  return {
    start: startMs / 1000,
    finish: finishMs / 1000,
    duration,
    processing: duration,
    date_start: atomDate(startMs),
    date_finish: atomDate(finishMs),
    operating_reset_at: resetAt ?? Math.floor(startMs / 1000) + OPERATING_WINDOW_SECONDS,
    operating: 0,
  };
}
