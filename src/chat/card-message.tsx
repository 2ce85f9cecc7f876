import type { ReactNode } from 'react';

interface CardMessageProps {
  headingId: string;
  title: string;
  /** For failures: announced at once by screen readers. */
  alert?: boolean;
  children: ReactNode;
  action?: ReactNode;
}

/** The shape of every state that explains instead of showing a chat. */
export function CardMessage({
  headingId,
  title,
  alert = false,
  children,
  action,
}: CardMessageProps) {
  return (
    <>
      <h2 id={headingId} className="card__title">
        {title}
      </h2>
      <div className="card__body" role={alert ? 'alert' : undefined}>
        {children}
      </div>
      {action !== undefined && <div className="card__actions">{action}</div>}
    </>
  );
}
