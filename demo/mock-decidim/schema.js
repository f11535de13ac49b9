// The part of Decidim's GraphQL schema the adapters read, written from Decidim's own type
// definitions (decidim-core/lib/decidim/api, decidim-accountability/lib/decidim/api/result_type.rb,
// status_type.rb, timeline_entry_type.rb, decidim-meetings/…/meeting_type.rb, agenda_type.rb,
// agenda_item_type.rb, decidim-proposals/…/proposal_type.rb): the same names (graphql-ruby
// camelizes snake_case fields and names types after their Ruby class, minus "Type"), the same
// nullability and nesting. One schema per release family where they differ:
//   0.27   Result without `url`; Meeting with `isWithdrawn` only, no `url`; timeline entries
//          without `title`; LocalizedString without `machineTranslated`
//   0.28   Result and Meeting gain `url`; Meeting gains `withdrawn`; timeline entries gain a
//          `title`; LocalizedString gains `machineTranslated`
//   0.30   results' timeline entries are `milestones` (type Milestone); Proposal gains `url`
// A query naming a field the version lacks fails validation exactly as a real instance's does.

const common = `
scalar Date
scalar DateTime

type LocalizedString {
  locale: String!
  text: String
  __MACHINE__
}

type TranslatedField {
  locales: [String]
  translations(locales: [String!]): [LocalizedString]!
  translation(locale: String!): String
}

type Coordinates {
  latitude: Float!
  longitude: Float!
}

type ParticipatorySpace {
  id: ID!
  type: String!
  name: TranslatedField!
}

interface ComponentInterface {
  id: ID!
  name: TranslatedField!
  participatorySpace: ParticipatorySpace!
  publishedAt: DateTime!
  url: String!
  weight: Int!
}

type PageInfo {
  hasNextPage: Boolean!
  hasPreviousPage: Boolean!
  startCursor: String
  endCursor: String
}

type Status {
  id: ID!
  key: String
  name: TranslatedField
  description: TranslatedField
  progress: Int
  results: [Result]
  createdAt: DateTime
  updatedAt: DateTime
}

__STEP_TYPE__

type Result {
  id: ID!
  title: TranslatedField
  description: TranslatedField
  reference: String
  startDate: Date
  endDate: Date
  progress: Float
  createdAt: DateTime
  updatedAt: DateTime
  childrenCount: Int
  weight: Int!
  externalId: String
  children: [Result]
  parent: Result
  status: Status
  __STEPS__
  __RESULT_URL__
}

type ResultEdge {
  node: Result
  cursor: String!
}

type ResultConnection {
  edges: [ResultEdge]
  nodes: [Result]
  pageInfo: PageInfo!
}

type Accountability implements ComponentInterface {
  id: ID!
  name: TranslatedField!
  participatorySpace: ParticipatorySpace!
  publishedAt: DateTime!
  url: String!
  weight: Int!
  results(first: Int, after: String, last: Int, before: String): ResultConnection
  result(id: ID!): Result
}

type MeetingAgendaItem {
  id: ID!
  title: TranslatedField
  description: TranslatedField
  duration: Int!
  position: Int!
  items: [MeetingAgendaItem]!
  parent: MeetingAgendaItem
  agenda: MeetingAgenda
}

type MeetingAgenda {
  id: ID!
  title: TranslatedField
  items: [MeetingAgendaItem]!
}

type Meeting {
  id: ID!
  reference: String!
  title: TranslatedField!
  description: TranslatedField
  startTime: DateTime!
  endTime: DateTime!
  agenda: MeetingAgenda
  closed: Boolean!
  isWithdrawn: Boolean!
  closingReport: TranslatedField
  videoUrl: String
  audioUrl: String
  createdAt: DateTime
  updatedAt: DateTime
  attendingOrganizations: String
  attendeeCount: Int
  contributionCount: Int
  privateMeeting: Boolean!
  transparent: Boolean!
  registrationsEnabled: Boolean!
  registrationTerms: TranslatedField
  remainingSlots: Int
  registrationFormEnabled: Boolean!
  location: TranslatedField
  locationHints: TranslatedField
  address: String
  coordinates: Coordinates
  typeOfMeeting: String!
  onlineMeetingUrl: String!
  iframeEmbedType: String
  __MEETING_EXTRA__
}

type MeetingEdge {
  node: Meeting
  cursor: String!
}

type MeetingConnection {
  edges: [MeetingEdge]
  nodes: [Meeting]
  pageInfo: PageInfo!
}

type Meetings implements ComponentInterface {
  id: ID!
  name: TranslatedField!
  participatorySpace: ParticipatorySpace!
  publishedAt: DateTime!
  url: String!
  weight: Int!
  meetings(first: Int, after: String, last: Int, before: String): MeetingConnection
  meeting(id: ID!): Meeting
}

type Proposal {
  id: ID!
  title: TranslatedField
  body: TranslatedField
  address: String
  coordinates: Coordinates
  reference: String
  state: String
  answer: TranslatedField
  answeredAt: DateTime
  publishedAt: DateTime
  official: Boolean
  withdrawn: Boolean
  voteCount: Int
  __PROPOSAL_URL__
}

type ProposalEdge {
  node: Proposal
  cursor: String!
}

type ProposalConnection {
  edges: [ProposalEdge]
  nodes: [Proposal]
  pageInfo: PageInfo!
}

type Proposals implements ComponentInterface {
  id: ID!
  name: TranslatedField!
  participatorySpace: ParticipatorySpace!
  publishedAt: DateTime!
  url: String!
  weight: Int!
  proposals(first: Int, after: String, last: Int, before: String): ProposalConnection
  proposal(id: ID!): Proposal
}

type Decidim {
  version: String!
  applicationName: String!
}

type Query {
  component(id: ID!): ComponentInterface
  decidim: Decidim
}
`;

const timeline = (withTitle) => `type TimelineEntry {
  id: ID!
  entryDate: Date
  ${withTitle ? 'title: TranslatedField' : ''}
  description: TranslatedField
  result: Result
  createdAt: DateTime
  updatedAt: DateTime
}`;
const milestone = `type Milestone {
  id: ID!
  entryDate: Date
  title: TranslatedField
  description: TranslatedField
  result: Result
  createdAt: DateTime
  updatedAt: DateTime
}`;

function sdl({ machine, stepType, steps, resultUrl, meetingExtra, proposalUrl = false }) {
  return common
    .replace('__MACHINE__', machine ? 'machineTranslated: Boolean!' : '')
    .replace('__STEP_TYPE__', stepType)
    .replace('__STEPS__', steps)
    .replace('__RESULT_URL__', resultUrl ? 'url: String!' : '')
    .replace('__MEETING_EXTRA__', meetingExtra)
    .replace('__PROPOSAL_URL__', proposalUrl ? 'url: String!' : '');
}

/** SDL of each supported release family. */
export const SCHEMAS = {
  '0.27': sdl({ machine: false, stepType: timeline(false), steps: 'timelineEntries: [TimelineEntry]', resultUrl: false, meetingExtra: '' }),
  '0.28': sdl({
    machine: true,
    stepType: timeline(true),
    steps: 'timelineEntries: [TimelineEntry]',
    resultUrl: true,
    meetingExtra: 'url: String!\n  withdrawn: Boolean\n  withdrawnAt: DateTime',
  }),
  '0.30': sdl({
    machine: true,
    stepType: milestone,
    steps: 'milestones: [Milestone]',
    resultUrl: true,
    meetingExtra: 'url: String!\n  withdrawn: Boolean\n  withdrawnAt: DateTime',
    proposalUrl: true,
  }),
};
export const VERSIONS = Object.keys(SCHEMAS);
