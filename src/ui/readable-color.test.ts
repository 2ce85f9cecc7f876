import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastWithWhite, readableBehindWhite } from './readable-color.ts';

function rgbOf(hex: string): number[] {
  return [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
}

describe('readableBehindWhite', () => {
  it.each([
    ['#4ba984', '#387f63'],
    ['#1e4a78', '#1e4a78'],
    ['#fff', '#737373'],
  ])('%s → %s', (color, readable) => {
    expect(readableBehindWhite(color)).toBe(readable);
  });

  it('refuses what is not a hex colour', () => {
    expect(readableBehindWhite('red')).toBeNull();
    expect(readableBehindWhite('#12345')).toBeNull();
  });

  it('always gives white text at least 4.5:1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (value) => {
        const color = `#${value.toString(16).padStart(6, '0')}`;
        const readable = readableBehindWhite(color);
        expect(readable).not.toBeNull();
        expect(contrastWithWhite(rgbOf(readable ?? ''))).toBeGreaterThanOrEqual(4.5);
      }),
    );
  });
});
