import { OgPoll } from './poll.js';
import { define } from '../core/define.js';

export { OgPoll, type OgVoteDetail } from './poll.js';
export { pollSchema, pollResultsSchema, voteSchema, parsePoll, parseResults, type Poll, type PollResults, type VotePayload } from './schema.js';
export { resultRows as pollResultRows, resultsVisible as pollResultsVisible } from './tally.js';

define('og-poll', OgPoll);

declare global {
  interface HTMLElementTagNameMap {
    'og-poll': OgPoll;
  }
}
