import { useId, type ReactNode } from 'react';

/** One titled part of the settings page: a region named by its heading, with an optional hint. */
export function SettingsSection({
  title,
  hint,
  children,
}: {
  title: string;
  hint?: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="settings__section" aria-labelledby={headingId}>
      <h2 id={headingId} className="settings__heading">
        {title}
      </h2>
      {hint !== undefined && <p className="page__text">{hint}</p>}
      {children}
    </section>
  );
}
