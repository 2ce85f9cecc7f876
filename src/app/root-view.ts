import { useLayoutEffect, type RefObject } from 'react';
import type { View } from './route.ts';

/**
 * The root element (index.html's `#root`, which boots as `data-view="boot"`) names the view shown
 * in `box` (contract §3), from before it paints and whenever the person switches views inside
 * the frame. The only code that writes `data-view`.
 */
export function useRootView(box: RefObject<HTMLElement | null>, view: View): void {
  useLayoutEffect(() => {
    const root = box.current?.closest<HTMLElement>('[data-view]');
    if (root) root.dataset['view'] = view;
  }, [box, view]);
}
