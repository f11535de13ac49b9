import type { EventInput } from '../../src/consultation-calendar/schema.js';

/** One event with defaults, for tests. */
export function event(patch: Partial<EventInput> & Record<string, unknown> = {}): EventInput {
  return {
    id: 'e1',
    title: { fr: 'Réunion', en: 'Meeting' },
    start: '2026-12-10T16:00:00+00:00',
    end: '2026-12-10T18:30:00+00:00',
    ...patch,
  } as EventInput;
}

/** A small document in the contract's shape, from the source documents' meetings. */
export function eventsDocument(patch: Record<string, unknown> = {}) {
  return {
    updatedAt: '2026-11-20T10:00:00+00:00',
    events: [
      event({
        id: 'oujda-2023',
        title: { ar: 'اللقاء التشاوري الثاني للصياغة التشاركية لخطة العمل الوطنية الثالثة للحكومة المنفتحة', fr: 'Deuxième rencontre de concertation (Oriental)', en: 'Second consultation meeting (Oriental region)' },
        start: '2023-10-19T09:00:00+01:00',
        end: '2023-10-19T15:30:00+01:00',
        mode: 'in-person',
        location: { name: { fr: 'Dar El Kahraba', ar: 'دار الكهرباء' }, address: { fr: 'Oujda', ar: 'وجدة' } },
        status: 'completed',
        theme: { fr: 'Gouvernement ouvert', en: 'Open government', ar: 'الحكومة المنفتحة' },
        registration: { opens: '2023-09-22', closes: '2023-10-06' },
        agenda: [
          { start: '2023-10-19T09:00:00+01:00', end: '2023-10-19T09:30:00+01:00', title: { fr: 'Accueil et inscription', en: 'Welcome and registration' } },
          { start: '2023-10-19T11:50:00+01:00', end: '2023-10-19T14:30:00+01:00', title: { fr: 'Ateliers thématiques parallèles', en: 'Parallel thematic workshops' } },
        ],
        outcome: { summary: { fr: 'Propositions publiées sur le portail.', en: 'Proposals published on the portal.' }, reportUrl: 'https://gouvernement-ouvert.example.ma/rapport-oujda.pdf', participants: { total: 60, women: 27, men: 33 } },
      }),
      event({
        id: 'online-2020',
        title: { ar: 'اللقاء التشاوري حول الإبتكار والحكامة الرقمية', fr: "Consultation sur l'innovation et la gouvernance numérique", en: 'Consultation on innovation and digital governance' },
        start: '2020-10-16T17:00:00+01:00',
        end: undefined,
        mode: 'online',
        status: 'completed',
        registration: { registered: 179 },
        outcome: { participants: { total: 43 } },
      }),
      event({
        id: 'budget-2027',
        title: { fr: 'Réunion publique : budget participatif 2027', en: 'Public meeting: 2027 participatory budget', ar: 'لقاء عمومي: الميزانية التشاركية 2027' },
        start: '2026-12-10T16:00:00+00:00',
        end: '2026-12-10T18:30:00+00:00',
        mode: 'in-person',
        location: { name: { fr: 'Salle des délibérations', en: 'Council chamber' }, lat: 34.6826, lon: -1.9078 },
        theme: { fr: 'Budget participatif', en: 'Participatory budget' },
        registration: { opens: '2026-11-15T09:00:00+00:00', closes: '2026-12-08T23:59:00+00:00', url: 'https://www.example.ma/inscription', capacity: 120, registered: 74 },
      }),
      event({
        id: 'cancelled-2026',
        title: { fr: 'Réunion de quartier : éclairage public', en: 'Neighbourhood meeting: street lighting' },
        start: '2026-12-01T18:00:00+00:00',
        end: '2026-12-01T19:30:00+00:00',
        mode: 'in-person',
        location: { name: 'Centre socioculturel' },
        status: 'cancelled',
      }),
    ] as EventInput[],
    ...patch,
  };
}
