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
import { budget, budgetCsv, calendar, commitments, complaint, events, poll, pollResults, proposalOutcomes, proposalsForm, records } from './starter-data.mjs';

export const usage = 'init <dir> [--force] [--locale en|fr|ar]';
export const summary = 'write a starter data folder (one example file per widget, in Arabic and French) to edit';

const readme = `DONNÉES OUVERTES DE LA COMMUNE — fichiers de départ pour opengov-widgets
=====================================================================

Chaque fichier est lu par un widget. Remplacez les exemples par vos données
(textes en arabe "ar" et en français "fr" ; vous pouvez ajouter "zgh" et "en").

  commitments.json            <og-commitment-tracker>    engagements du plan d'action
  budget.json                 <og-budget-chart>          budget par année (lignes, montants en MAD)
  budget.csv                  <og-budget-chart>          le même budget en CSV (tableur), au choix
  events.json                 <og-consultation-calendar> consultations et réunions publiques
  proposals/form.json         <og-proposal-form>         réglages du formulaire de propositions
  proposals/outcomes.json     <og-proposal-outcomes>     ce que devient chaque proposition (étapes, décision, raison)
  polls/priorites-2026.json   <og-poll poll="priorites-2026"> un sondage (question, réponses, règles)
  polls/priorites-2026/results.json <og-poll>            ses résultats (ou fournis par votre serveur)
  complaints/EX-2025-000001.json <og-complaint-status>   une réclamation (format JSON : un fichier par référence)
  calendar.json               <og-complaint-status calendar="calendar.json">  week-end, jours fériés et
                                                          délais par type de dossier (jours ouvrables) ;
                                                          ajoutez chaque année les fêtes religieuses, et
                                                          dans "rules" les délais que fixent vos textes
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

Dates : AAAA-MM-JJ (2025-10-15). Date et heure avec le décalage en vigueur à cette date : 2026-12-10T17:00:00+00:00.
Au Maroc : +00:00 depuis le 20 septembre 2026 (avant : +01:00, et +00:00 pendant le Ramadan).
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
  proposals/outcomes.json     <og-proposal-outcomes>     مآل كل اقتراح (المراحل والقرار والسبب)
  polls/priorites-2026.json   <og-poll poll="priorites-2026"> استطلاع (السؤال والأجوبة والقواعد)
  polls/priorites-2026/results.json <og-poll>            نتائجه (أو يقدمها خادمكم)
  complaints/EX-2025-000001.json <og-complaint-status>   شكاية (صيغة JSON: ملف لكل مرجع)
  calendar.json               <og-complaint-status calendar="calendar.json">  العطلة الأسبوعية والعطل الرسمية
                                                          وآجال كل نوع من الملفات (أيام العمل)؛ أضيفوا كل سنة
                                                          تواريخ الأعياد الدينية، وفي "rules" الآجال التي تحددها النصوص
  private/complaint-records.json                         الشكايات مع رمزها السري، للأمر
                                                          "npx opengov-widgets complaints publish"

انشروا هذا المجلد على موقعكم (باستثناء private/) وأعطوا عنوانه للأدوات:
  <og-commitment-tracker api="https://votre-site.ma/donnees/"></og-commitment-tracker>

لا تنشروا أبدا المجلد private/ على الأنترنت: فيه الرموز السرية.

للتحقق من ملف بعد كل تعديل:
  npx opengov-widgets validate commitments.json --locale ar
يعرض الأمر كل مشكل مع مكانه (مثلا commitments[3].status) وعدد العناصر التي ستعرضها الأداة أو تتجاهلها.

التواريخ: YYYY-MM-DD (2025-10-15). التاريخ والساعة مع فارق التوقيت الجاري به العمل في ذلك التاريخ: 2026-12-10T17:00:00+00:00.
في المغرب: +00:00 منذ 20 شتنبر 2026 (قبل ذلك: +01:00، و+00:00 خلال رمضان).
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
  'proposals/outcomes.json': json(proposalOutcomes),
  'polls/priorites-2026.json': json(poll),
  'polls/priorites-2026/results.json': json(pollResults),
  'complaints/EX-2025-000001.json': json(complaint),
  'calendar.json': json(calendar),
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
