import { describe, expect, it } from 'vitest';
import { messageTimeFormat } from './message-time.ts';

const at = (text: string) => new Date(text).getTime();
const NOW = at('2026-03-10T15:00:00');

describe('messageTimeFormat', () => {
  const format = messageTimeFormat('en');

  it('says only the hour for today', () => {
    expect(format(at('2026-03-10T09:05:00'), NOW)).toBe('9:05 AM');
  });

  it('adds the day for an earlier day this year', () => {
    expect(format(at('2026-03-09T09:05:00'), NOW)).toBe('Mar 9, 9:05 AM');
  });

  it('adds the year before this one', () => {
    expect(format(at('2025-12-31T23:59:00'), NOW)).toBe('Dec 31, 2025, 11:59 PM');
  });

  it('follows the language and its clock', () => {
    const ru = messageTimeFormat('ru');
    expect(ru(at('2026-03-10T09:05:00'), NOW)).toBe('09:05');
    expect(ru(at('2026-03-09T09:05:00'), NOW)).toBe('9 мар., 09:05');
  });
});
