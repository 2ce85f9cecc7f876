import type { ReactNode, Ref } from 'react';
import type { CardState } from './card-state.ts';

interface CardFrameProps {
  state: CardState['state'] | 'bad-placement' | 'client';
  stale?: boolean;
  /** The person's unread messages in a `ready` card's chat (contract §5). */
  unread?: number;
  headingId?: string;
  label?: string;
  ref?: Ref<HTMLElement>;
  children: ReactNode;
}

/**
 * The element that carries `data-state` (contract §3). It stays mounted across states, so
 * focus parked on it (tabIndex -1) survives a retry.
 */
export function CardFrame({
  state,
  stale,
  unread = 0,
  headingId,
  label,
  ref,
  children,
}: CardFrameProps) {
  return (
    <section
      ref={ref}
      className="card"
      data-state={state}
      data-stale={stale === true ? 'true' : undefined}
      data-unread={unread > 0 ? unread : undefined}
      aria-labelledby={headingId}
      aria-label={headingId === undefined ? label : undefined}
      aria-busy={state === 'loading'}
      tabIndex={-1}
    >
      {children}
    </section>
  );
}
