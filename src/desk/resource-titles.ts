import { msg } from '@lit/localize';

/** The name of each resource in the desk's language; a resource added later shows its own name. */
export function resourceTitle(name: string): string {
  switch (name) {
    case 'commitments':
      return msg('Commitments of the action plan', { id: 'desk.resource.commitments' });
    case 'budget':
      return msg('Budget', { id: 'desk.resource.budget' });
    case 'events':
      return msg('Consultations and meetings', { id: 'desk.resource.events' });
    case 'proposals-form':
      return msg('Proposal form settings', { id: 'desk.resource.proposalsForm' });
    case 'proposal-outcomes':
      return msg('What became of the proposals', { id: 'desk.resource.proposalOutcomes' });
    case 'poll':
      return msg('Poll', { id: 'desk.resource.poll' });
    case 'poll-results':
      return msg('Poll results', { id: 'desk.resource.pollResults' });
    case 'complaint-records':
      return msg('Complaint records (private)', { id: 'desk.resource.complaintRecords' });
    case 'calendar':
      return msg('Working calendar and time limits', { id: 'desk.resource.calendar' });
    default:
      return name;
  }
}
