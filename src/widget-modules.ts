/** Which ES module (beside the loader in dist/) defines each element. */
export const WIDGET_MODULES: Record<string, string> = {
  'og-commitment-tracker': 'commitment-tracker.js',
  'og-budget-chart': 'budget-chart.js',
  'og-proposal-form': 'proposal-form.js',
  'og-consultation-calendar': 'consultation-calendar.js',
  'og-complaint-status': 'complaint-status.js',
};
