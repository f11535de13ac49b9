/** A small plan with every field the tracker shows, in several languages. */
export function planDocument(overrides: Record<string, unknown> = {}) {
  return {
    updatedAt: '2024-01-15T10:00:00+01:00',
    plan: {
      id: 'nap2',
      title: { ar: 'خطة العمل الوطنية الثانية', fr: "Deuxième plan d'action national", en: 'Second national action plan' },
      period: { start: '2021-01-01', end: '2023-12-31' },
      url: 'https://gouvernement-ouvert.example.ma/pan2',
    },
    commitments: [
      {
        id: 'c-01',
        number: '1',
        title: { ar: 'نشر الميزانية', fr: 'Publier le budget', en: 'Publish the budget', zgh: 'ⵙⵙⵓⴼⵖ ⵜⴰⵙⵏⴼⵍⵓⵜ' },
        theme: { fr: 'Transparence', en: 'Transparency', ar: 'الشفافية' },
        leadInstitution: { fr: 'Ministère des Finances', en: 'Ministry of Finance', ar: 'وزارة المالية' },
        status: 'substantial',
        progress: 60,
        statusDate: '2023-06-30',
        description: { en: 'Budget documents online.', fr: 'Documents budgétaires en ligne.' },
        objectives: [{ en: 'Open data', fr: 'Données ouvertes' }],
        milestones: [
          { title: { en: 'Portal online' }, due: '2022-06-30', status: 'done', completedOn: '2022-05-02', weight: 1 },
          { title: { en: 'Citizen budget' }, due: '2023-03-31', status: 'pending', weight: 1 },
        ],
        indicators: [{ name: { en: 'Documents published' }, unit: { en: '%' }, baseline: 0, target: 100, current: 40 }],
        updates: [{ date: '2023-02-01', text: { en: 'Citizen budget drafted.' }, url: 'https://example.org/update' }],
        url: 'https://example.org/c-01',
        feedbackUrl: 'mailto:pan@example.ma',
      },
      {
        id: 'c-02',
        number: '2',
        title: { fr: 'Registre des associations', en: 'Register of associations' },
        theme: { fr: 'Participation', en: 'Participation' },
        status: 'complete',
        milestones: [
          { title: { en: 'Law' }, status: 'done', weight: 1 },
          { title: { en: 'Register' }, status: 'done', weight: 3 },
        ],
      },
      {
        id: 'c-03',
        number: '3',
        title: { ar: 'مواصلة تفعيل الاستراتيجية الرقمية', en: 'Digital strategy' },
        theme: { fr: 'Transparence', en: 'Transparency' },
        status: 'ongoing',
        milestones: [
          { title: { en: 'Step A' }, status: 'done', weight: 1 },
          { title: { en: 'Step B' }, status: 'pending', weight: 3 },
        ],
      },
    ],
    ...overrides,
  };
}
