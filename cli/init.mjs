// `opengov-widgets init <dir> [--force] [--locale en|fr|ar]`
//
// Writes a starter data folder a commune can edit: one example file per widget, texts in
// Arabic and French, and a README.txt (French and Arabic) telling which widget reads which
// file and how to check it. Refuses to replace existing files unless --force.
// Every file it writes passes `opengov-widgets validate` (test/cli/init.test.mjs checks it).
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { message, LOCALES } from './messages.mjs';
import { parseOrExplain, UsageError } from './usage.mjs';

export const usage = 'init <dir> [--force] [--locale en|fr|ar]';
export const summary = 'write a starter data folder (one example file per widget, in Arabic and French) to edit';


const UPDATED = '2025-01-15T10:00:00+01:00';

const commitments = {
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

const budget = {
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
const budgetCsv =
  [
    'year,code,parent,label_fr,label_ar,direction,section,proposed,approved,executed',
    ...budgetLines.map((line) => [2025, ...line].map(csvCell).join(',')),
  ].join('\n') + '\n';

const events = {
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

const proposalsForm = {
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

const poll = {
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

const pollResults = {
  respondents: 40,
  counts: { eclairage: 22, routes: 18, jeunesse: 15 },
  other: 3,
  channels: [
    { id: 'meeting', label: { fr: 'Pendant la réunion', ar: 'خلال اللقاء' }, respondents: 15, counts: { eclairage: 9, routes: 6, jeunesse: 5 }, other: 1 },
    { id: 'online', label: { fr: 'En ligne', ar: 'عبر الإنترنت' }, respondents: 25, counts: { eclairage: 13, routes: 12, jeunesse: 10 }, other: 2 },
  ],
  updated: '2025-10-15T18:00:00+01:00',
};

const complaint = {
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

const records = [
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

const readme = `DONNÉES OUVERTES DE LA COMMUNE — fichiers de départ pour opengov-widgets
=====================================================================

Chaque fichier est lu par un widget. Remplacez les exemples par vos données
(textes en arabe "ar" et en français "fr" ; vous pouvez ajouter "zgh" et "en").

  commitments.json            <og-commitment-tracker>    engagements du plan d'action
  budget.json                 <og-budget-chart>          budget par année (lignes, montants en MAD)
  budget.csv                  <og-budget-chart>          le même budget en CSV (tableur), au choix
  events.json                 <og-consultation-calendar> consultations et réunions publiques
  proposals/form.json         <og-proposal-form>         réglages du formulaire de propositions
  polls/priorites-2026.json   <og-poll poll="priorites-2026"> un sondage (question, réponses, règles)
  polls/priorites-2026/results.json <og-poll>            ses résultats (ou fournis par votre serveur)
  complaints/EX-2025-000001.json <og-complaint-status>   une réclamation (format JSON : un fichier par référence)
  private/complaint-records.json                         réclamations AVEC leur code secret, pour
                                                          "npx opengov-widgets complaints publish"

Mettez ce dossier en ligne (sauf private/) et indiquez son adresse aux widgets :
  <og-commitment-tracker api="https://votre-site.ma/donnees/"></og-commitment-tracker>

NE METTEZ JAMAIS LE DOSSIER private/ EN LIGNE : il contient les codes secrets.
Pour le format "static" sans serveur :
  npx opengov-widgets complaints publish private/complaint-records.json complaints-static

Vérifier un fichier après chaque modification :
  npx opengov-widgets validate commitments.json --locale fr
La commande liste chaque problème avec son emplacement (par exemple
commitments[3].status) et dit combien d'éléments le widget affichera ou ignorera.

Dates : AAAA-MM-JJ (2025-10-15). Date et heure : 2025-10-15T17:00:00+01:00.
Liens : seulement https:, http:, mailto: et tel:.


البيانات المفتوحة للجماعة — ملفات أولية لأدوات opengov-widgets
==================================================================

كل ملف تقرؤه أداة. عوّض الأمثلة بمعطياتكم
(النصوص بالعربية "ar" وبالفرنسية "fr"؛ يمكن إضافة "zgh" و"en").

  commitments.json            <og-commitment-tracker>    التزامات خطة العمل
  budget.json                 <og-budget-chart>          الميزانية حسب السنة (البنود والمبالغ بالدرهم)
  budget.csv                  <og-budget-chart>          نفس الميزانية بصيغة CSV (جدول)، حسب الاختيار
  events.json                 <og-consultation-calendar> الاستشارات واللقاءات العمومية
  proposals/form.json         <og-proposal-form>         إعدادات استمارة المقترحات
  polls/priorites-2026.json   <og-poll poll="priorites-2026"> استطلاع (السؤال والأجوبة والقواعد)
  polls/priorites-2026/results.json <og-poll>            نتائجه (أو يقدمها خادمكم)
  complaints/EX-2025-000001.json <og-complaint-status>   شكاية (صيغة JSON: ملف لكل مرجع)
  private/complaint-records.json                         الشكايات مع رمزها السري، للأمر
                                                          "npx opengov-widgets complaints publish"

انشروا هذا المجلد على موقعكم (باستثناء private/) وأعطوا عنوانه للأدوات:
  <og-commitment-tracker api="https://votre-site.ma/donnees/"></og-commitment-tracker>

لا تنشروا أبدا المجلد private/ على الأنترنت: فيه الرموز السرية.

للتحقق من ملف بعد كل تعديل:
  npx opengov-widgets validate commitments.json --locale ar
يعرض الأمر كل مشكل مع مكانه (مثلا commitments[3].status) وعدد العناصر التي ستعرضها الأداة أو تتجاهلها.

التواريخ: YYYY-MM-DD (2025-10-15). التاريخ والساعة: 2025-10-15T17:00:00+01:00.
الروابط: فقط https: و http: و mailto: و tel:.
`;

const json = (value) => JSON.stringify(value, null, 2) + '\n';

/** The files `init` writes: relative path → content. Exported for the tests. */
export const STARTER_FILES = {
  'README.txt': readme,
  'commitments.json': json(commitments),
  'budget.json': json(budget),
  'budget.csv': budgetCsv,
  'events.json': json(events),
  'proposals/form.json': json(proposalsForm),
  'polls/priorites-2026.json': json(poll),
  'polls/priorites-2026/results.json': json(pollResults),
  'complaints/EX-2025-000001.json': json(complaint),
  'private/complaint-records.json': json(records),
  // Apache (most shared hosts): refuse to serve the folder if it is uploaded by mistake.
  'private/.htaccess': 'Require all denied\n',
};

/** The data files among them (what `validate` checks). */
export const DATA_FILES = Object.keys(STARTER_FILES).filter((file) => /\.(json|csv)$/.test(file));

function parseArgs(args) {
  const positional = [];
  let force = false;
  let locale = 'en';
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith('--') ? args[i].split(/=(.*)/s) : [args[i]];
    if (flag === '--force') force = true;
    else if (flag === '--locale') {
      locale = inline ?? args[++i];
      if (!LOCALES.includes(locale)) throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}`);
    } else if (flag.startsWith('--')) throw new UsageError(`unknown option ${flag}`);
    else positional.push(flag);
  }
  if (positional.length !== 1) throw new UsageError('expected one folder');
  return { dir: positional[0], force, locale };
}

const exists = (path) => stat(path).then(() => true, (error) => (error.code === 'ENOENT' ? false : Promise.reject(error)));

/** Writes the starter folder; returns the files written, or `{ existing }` when one is there already. */
export async function init({ dir, force = false }) {
  const paths = Object.keys(STARTER_FILES);
  if (!force) {
    for (const file of paths) if (await exists(join(dir, file))) return { existing: file };
  }
  for (const file of paths) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), STARTER_FILES[file]);
  }
  return { written: paths };
}

export async function run(args, io = { out: console.log, err: console.error }) {
  const options = parseOrExplain(parseArgs, args, usage, io);
  if (!options) return 2;
  const { dir, locale } = options;
  const result = await init(options);
  if (result.existing) {
    io.err(message(locale, 'init.exists', { file: join(dir, result.existing) }));
    return 1;
  }
  io.out([message(locale, 'init.wrote', { count: result.written.length, dir }), ...result.written.map((file) => `  ${join(dir, file)}`), message(locale, 'init.next')].join('\n'));
  return 0;
}
