/**
 * A message's time as a person reads it: the hour for today, the day and hour this year, the
 * full date before. Formatters are built once per locale: a log formats every message.
 */
export function messageTimeFormat(locale: string): (epochMs: number, nowMs?: number) => string {
  const hour = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  // A 24-hour clock writes 09:05, as the language's own short time does; a 12-hour one, 9:05.
  const h23 = hour.resolvedOptions().hourCycle === 'h23';
  const day = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    hour: h23 ? '2-digit' : 'numeric',
    minute: '2-digit',
  });
  const full = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (epochMs, nowMs = Date.now()) => {
    const sent = new Date(epochMs);
    const now = new Date(nowMs);
    if (sent.getFullYear() !== now.getFullYear()) return full.format(sent);
    if (sent.toDateString() !== now.toDateString()) return day.format(sent);
    return hour.format(sent);
  };
}
