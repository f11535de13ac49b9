import { msg } from '@lit/localize';
import type { Outcome } from './outcomes.js';

/** The words shown for each outcome (one place, so the badge, the totals and the filter agree). */
export function outcomeLabel(outcome: Outcome): string {
  switch (outcome) {
    case 'accepted':
      return msg('Accepted', { id: 'outcomes.decision.accepted' });
    case 'partly-accepted':
      return msg('Partly accepted', { id: 'outcomes.decision.partly-accepted' });
    case 'merged':
      return msg('Merged into another proposal', { id: 'outcomes.decision.merged' });
    case 'not-accepted':
      return msg('Not accepted', { id: 'outcomes.decision.not-accepted' });
    case 'out-of-scope':
      return msg('Out of scope', { id: 'outcomes.decision.out-of-scope' });
    case 'pending':
      return msg('Being examined', { id: 'outcomes.decision.pending' });
  }
}
