/**
 * The fields a sheet's columns can map to, per resource, with the headers people write for
 * them in French, Arabic and English (compared without accents, case or the Arabic article).
 * Names are the contract's (docs/API.md); `a.b` is a nested field, `title.fr` one language of
 * a LocalizedText.
 */
export type ImportResource = 'commitments' | 'budget' | 'events' | 'complaint-records';
export const IMPORT_RESOURCES: readonly ImportResource[] = ['commitments', 'budget', 'events', 'complaint-records'];

export type FieldKind = 'text' | 'localized' | 'amount' | 'number' | 'year' | 'date' | 'when' | 'instant' | 'enum' | 'boolean';

export interface FieldSpec {
  id: string;
  kind: FieldKind;
  aliases: string[];
  /** enum: canonical value → other words for it. */
  values?: Record<string, string[]>;
}

export const LANGUAGES = ['fr', 'ar', 'zgh', 'en'] as const;

const f = (id: string, kind: FieldKind, aliases: string[], values?: Record<string, string[]>): FieldSpec => ({ id, kind, aliases: [id, ...aliases], values });

const BUDGET: FieldSpec[] = [
  f('year', 'year', ['année', 'annee', 'exercice', 'exercice budgétaire', 'السنة', 'سنة', 'السنة المالية']),
  f('code', 'text', ['code', 'chapitre', 'imputation', 'rubrique', 'ligne', 'n° ligne', 'الرمز', 'رمز', 'الباب', 'البند']),
  f('parent', 'text', ['parent', 'code parent', 'chapitre parent', 'rattachement', 'الأصل', 'الرمز الأصلي']),
  f('label', 'localized', ['libellé', 'libelle', 'intitulé', 'intitule', 'désignation', 'designation', 'label', 'nature', 'البيان', 'بيان', 'التسمية', 'المادة']),
  f('direction', 'enum', ['sens', 'type', 'dépense ou recette', 'recette ou dépense', 'direction', 'النوع', 'صنف'], {
    expenditure: ['dépense', 'dépenses', 'depense', 'expense', 'expenses', 'نفقات', 'نفقة'],
    revenue: ['recette', 'recettes', 'revenue', 'revenues', 'income', 'موارد', 'مداخيل', 'مداخيل'],
  }),
  f('section', 'enum', ['section', 'partie', 'titre', 'الجزء', 'القسم'], {
    operating: ['fonctionnement', 'operating', 'تسيير'],
    investment: ['investissement', 'équipement', 'equipement', 'investment', 'تجهيز', 'استثمار'],
  }),
  f('proposed', 'amount', ['proposé', 'propose', 'montant proposé', 'prévision', 'prévisions', 'proposition', 'المقترح', 'المبلغ المقترح', 'الاعتمادات المقترحة']),
  f('approved', 'amount', ['voté', 'vote', 'montant voté', 'approuvé', 'montant approuvé', 'crédits ouverts', 'crédits votés', 'montant', 'budget', 'المبلغ', 'المصادق عليه', 'المبلغ المصادق عليه', 'الاعتمادات المفتوحة']),
  f('executed', 'amount', ['exécuté', 'execute', 'montant exécuté', 'réalisé', 'réalisations', 'réalisation', 'actual', 'spent', 'المنجز', 'المبلغ المنجز', 'المنفذ', 'الإنجازات']),
];

const COMMITMENTS: FieldSpec[] = [
  f('id', 'text', ['identifiant', 'référence', 'ref', 'réf', 'المعرف', 'المرجع']),
  f('number', 'text', ['n°', 'no', 'numéro', 'numero', 'num', 'الرقم', 'رقم']),
  f('title', 'localized', ['titre', 'intitulé', 'engagement', 'العنوان', 'الالتزام', 'عنوان']),
  f('summary', 'localized', ['résumé', 'resume', 'الملخص', 'ملخص']),
  f('description', 'localized', ['description', 'détails', 'الوصف', 'وصف']),
  f('theme', 'localized', ['thème', 'axe', 'domaine', 'المحور', 'المجال']),
  f('leadInstitution', 'localized', ['responsable', 'institution responsable', 'porteur', 'service responsable', 'lead institution', 'الجهة المسؤولة', 'المسؤول']),
  f('status', 'enum', ['statut', 'état', 'etat', 'الحالة', 'وضعية'], {
    'not-started': ['non commencé', 'pas commencé', 'not started', 'à venir', 'لم يبدأ', 'لم ينطلق'],
    limited: ['limité', 'limite', 'faible', 'محدود'],
    substantial: ['substantiel', 'avancé', 'important', 'substantial', 'متقدم', 'مهم'],
    complete: ['achevé', 'acheve', 'terminé', 'termine', 'réalisé', 'complet', 'done', 'completed', 'منجز', 'مكتمل'],
    withdrawn: ['retiré', 'abandonné', 'annulé', 'ملغى', 'مسحوب'],
    ongoing: ['en cours', 'continu', 'in progress', 'جار', 'جاري', 'مستمر'],
  }),
  f('progress', 'number', ['avancement', 'progression', 'taux de réalisation', '%', 'نسبة الإنجاز', 'التقدم']),
  f('start', 'date', ['début', 'date de début', 'date début', 'start date', 'البداية', 'تاريخ البداية']),
  f('end', 'date', ['fin', 'date de fin', 'échéance', 'end date', 'deadline', 'النهاية', 'تاريخ النهاية', 'الأجل']),
  f('statusDate', 'date', ['date du statut', 'date de mise à jour', 'mis à jour le', 'تاريخ التحديث']),
  f('url', 'text', ['lien', 'page', 'site', 'link', 'الرابط']),
];

const EVENTS: FieldSpec[] = [
  f('id', 'text', ['identifiant', 'référence', 'réf', 'المعرف']),
  f('title', 'localized', ['titre', 'intitulé', 'événement', 'evenement', 'objet', 'event', 'عنوان', 'النشاط', 'الموضوع']),
  f('description', 'localized', ['description', 'détails', 'الوصف']),
  f('start', 'instant', ['date', 'début', 'date et heure', 'date de début', 'start date', 'when', 'التاريخ', 'البداية', 'الموعد']),
  f('end', 'instant', ['fin', 'date de fin', 'end date', 'النهاية']),
  f('mode', 'enum', ['mode', 'modalité', 'format', 'الصيغة'], {
    'in-person': ['présentiel', 'sur place', 'in person', 'حضوري'],
    online: ['en ligne', 'à distance', 'visio', 'عن بعد', 'عن بعد'],
    hybrid: ['hybride', 'mixte', 'مختلط'],
  }),
  f('status', 'enum', ['statut', 'état', 'الحالة'], {
    scheduled: ['prévu', 'programmé', 'planned', 'مبرمج'],
    cancelled: ['annulé', 'canceled', 'ملغى'],
    postponed: ['reporté', 'مؤجل'],
    completed: ['terminé', 'passé', 'réalisé', 'done', 'منجز'],
  }),
  f('theme', 'localized', ['thème', 'axe', 'المحور']),
  f('organizer', 'localized', ['organisateur', 'organisé par', 'المنظم', 'الجهة المنظمة']),
  f('location.name', 'localized', ['lieu', 'salle', 'location', 'place', 'venue', 'المكان', 'القاعة']),
  f('location.address', 'localized', ['adresse', 'address', 'العنوان البريدي']),
  f('url', 'text', ['lien', 'page', 'link', 'الرابط']),
  f('onlineUrl', 'text', ['lien de connexion', 'lien visio', 'online link', 'رابط الاتصال']),
  f('registration.url', 'text', ['inscription', "lien d'inscription", 'registration', 'التسجيل', 'رابط التسجيل']),
  f('registration.capacity', 'number', ['places', 'capacité', 'capacity', 'السعة', 'عدد المقاعد']),
  f('outcome.participants.total', 'number', ['participants', 'nombre de participants', 'total participants', 'عدد المشاركين', 'المشاركون']),
  f('outcome.participants.women', 'number', ['femmes', 'participantes', 'women', 'النساء', 'نساء']),
  f('outcome.participants.men', 'number', ['hommes', 'men', 'الرجال', 'رجال']),
];

const COMPLAINT_RECORDS: FieldSpec[] = [
  f('reference', 'text', ['référence', 'réf', 'n° de réclamation', 'numéro de réclamation', 'numéro', 'ref', 'المرجع', 'رقم الشكاية', 'رقم الشكاية المرجعي']),
  f('secret', 'text', ['code secret', 'code', 'mot de passe', 'secret code', 'الرمز السري', 'القن السري']),
  f('status', 'enum', ['statut', 'état', 'etat', 'الحالة', 'وضعية'], {
    received: ['reçue', 'recue', 'reçu', 'enregistrée', 'nouvelle', 'مستلمة', 'توصل', 'مسجلة'],
    'in-progress': ['en cours', 'en traitement', 'in progress', 'قيد المعالجة', 'في طور المعالجة'],
    answered: ['répondue', 'repondue', 'répondu', 'réponse envoyée', 'تمت الإجابة', 'تم الرد'],
    closed: ['clôturée', 'cloturee', 'fermée', 'clos', 'مغلقة', 'مغلق'],
    rejected: ['rejetée', 'rejetee', 'irrecevable', 'مرفوضة', 'مرفوض'],
    forwarded: ['transférée', 'transferee', 'transmise', 'محالة', 'محال'],
  }),
  f('category', 'localized', ['catégorie', 'categorie', 'objet', 'type', 'الفئة', 'الموضوع', 'النوع']),
  f('agency', 'localized', ['service', 'service chargé', 'agence', 'département', 'المصلحة', 'الجهة المكلفة']),
  f('submittedAt', 'when', ['date de dépôt', 'déposée le', 'date', 'date de réception', 'submitted', 'تاريخ الإيداع', 'تاريخ التوصل', 'التاريخ']),
  f('updatedAt', 'when', ['mise à jour', 'date de mise à jour', 'updated', 'تاريخ التحديث']),
  f('dueAt', 'when', ['échéance', 'délai', 'date limite', 'due', 'الأجل', 'آخر أجل']),
  f('answer', 'localized', ['réponse', 'reponse', 'answer', 'الجواب', 'الرد']),
];

export const FIELDS: Record<ImportResource, FieldSpec[]> = { budget: BUDGET, commitments: COMMITMENTS, events: EVENTS, 'complaint-records': COMPLAINT_RECORDS };

/** Header or value, compared loosely: no accents or Arabic vowel marks, no case, no punctuation, no Arabic article. */
export function normalizeWord(text: unknown): string {
  return String(text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .toLowerCase()
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/[^\p{L}\p{N}%°]+/gu, ' ')
    .split(' ')
    .filter(Boolean)
    .map((word) => (word.length > 4 && word.startsWith('ال') ? word.slice(2) : word))
    .join(' ');
}

/** The language a header names (`Titre (ar)`, `libellé arabe`, `label_fr`), if any. */
export function languageOf(header: string): (typeof LANGUAGES)[number] | undefined {
  const words = normalizeWord(header.replace(/_/g, ' ')).split(' ');
  const has = (...list: string[]) => list.some((w) => words.includes(normalizeWord(w)));
  if (has('fr', 'français', 'francais', 'french', 'فرنسية', 'بالفرنسية')) return 'fr';
  if (has('ar', 'arabe', 'arabic', 'عربية', 'بالعربية', 'عربي')) return 'ar';
  if (has('zgh', 'amazighe', 'amazigh', 'tifinagh', 'tamazight', 'أمازيغية', 'بالأمازيغية')) return 'zgh';
  if (has('en', 'anglais', 'english', 'إنجليزية', 'بالإنجليزية')) return 'en';
  return undefined;
}
