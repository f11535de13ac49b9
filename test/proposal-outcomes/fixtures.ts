/** A consultation whose proposals cover every decision (and one still examined) and every stage. */
export const STAGES = [
  { id: 'published', title: { en: 'Published', fr: 'Publiées', ar: 'نشر المقترحات' } },
  { id: 'reviewed', title: { en: 'Reviewed', fr: 'Examinées', ar: 'المراجعة' } },
  { id: 'studied', title: { en: 'Studied by the institutions', fr: 'Étudiées par les institutions', ar: 'الدراسة' } },
  { id: 'outcome', title: { en: 'Outcome published', fr: 'Sort publié', ar: 'نشر المآل' } },
];

export function outcomesDocument(overrides: Record<string, unknown> = {}) {
  return {
    updatedAt: '2024-03-01T10:00:00+01:00',
    consultations: [{ id: 'oujda-2023', title: { en: 'Oujda consultation', fr: 'Concertation d’Oujda', ar: 'لقاء وجدة التشاوري' }, date: '2023-10-19' }],
    stages: STAGES,
    proposals: [
      {
        reference: 'P-2023-0001',
        consultation: 'oujda-2023',
        title: { en: 'Publish council decisions online', fr: 'Publier les délibérations en ligne', ar: 'نشر مقررات المجلس' },
        theme: { en: 'Transparency', fr: 'Transparence', ar: 'الشفافية' },
        stage: 'outcome',
        stageDates: [
          { stage: 'published', date: '2023-11-01' },
          { stage: 'outcome', date: '2024-02-20' },
        ],
        institution: { en: 'Commune of Oujda', fr: 'Commune d’Oujda' },
        decision: 'accepted',
        decidedOn: '2024-02-20',
        commitment: { id: 'c-18', title: { en: 'Open commune', fr: 'Commune ouverte' } },
        supports: 34,
      },
      {
        reference: 'P-2023-0002',
        title: { en: 'A participatory budget', fr: 'Un budget participatif' },
        theme: { en: 'Participation', fr: 'Participation' },
        stage: 'outcome',
        decision: 'partly-accepted',
        reason: { en: 'Kept for two districts first.', fr: 'Retenu d’abord pour deux quartiers.' },
        commitment: { id: 'c-19' },
      },
      {
        reference: 'P-2023-0003',
        title: { en: 'Budget workshops with associations' },
        theme: { en: 'Participation', fr: 'Participation' },
        stage: 'outcome',
        decision: 'merged',
        mergedInto: 'P-2023-0002',
      },
      {
        reference: 'P-2023-0004',
        title: { en: 'Free wifi in every street' },
        theme: { en: 'Digital inclusion', fr: 'Inclusion numérique' },
        stage: 'outcome',
        decision: 'not-accepted',
        reason: { en: 'The cost is beyond the commune’s budget for this plan.', fr: 'Le coût dépasse le budget de la commune pour ce plan.' },
      },
      {
        reference: 'P-2023-0005',
        title: { en: 'Change the national school calendar' },
        stage: 'reviewed',
        decision: 'out-of-scope',
        reason: { en: 'A national matter, not the commune’s.' },
      },
      {
        reference: 'P-2023-0006',
        title: { en: 'Kiosks to help people with online services' },
        theme: { en: 'Digital inclusion', fr: 'Inclusion numérique' },
        stage: 'studied',
        institution: { en: 'Digital Development Agency' },
      },
      { reference: 'P-2023-0007', title: { en: 'A noticeboard in each district' }, stage: 'published' },
    ],
    ...overrides,
  };
}
