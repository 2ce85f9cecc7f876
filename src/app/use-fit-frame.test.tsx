import { render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDoor } from '../test/fake-door.ts';
import { FIT_DEBOUNCE_MS, useFitFrame } from './use-fit-frame.ts';

let observed: (() => void) | undefined;
let height = 300;

class FakeResizeObserver {
  constructor(callback: () => void) {
    observed = callback;
  }
  observe() {}
  disconnect() {}
}

function Fitted({ door }: { door: ReturnType<typeof fakeDoor> }) {
  const ref = useRef<HTMLDivElement>(null);
  useFitFrame(door, ref);
  return <div ref={ref} />;
}

function resizeTo(next: number) {
  height = next;
  observed?.();
  vi.advanceTimersByTime(FIT_DEBOUNCE_MS);
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(
    () => ({ height }) as DOMRect,
  );
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useFitFrame', () => {
  it('sends the root height only when it changed, debounced and clamped', () => {
    const door = fakeDoor();
    render(<Fitted door={door} />);

    resizeTo(300.4);
    expect(door.resizeWindow).toHaveBeenLastCalledWith(301);
    resizeTo(300.2);
    expect(door.resizeWindow).toHaveBeenCalledTimes(1);

    height = 200;
    observed?.();
    height = 250;
    observed?.();
    vi.advanceTimersByTime(FIT_DEBOUNCE_MS);
    expect(door.resizeWindow).toHaveBeenCalledTimes(2);
    expect(door.resizeWindow).toHaveBeenLastCalledWith(250);

    resizeTo(0);
    expect(door.resizeWindow).toHaveBeenLastCalledWith(120);
    resizeTo(99_999);
    expect(door.resizeWindow).toHaveBeenLastCalledWith(4000);

    for (const [sent] of door.resizeWindow.mock.calls) {
      expect(Number.isInteger(sent) && sent > 0).toBe(true);
    }
  });
});
