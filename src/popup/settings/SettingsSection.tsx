import type { ComponentChildren } from 'preact';

/** One block of the settings view: a heading, a sentence saying what it does, its controls. */
export function SettingsSection({ id, title, children, tone }: { id: string; title: string; children: ComponentChildren; tone?: 'danger' }) {
  const headingId = `rp-settings-${id}`;
  return (
    <section class={`settings-section${tone ? ` ${tone}` : ''}`} aria-labelledby={headingId} data-testid={`rp-settings-${id}`}>
      <h3 id={headingId}>{title}</h3>
      {children}
    </section>
  );
}
