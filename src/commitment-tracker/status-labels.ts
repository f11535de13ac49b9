import { msg } from '@lit/localize';
import type { CommitmentStatus, MilestoneStatus } from './schema.js';

/** A milestone's status in words (the tracker's milestones; the desk's labels too). */
export function milestoneStatusLabel(status: MilestoneStatus): string {
  switch (status) {
    case 'done':
      return msg('Done', { id: 'commitments.milestone.done' });
    case 'in-progress':
      return msg('In progress', { id: 'commitments.milestone.in-progress' });
    case 'pending':
      return msg('Pending', { id: 'commitments.milestone.pending' });
  }
}

/** A commitment's status in words (its badge, the summary and the status filter; the desk's labels too). */
export function statusLabel(status: CommitmentStatus): string {
  switch (status) {
    case 'not-started':
      return msg('Not started', { id: 'commitments.status.not-started' });
    case 'limited':
      return msg('Limited', { id: 'commitments.status.limited' });
    case 'substantial':
      return msg('Substantial', { id: 'commitments.status.substantial' });
    case 'complete':
      return msg('Complete', { id: 'commitments.status.complete' });
    case 'withdrawn':
      return msg('Withdrawn', { id: 'commitments.status.withdrawn' });
    case 'ongoing':
      return msg('Ongoing (continuous)', { id: 'commitments.status.ongoing' });
  }
}
