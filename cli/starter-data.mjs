// The starter data of `opengov-widgets init` and of the data desk's "start from the example":
// one source for both (the desk bundles this file; init writes it to disk). Every document
// passes `opengov-widgets validate` (test/cli/init.test.mjs checks the files init writes).
const UPDATED = '2025-01-15T10:00:00+01:00';

export const commitments = {
  updatedAt: UPDATED,
  plan: {
    id: 'pac-2025',
    title: { fr: "Plan d'action de la commune pour un gouvernement ouvert 2025-2027", ar: 'خطة عمل الجماعة للحكومة المنفتحة 2025-2027' },
    period: { start: '2025-01-01', end: '2027-12-31' },
    url: 'https://www.example.org/gouvernement-ouvert',
  },
  commitments: [
    {
      id: 'c-01',
      number: '1',
      title: { fr: 'Publier le budget de la commune en données ouvertes', ar: 'نشر ميزانية الجماعة في شكل معطيات مفتوحة' },
      summary: {
        fr: 'Le budget voté et son exécution sont publiés chaque année sur le site de la commune.',
        ar: 'تنشر الميزانية المصادق عليها وتنفيذها كل سنة على موقع الجماعة.',
      },
      theme: { fr: 'Transparence budgétaire', ar: 'شفافية الميزانية' },
      leadInstitution: { fr: 'Service des finances', ar: 'مصلحة المالية' },
      status: 'substantial',
      statusDate: '2025-01-10',
      start: '2025-01-01',
      end: '2025-12-31',
      milestones: [
        { title: { fr: 'Publier le budget 2025 voté', ar: 'نشر ميزانية 2025 المصادق عليها' }, due: '2025-03-31', status: 'done', completedOn: '2025-03-15' },
        { title: { fr: "Publier l'exécution du budget 2024", ar: 'نشر تنفيذ ميزانية 2024' }, due: '2025-06-30', status: 'in-progress' },
      ],
      url: 'https://www.example.org/budget',
    },
    {
      id: 'c-02',
      number: '2',
      title: { fr: 'Créer un espace de dépôt des propositions citoyennes', ar: 'إحداث فضاء لإيداع مقترحات المواطنات والمواطنين' },
      theme: { fr: 'Participation citoyenne', ar: 'المشاركة المواطنة' },
      leadInstitution: { fr: 'Direction générale des services', ar: 'المديرية العامة للمصالح' },
      status: 'not-started',
      start: '2025-09-01',
      end: '2026-06-30',
      indicators: [{ name: { fr: 'Propositions reçues', ar: 'المقترحات المتوصل بها' }, baseline: 0, target: 100, current: 0 }],
    },
  ],
};

const budgetLines = [
  // code, parent, fr, ar, direction, section, proposed, approved, executed
  ['10', '', 'Recettes de fonctionnement', 'موارد التسيير', 'revenue', 'operating', 52000000, 52000000, 48500000],
  ['10.10', '10', 'Part de la TVA', 'حصة الضريبة على القيمة المضافة', 'revenue', 'operating', 30000000, 30000000, 29000000],
  ['10.20', '10', 'Taxes locales', 'الرسوم المحلية', 'revenue', 'operating', 22000000, 22000000, 19500000],
  ['20', '', 'Dépenses de fonctionnement', 'نفقات التسيير', 'expenditure', 'operating', 40000000, 40000000, 37200000],
  ['20.10', '20', 'Personnel', 'الموظفون', 'expenditure', 'operating', 24000000, 24000000, 23800000],
  ['20.20', '20', 'Éclairage public', 'الإنارة العمومية', 'expenditure', 'operating', 9000000, 9000000, 8100000],
  ['20.30', '20', 'Propreté', 'النظافة', 'expenditure', 'operating', 7000000, 7000000, 5300000],
  ['30', '', "Dépenses d'investissement", 'نفقات التجهيز', 'expenditure', 'investment', 12000000, 12000000, 6400000],
  ['30.10', '30', 'Voirie', 'الطرق', 'expenditure', 'investment', 8000000, 8000000, 4900000],
  ['30.20', '30', 'Espaces verts', 'المساحات الخضراء', 'expenditure', 'investment', 4000000, 4000000, 1500000],
];

export const budget = {
  updatedAt: UPDATED,
  entity: { fr: 'Commune (à renommer)', ar: 'الجماعة (غيّر الاسم)' },
  currency: 'MAD',
  population: 50000,
  years: [
    {
      year: 2025,
      lines: budgetLines.map(([code, parent, fr, ar, direction, section, proposed, approved, executed]) => ({
        code,
        ...(parent ? { parent } : {}),
        label: { fr, ar },
        direction,
        section,
        amounts: { proposed, approved, executed },
      })),
    },
  ],
};

const csvCell = (value) => (/[",\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));
export const budgetCsv =
  [
    'year,code,parent,label_fr,label_ar,direction,section,proposed,approved,executed',
    ...budgetLines.map((line) => [2025, ...line].map(csvCell).join(',')),
  ].join('\n') + '\n';

export const events = {
  updatedAt: UPDATED,
  events: [
    {
      id: 'consultation-budget-2026',
      title: { fr: 'Consultation publique sur le budget 2026', ar: 'استشارة عمومية حول ميزانية 2026' },
      description: {
        fr: 'Présentation du projet de budget et échange avec les habitantes et les habitants.',
        ar: 'تقديم مشروع الميزانية والحوار مع الساكنة.',
      },
      start: '2025-10-15T17:00:00+01:00',
      end: '2025-10-15T19:00:00+01:00',
      mode: 'in-person',
      location: { name: { fr: 'Salle des fêtes de la commune', ar: 'قاعة الحفلات بالجماعة' }, address: { fr: 'Avenue principale', ar: 'الشارع الرئيسي' } },
      status: 'scheduled',
      theme: { fr: 'Budget', ar: 'الميزانية' },
      organizer: { fr: 'Commune', ar: 'الجماعة' },
      registration: { closes: '2025-10-14', url: 'https://www.example.org/inscription', capacity: 80 },
    },
    {
      id: 'atelier-en-ligne-propositions',
      title: { fr: 'Atelier en ligne : rédiger une proposition', ar: 'ورشة عن بعد: كيف تكتب مقترحا' },
      start: '2025-11-05T18:00:00+01:00',
      end: '2025-11-05T19:00:00+01:00',
      mode: 'online',
      onlineUrl: 'https://www.example.org/atelier',
      status: 'scheduled',
    },
  ],
};

export const proposalsForm = {
  open: true,
  closes: '2025-12-31',
  themes: [
    { id: 'mobility', label: { fr: 'Mobilité et voirie', ar: 'التنقل والطرق' } },
    { id: 'environment', label: { fr: 'Environnement et propreté', ar: 'البيئة والنظافة' } },
    { id: 'youth', label: { fr: 'Jeunesse et sport', ar: 'الشباب والرياضة' } },
  ],
  maxLength: { title: 120, problem: 2000, solution: 2000, expectedResult: 1000 },
  privacyNoticeUrl: 'https://www.example.org/donnees-personnelles',
  contact: { required: false },
};

export const poll = {
  id: 'priorites-2026',
  question: { fr: 'Quels projets la commune doit-elle financer en premier ?', ar: 'ما هي المشاريع التي ينبغي أن تمولها الجماعة أولا؟' },
  choices: [
    { id: 'eclairage', label: { fr: 'Éclairage public', ar: 'الإنارة العمومية' } },
    { id: 'routes', label: { fr: 'Routes et trottoirs', ar: 'الطرق والأرصفة' } },
    { id: 'jeunesse', label: { fr: 'Maison des jeunes', ar: 'دار الشباب' } },
  ],
  maxChoices: 2,
  other: { label: { fr: 'Autre (précisez)', ar: 'آخر (حدد)' }, maxLength: 120 },
  opens: '2025-10-01',
  closes: '2025-12-31',
  showResults: 'after-vote',
};

export const pollResults = {
  respondents: 40,
  counts: { eclairage: 22, routes: 18, jeunesse: 15 },
  other: 3,
  channels: [
    { id: 'meeting', label: { fr: 'Pendant la réunion', ar: 'خلال اللقاء' }, respondents: 15, counts: { eclairage: 9, routes: 6, jeunesse: 5 }, other: 1 },
    { id: 'online', label: { fr: 'En ligne', ar: 'عبر الإنترنت' }, respondents: 25, counts: { eclairage: 13, routes: 12, jeunesse: 10 }, other: 2 },
  ],
  updated: '2025-10-15T18:00:00+01:00',
};

export const complaint = {
  reference: 'EX-2025-000001',
  status: 'in-progress',
  category: { fr: 'Éclairage public — lampadaire en panne', ar: 'الإنارة العمومية — عمود إنارة معطل' },
  agency: { fr: 'Service technique', ar: 'المصلحة التقنية' },
  submittedAt: '2025-01-06T10:00:00+01:00',
  updatedAt: '2025-01-08T09:00:00+01:00',
  dueAt: '2025-02-05',
  history: [
    { at: '2025-01-06T10:00:00+01:00', status: 'received' },
    {
      at: '2025-01-08T09:00:00+01:00',
      status: 'in-progress',
      note: { fr: 'Réclamation transmise au service technique.', ar: 'أحيلت الشكاية على المصلحة التقنية.' },
    },
  ],
};

export const records = [
  { ...complaint, secret: 'K7QF-2M9X' },
  {
    reference: 'EX-2025-000002',
    secret: 'P4TR-8WHD',
    status: 'answered',
    category: { fr: 'Propreté — collecte des déchets', ar: 'النظافة — جمع النفايات' },
    agency: { fr: 'Service de la propreté', ar: 'مصلحة النظافة' },
    submittedAt: '2025-01-03T08:15:00+01:00',
    updatedAt: '2025-01-10T16:30:00+01:00',
    history: [
      { at: '2025-01-03T08:15:00+01:00', status: 'received' },
      { at: '2025-01-10T16:30:00+01:00', status: 'answered' },
    ],
    answer: { fr: 'Un passage de collecte supplémentaire a été ajouté dans votre quartier.', ar: 'تمت إضافة ممر إضافي لجمع النفايات بحيكم.' },
  },
];

// The ten follow-up steps of consultation 004 (Oujda, 2023): from a proposal to a commitment.
const OUTCOME_STAGES = [
  ['published', 'Publication des propositions sur le portail', 'نشر الأفكار والمقترحات على البوابة'],
  ['reviewed', 'Examen de la clarté et de la précision', 'مراجعة المقترحات من حيث الوضوح والدقة'],
  ['grouped', 'Regroupement par institution concernée', 'تجميع المقترحات حسب المؤسسة المعنية'],
  ['shared', 'Transmission aux institutions et réunions de coordination', 'إحالة المقترحات على المؤسسات واجتماعات التنسيق'],
  ['studied', 'Étude par les institutions selon les critères', 'دراسة المؤسسات للمقترحات وفق المعايير'],
  ['drafted', 'Liste provisoire d’engagements partagée avec la société civile', 'مشاركة اللائحة الأولية للالتزامات مع المجتمع المدني'],
  ['coordinated', 'Activités fixées avec les institutions et la société civile', 'اجتماعات تنسيقية لتحديد الأنشطة'],
  ['detailed', 'Fiches détaillées des engagements', 'إعداد البطاقات التفصيلية للالتزامات'],
  ['consulted', 'Consultation publique sur les engagements proposés', 'الاستشارة العمومية حول الالتزامات المقترحة'],
  ['outcome', 'Publication du sort de chaque proposition, avec ses raisons', 'نشر مآل كل اقتراح مع تعليل ما لم يقبل'],
];

export const proposalOutcomes = {
  updatedAt: UPDATED,
  consultations: [{ id: 'concertation-2025', title: { fr: 'Concertation sur le plan d’action de la commune', ar: 'لقاء تشاوري حول خطة عمل الجماعة' }, date: '2024-11-20' }],
  stages: OUTCOME_STAGES.map(([id, fr, ar]) => ({ id, title: { fr, ar } })),
  // The page that shows <og-commitment-tracker>: commitments link to it (#og-commitment=<id>).
  trackerUrl: 'https://www.example.org/gouvernement-ouvert',
  proposals: [
    {
      reference: 'P-2024-0001',
      consultation: 'concertation-2025',
      title: { fr: 'Publier le budget de la commune chaque année', ar: 'نشر ميزانية الجماعة كل سنة' },
      theme: { fr: 'Transparence budgétaire', ar: 'شفافية الميزانية' },
      receivedOn: '2024-11-20',
      stage: 'outcome',
      stageDates: [
        { stage: 'published', date: '2024-11-25' },
        { stage: 'outcome', date: '2025-01-10' },
      ],
      institution: { fr: 'Service des finances', ar: 'مصلحة المالية' },
      decision: 'accepted',
      decidedOn: '2025-01-10',
      commitment: { id: 'c-01', title: { fr: 'Publier le budget de la commune en données ouvertes', ar: 'نشر ميزانية الجماعة في شكل معطيات مفتوحة' } },
    },
    {
      reference: 'P-2024-0002',
      consultation: 'concertation-2025',
      title: { fr: 'Construire un nouveau stade', ar: 'بناء ملعب جديد' },
      theme: { fr: 'Équipements', ar: 'التجهيزات' },
      receivedOn: '2024-11-20',
      stage: 'outcome',
      decision: 'out-of-scope',
      decidedOn: '2025-01-10',
      // Required when the decision is partly-accepted, not-accepted or out-of-scope.
      reason: {
        fr: 'Un investissement relève du programme d’action de la commune, pas du plan de gouvernement ouvert. Transmis au service des équipements.',
        ar: 'الاستثمار من اختصاص برنامج عمل الجماعة وليس خطة الحكومة المنفتحة. أحيل الاقتراح على مصلحة التجهيزات.',
      },
    },
    {
      reference: 'P-2024-0003',
      consultation: 'concertation-2025',
      title: { fr: 'Un registre en ligne des propositions', ar: 'سجل إلكتروني للمقترحات' },
      theme: { fr: 'Participation citoyenne', ar: 'المشاركة المواطنة' },
      receivedOn: '2024-11-20',
      stage: 'studied',
      institution: { fr: 'Direction générale des services', ar: 'المديرية العامة للمصالح' },
    },
  ],
};

// Morocco's fixed-date public holidays. The religious ones (Eid al-Fitr, Eid al-Adha, 1 Muharram,
// the Prophet's birthday) follow the lunar calendar: the commune adds their dates each year, when
// they are announced, as it adds any holiday the government declares.
const FIXED_HOLIDAYS = [
  ['01-01', 'Nouvel an', 'رأس السنة الميلادية', 'New Year’s Day'],
  ['01-11', 'Manifeste de l’indépendance', 'ذكرى تقديم وثيقة الاستقلال', 'Independence Manifesto Day'],
  ['01-14', 'Nouvel an amazigh', 'رأس السنة الأمازيغية', 'Amazigh New Year'],
  ['05-01', 'Fête du travail', 'عيد الشغل', 'Labour Day'],
  ['07-30', 'Fête du trône', 'عيد العرش', 'Throne Day'],
  ['08-14', 'Allégeance de Oued Eddahab', 'ذكرى استرجاع إقليم وادي الذهب', 'Oued Ed-Dahab Day'],
  ['08-20', 'Révolution du roi et du peuple', 'ذكرى ثورة الملك والشعب', 'Revolution of the King and the People'],
  ['08-21', 'Fête de la jeunesse', 'عيد الشباب', 'Youth Day'],
  ['11-06', 'Marche verte', 'ذكرى المسيرة الخضراء', 'Green March Day'],
  ['11-18', 'Fête de l’indépendance', 'عيد الاستقلال', 'Independence Day'],
];

/**
 * The commune's working calendar (calendar.json): weekend, public holidays, and the time limit
 * of each kind of file. The limits are the commune's to state (nothing is assumed by the widget):
 * the starter leaves them empty; the demo data states the ones it uses.
 */
export const calendar = {
  weekend: ['saturday', 'sunday'],
  holidays: ['2026', '2027'].flatMap((year) => FIXED_HOLIDAYS.map(([day, fr, ar, en]) => ({ date: `${year}-${day}`, name: { fr, ar, en } }))),
  rules: {},
};

/** The starter document of each resource the desk edits, by resource name (src/schemas.ts). */
export const STARTER_DOCUMENTS = {
  commitments,
  budget,
  events,
  'proposals-form': proposalsForm,
  'proposal-outcomes': proposalOutcomes,
  poll,
  'poll-results': pollResults,
  complaint,
  'complaint-records': records,
  calendar,
};

