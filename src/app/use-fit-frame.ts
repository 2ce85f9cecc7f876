import { useEffect, type RefObject } from 'react';
import type { B24Door } from '../b24/door.ts';

const MIN_FRAME_HEIGHT = 120;
const MAX_FRAME_HEIGHT = 4000;
export const FIT_DEBOUNCE_MS = 80;

function clampHeight(height: number): number {
  return Math.min(MAX_FRAME_HEIGHT, Math.max(MIN_FRAME_HEIGHT, Math.ceil(height)));
}

/**
 * Keeps the portal's iframe as tall as the app's own root element. Not fitWindow(): it reports
 * the document's scroll height, never smaller than the frame, so frames grow but never shrink
 * (protocol §11). The root is sized by its content, not by the frame, so a resize we cause does
 * not change what we measure: no loop. The width is never ours to set: the frame keeps its
 * container's, and when the window's width changes the root's height follows, and so do we.
 */
export function useFitFrame(door: B24Door, rootRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = rootRef.current;
    if (root === null || typeof ResizeObserver === 'undefined') return;
    let sent = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const send = () => {
      const height = clampHeight(root.getBoundingClientRect().height);
      if (height === sent) return;
      sent = height;
      door.resizeWindow(height).catch(() => undefined);
    };
    const observer = new ResizeObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(send, FIT_DEBOUNCE_MS);
    });
    observer.observe(root);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [door, rootRef]);
}
