/**
 * The demo data of all five widgets in the in-browser mock API, for the pages that show them
 * together (Theming, All widgets). Each widget's own stories register the same files.
 */
import { jsonResponse, mockApi, registerMockData, registerMockRoute } from '../support/mock-fetch.js';
import { registerCommitmentData } from '../commitment-tracker/data.js';
import { answerProposal } from '../../demo/mock-api/proposals.js';
import budget from '../../demo/data/budget.json';
import events from '../../demo/data/events.json';
import form from '../../demo/data/proposals/form.json';
import streetLight from '../../demo/data/complaints/SL-2024-000123.json';
import rubbish from '../../demo/data/complaints/DC-2024-000457.json';

let registered = false;

export function registerAllWidgetData(): void {
  if (registered) return;
  registered = true;
  registerCommitmentData();
  registerMockData('budget.json', budget);
  registerMockData('events.json', events);
  registerMockData('proposals/form.json', form);
  for (const complaint of [streetLight, rubbish]) registerMockData(`complaints/${complaint.reference}.json`, complaint);
  registerMockRoute(({ method, scenario, path, body, headers, url }) => {
    if (method !== 'POST' || path !== 'proposals') return undefined;
    const answer = answerProposal({ method, scenario, path, body, idempotencyKey: headers.get('idempotency-key'), base: `${url.origin}${mockApi(scenario)}` });
    return answer ? jsonResponse(answer.status, answer.body, answer.headers) : undefined;
  });
}
