/** Which ES module (beside the loader in dist/) defines each element. */
export const WIDGET_MODULES: Record<string, string> = {
  'og-commitment-tracker': 'commitment-tracker.js',
  'og-budget-chart': 'budget-chart.js',
  'og-proposal-form': 'proposal-form.js',
  'og-consultation-calendar': 'consultation-calendar.js',
  'og-complaint-status': 'complaint-status.js',
  'og-proposal-outcomes': 'proposal-outcomes.js',
  'og-poll': 'poll.js',
};

/**
 * The resource each data widget reads from `api` (API.md), so the loader can start fetching it
 * early; the poll's depends on its `poll` attribute.
 */
export const WIDGET_RESOURCES: Record<string, string | ((el: Element) => string | undefined)> = {
  'og-commitment-tracker': 'commitments.json',
  'og-budget-chart': 'budget.json',
  'og-consultation-calendar': 'events.json',
  'og-proposal-form': 'proposals/form.json',
  'og-proposal-outcomes': 'proposals/outcomes.json',
  'og-poll': (el) => {
    const id = el.getAttribute('poll');
    return id ? `polls/${encodeURIComponent(id)}.json` : undefined;
  },
};

/** Each element's message namespace: its translation ids start with it (src/generated/locales/<namespace>/). */
export const WIDGET_NAMESPACES: Record<string, string> = {
  'og-commitment-tracker': 'commitments',
  'og-budget-chart': 'budget',
  'og-consultation-calendar': 'calendar',
  'og-proposal-form': 'proposals',
  'og-complaint-status': 'complaints',
  'og-proposal-outcomes': 'outcomes',
  'og-poll': 'poll',
};
