import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDebouncedValue } from './use-debounced-value.ts';

describe('useDebouncedValue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('settles 300 ms after the last change, skipping the values typed in between', () => {
    const { result, rerender } = renderHook(({ value }) => useDebouncedValue(value, 300), {
      initialProps: { value: '' },
    });
    const seen: string[] = [];
    for (const value of ['G', 'Gl', 'Glo', 'Glob', 'Globe', 'Globex']) {
      rerender({ value });
      act(() => vi.advanceTimersByTime(299));
      seen.push(result.current);
    }
    expect(seen).toEqual(['', '', '', '', '', '']);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe('Globex');
  });
});
