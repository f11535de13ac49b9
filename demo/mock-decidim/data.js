// The records a Decidim instance holds for the demo and the tests, as its resolvers see them.
// Component ids: 10 accountability, 11 meetings, 12 proposals, 13 unpublished (the API answers
// null, as for a private space), 14 accountability with 10,000 results, 15 accountability whose
// status resolver fails for one result (errors beside data), 16 proposals with 1,100 proposals,
// 17 proposals whose answer resolver fails for one proposal.
export const INSTANCE = 'https://decidim.example.org';
const space = { id: '3', type: 'Decidim::ParticipatoryProcess', slug: 'budget-2026' };
const componentUrl = (id) => `${INSTANCE}/processes/${space.slug}/f/${id}/`;

/** A TranslatedField: human texts, and machine translations for the locales without one. */
export function tf(human, machine = {}) {
  const all = [
    ...Object.entries(human).map(([locale, text]) => ({ locale, text, machineTranslated: false })),
    ...Object.entries(machine).filter(([l]) => !(l in human)).map(([locale, text]) => ({ locale, text, machineTranslated: true })),
  ];
  return {
    locales: all.map((t) => t.locale),
    translations: ({ locales } = {}) => (locales?.length ? all.filter((t) => locales.includes(t.locale)) : all),
    translation: ({ locale }) => all.find((t) => t.locale === locale)?.text ?? null,
  };
}

const spaceValue = { id: space.id, type: space.type, name: tf({ fr: 'Budget participatif 2026', ar: 'الميزانية التشاركية 2026' }) };
const base = (id, typename, name) => ({
  __typename: typename,
  id: String(id),
  name: tf(name),
  participatorySpace: spaceValue,
  publishedAt: '2026-01-10T09:00:00+00:00',
  url: componentUrl(id),
  weight: 0,
});

/** Cursor pagination the way graphql-ruby does it (opaque cursors, at most 50 a page). */
export function connection(items) {
  return ({ first, after }) => {
    const start = after ? Number(Buffer.from(after, 'base64').toString('utf8')) : 0;
    const size = Math.min(first ?? 50, 50);
    const slice = items.slice(start, start + size);
    const cursor = (i) => Buffer.from(String(i + 1)).toString('base64');
    const edges = slice.map((node, i) => ({ node, cursor: cursor(start + i) }));
    return {
      edges,
      nodes: slice,
      pageInfo: {
        hasNextPage: start + size < items.length,
        hasPreviousPage: start > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  };
}

const statuses = {
  planned: { id: '1', key: 'planned', name: tf({ fr: 'Prévu', ar: 'مبرمج' }), progress: 0 },
  works: { id: '2', key: 'in_progress', name: tf({ fr: 'En travaux', ar: 'في طور الإنجاز' }, { en: 'Under construction' }), progress: 50 },
  done: { id: '3', key: 'completed', name: tf({ fr: 'Terminé', ar: 'منجز' }), progress: 100 },
};

function result(id, fields) {
  const r = {
    id: String(id),
    reference: `CASA-RESU-2026-01-${id}`,
    weight: Number(id),
    startDate: null,
    endDate: null,
    progress: null,
    externalId: null,
    childrenCount: 0,
    children: [],
    parent: null,
    status: null,
    createdAt: '2026-01-15T10:00:00+00:00',
    updatedAt: '2026-10-20T10:00:00+00:00',
    url: `${componentUrl(10)}results/${id}`,
    timelineEntries: [],
    ...fields,
  };
  r.milestones = r.timelineEntries;
  return r;
}

const entry = (id, entryDate, title, description) => ({ id: String(id), entryDate, title: title && tf(title), description: tf(description), createdAt: null, updatedAt: null });

const results = [
  result(1, {
    title: tf({ fr: 'Éclairage public du quartier Al Amal', ar: 'الإنارة العمومية لحي الأمل' }, { en: 'Street lighting in Al Amal' }),
    description: tf({ fr: '<p>Remplacer les <strong>lampadaires</strong> par des LED.</p><p>Deux tranches.</p>' }),
    startDate: '2026-02-01',
    endDate: '2026-12-31',
    progress: 60,
    status: statuses.works,
    timelineEntries: [entry(1, '2026-03-01', { fr: 'Appel d’offres' }, { fr: 'Appel d’offres publié' }), entry(2, '2026-06-15', { fr: 'Première tranche' }, { fr: 'Première tranche posée' })],
  }),
  result(2, { title: tf({ fr: 'Tranche 1 : avenue principale' }), progress: 100, status: statuses.done, startDate: '2026-02-01', endDate: '2026-06-15' }),
  result(3, { title: tf({ fr: 'Tranche 2 : ruelles' }), progress: 20, status: statuses.works }),
  result(4, {
    title: tf({ fr: 'Aire de jeux du jardin municipal', ar: 'فضاء ألعاب الحديقة البلدية' }),
    description: tf({ fr: 'Jeux pour enfants et bancs.' }),
    progress: 0,
    status: statuses.planned,
    startDate: '2027-01-01',
  }),
  result(5, { title: tf({ fr: 'Bibliothèque de quartier' }), description: tf({ fr: 'Ouverte le samedi.' }), progress: 100, status: statuses.done, endDate: '2026-05-30' }),
];
results[1].parent = results[0];
results[2].parent = results[0];
results[0].children = [results[1], results[2]];
results[0].childrenCount = 2;

const meetings = [
  {
    id: '21',
    reference: 'CASA-MEET-2026-12-21',
    title: tf({ fr: 'Réunion publique : éclairage', ar: 'اجتماع عمومي: الإنارة' }),
    description: tf({ fr: '<p>Présentation du projet et questions.</p>' }),
    startTime: '2026-12-10T17:00:00+00:00',
    endTime: '2026-12-10T19:00:00+00:00',
    typeOfMeeting: 'in_person',
    address: 'Maison des jeunes, rue 12, Casablanca',
    location: tf({ fr: 'Maison des jeunes' }),
    locationHints: tf({ fr: 'Salle 2' }),
    latitude: 33.5731,
    longitude: -7.5898,
    onlineMeetingUrl: '',
    registrationsEnabled: true,
    remainingSlots: 12,
    agenda: {
      id: '1',
      title: tf({ fr: 'Ordre du jour' }),
      items: [
        { id: '1', position: 0, duration: 30, title: tf({ fr: 'Présentation' }), items: [{ id: '3', position: 0, duration: 0, title: tf({ fr: 'Le quartier en chiffres' }), items: [] }] },
        { id: '2', position: 1, duration: 60, title: tf({ fr: 'Questions du public' }), items: [] },
      ],
    },
  },
  {
    id: '22',
    reference: 'CASA-MEET-2026-12-22',
    title: tf({ fr: 'Atelier en ligne : budget 2027' }),
    startTime: '2026-12-15T18:00:00+00:00',
    endTime: '2026-12-15T19:30:00+00:00',
    typeOfMeeting: 'online',
    onlineMeetingUrl: 'https://visio.example.org/budget-2027',
    registrationsEnabled: true,
    remainingSlots: 0,
  },
  {
    id: '23',
    reference: 'CASA-MEET-2026-11-23',
    title: tf({ fr: 'Forum des associations' }),
    startTime: '2026-11-20T09:00:00+00:00',
    endTime: '2026-11-20T12:00:00+00:00',
    typeOfMeeting: 'hybrid',
    address: 'Hôtel de ville',
    location: tf({ fr: 'Hôtel de ville' }),
    latitude: 33.59,
    longitude: -7.61,
    onlineMeetingUrl: 'https://visio.example.org/forum',
    withdrawn: true,
  },
  {
    id: '24',
    reference: 'CASA-MEET-2026-10-24',
    title: tf({ fr: 'Bilan du budget participatif 2025' }),
    startTime: '2026-10-05T17:00:00+00:00',
    endTime: '2026-10-05T19:00:00+00:00',
    typeOfMeeting: 'in_person',
    address: 'Centre culturel',
    location: tf({ fr: 'Centre culturel' }),
    latitude: 33.58,
    longitude: -7.6,
    onlineMeetingUrl: '',
    closed: true,
    closingReport: tf({ fr: '<p>Douze projets présentés, trois retenus.</p>' }),
    attendeeCount: 85,
  },
].map((m) => ({
  closed: false,
  withdrawn: false,
  privateMeeting: false,
  transparent: true,
  registrationsEnabled: false,
  registrationFormEnabled: false,
  remainingSlots: null,
  attendeeCount: null,
  agenda: null,
  closingReport: null,
  videoUrl: null,
  audioUrl: null,
  description: null,
  address: null,
  location: null,
  locationHints: null,
  latitude: null,
  longitude: null,
  createdAt: '2026-09-01T10:00:00+00:00',
  updatedAt: '2026-10-01T10:00:00+00:00',
  ...m,
  isWithdrawn: m.withdrawn ?? false,
  withdrawnAt: m.withdrawn ? '2026-11-10T10:00:00+00:00' : null,
  url: `${componentUrl(11)}meetings/${m.id}`,
  // Decidim's resolver returns [latitude, longitude] as they are, nulls included.
  coordinates: { latitude: m.latitude ?? null, longitude: m.longitude ?? null },
}));

const proposals = [
  { id: '31', reference: 'CASA-PROP-2026-03-31', title: tf({ fr: 'Plus de bancs au jardin' }), state: 'accepted', answer: tf({ fr: 'Retenue : intégrée à l’aire de jeux.' }), answeredAt: '2026-04-02T10:00:00+00:00' },
  { id: '32', reference: 'CASA-PROP-2026-03-32', title: tf({ fr: 'Piscine municipale' }), state: 'rejected', answer: tf({ fr: 'Coût hors du budget participatif.' }), answeredAt: '2026-04-02T10:00:00+00:00' },
  { id: '33', reference: 'CASA-PROP-2026-03-33', title: tf({ fr: 'Pistes cyclables' }, { en: 'Cycle lanes' }), state: 'evaluating', answer: null, answeredAt: null },
  // Withdrawn by its author: not an outcome (0.27 kept "withdrawn" as a state, later releases a flag).
  { id: '34', reference: 'CASA-PROP-2026-03-34', title: tf({ fr: 'Marché nocturne' }), state: null, withdrawn: true, withdrawnAt: '2026-03-20T10:00:00+00:00' },
  // Rejected without an answer text: the outcomes contract needs a reason, so the widget skips and counts it.
  { id: '35', reference: 'CASA-PROP-2026-03-35', title: tf({ fr: 'Parking souterrain' }), state: 'rejected', answer: tf({}), answeredAt: '2026-04-03T10:00:00+00:00' },
  { id: '36', reference: 'CASA-PROP-2026-03-36', title: tf({ fr: 'Fontaine publique' }), state: null, answer: null, answeredAt: null, voteCount: 3 },
].map((p) => proposal(p, 12));

function proposal(p, componentId) {
  return {
    body: null,
    address: null,
    coordinates: null,
    publishedAt: '2026-03-01T10:00:00+00:00',
    official: false,
    withdrawn: false,
    withdrawnAt: null,
    voteCount: 12,
    answer: null,
    answeredAt: null,
    url: `${componentUrl(componentId)}proposals/${p.id}`,
    ...p,
  };
}

function manyProposals(n) {
  return Array.from({ length: n }, (_, i) =>
    proposal({ id: String(5000 + i), reference: `CASA-PROP-2026-16-${5000 + i}`, title: tf({ fr: `Proposition ${i + 1}` }), state: 'evaluating' }, 16),
  );
}
let proposalMany;

function many(n) {
  return Array.from({ length: n }, (_, i) => result(1000 + i, { title: tf({ fr: `Résultat ${i + 1}` }), progress: i % 101, status: statuses.works, url: `${componentUrl(14)}results/${1000 + i}` }));
}
let manyResults;

export function component(id) {
  switch (String(id)) {
    case '10':
      return { ...base(10, 'Accountability', { fr: 'Suivi des projets', ar: 'تتبع المشاريع' }), results: connection(results) };
    case '11':
      return { ...base(11, 'Meetings', { fr: 'Réunions' }), meetings: connection(meetings) };
    case '12':
      return { ...base(12, 'Proposals', { fr: 'Propositions' }), proposals: connection(proposals) };
    case '16':
      return { ...base(16, 'Proposals', { fr: 'Très nombreuses propositions' }), proposals: connection((proposalMany ??= manyProposals(1100))) };
    case '17': {
      // The answer resolver fails for one proposal: graphql nulls that field and reports an error beside the data.
      const broken = proposals.map((p) =>
        p.id === '31'
          ? {
              ...p,
              get answer() {
                throw new Error('PG::ConnectionBad: could not read the answer');
              },
            }
          : p,
      );
      return { ...base(17, 'Proposals', { fr: 'Propositions (erreur partielle)' }), proposals: connection(broken) };
    }
    case '14':
      return { ...base(14, 'Accountability', { fr: 'Très grand suivi' }), results: connection((manyResults ??= many(10_000))) };
    case '15': {
      const broken = results.map((r) =>
        r.id === '4'
          ? {
              ...r,
              get status() {
                throw new Error('PG::ConnectionBad: could not read the status');
              },
            }
          : r,
      );
      return { ...base(15, 'Accountability', { fr: 'Suivi (erreur partielle)' }), results: connection(broken) };
    }
    default:
      return null; // 13 and any other: unpublished, private or missing answer null
  }
}
