/** Generic → specific: `['settings']` invalidates everything this page reads. */
export const settingsKeys = {
  placements: (handler: string) => ['settings', 'placements', handler] as const,
  keyTemplate: () => ['settings', 'key-template'] as const,
};
