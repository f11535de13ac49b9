/** Test data for <og-budget-chart>. */

/** A small two-year budget with parent lines carrying subtotals (never to be counted twice). */
export function budgetDocument(overrides: Record<string, unknown> = {}) {
  return {
    updatedAt: '2025-02-14T10:00:00+01:00',
    entity: { fr: 'Commune test', ar: 'جماعة الاختبار', en: 'Test commune' },
    currency: 'MAD',
    population: 100000,
    years: [
      {
        year: 2023,
        lines: [
          { code: '1', label: { en: 'Operating spending', fr: 'Fonctionnement', ar: 'التسيير' }, direction: 'expenditure', section: 'operating', amounts: { approved: 25000000 } },
          { code: '1.1', parent: '1', label: { en: 'Staff', fr: 'Personnel', ar: 'الموظفون' }, direction: 'expenditure', amounts: { proposed: 19000000, approved: 19000000, executed: 18000000 } },
          { code: '1.2', parent: '1', label: { en: 'Street lighting', fr: 'Éclairage public', ar: 'الإنارة العمومية' }, direction: 'expenditure', amounts: { approved: 6000000, executed: 5000000 } },
          { code: '9', label: { en: 'Local taxes', fr: 'Taxes locales' }, direction: 'revenue', section: 'operating', amounts: { approved: 28000000, executed: 27000000 } },
        ],
      },
      {
        year: 2024,
        lines: [
          { code: '1', label: { en: 'Operating spending', fr: 'Fonctionnement', ar: 'التسيير', zgh: 'ⵜⴰⵡⵓⵔⵉ' }, direction: 'expenditure', section: 'operating', amounts: { proposed: 27000000, approved: 26700000, executed: 24900000 } },
          { code: '1.1', parent: '1', label: { en: 'Staff', fr: 'Personnel', ar: 'الموظفون' }, direction: 'expenditure', amounts: { proposed: 21000000, approved: 20500000, executed: 19800000 } },
          { code: '1.2', parent: '1', label: { en: 'Street lighting', fr: 'Éclairage public', ar: 'الإنارة العمومية' }, direction: 'expenditure', amounts: { proposed: 6000000, approved: 6200000, executed: 5100000 } },
          { code: '2', label: { en: 'Investment spending', fr: 'Équipement', ar: 'التجهيز' }, direction: 'expenditure', section: 'investment', amounts: { approved: 0 } },
          { code: '2.1', parent: '2', label: { en: 'Roads', fr: 'Voirie', ar: 'الطرق' }, direction: 'expenditure', amounts: { approved: 9000000, executed: 4300000 } },
          { code: '2.1.1', parent: '2.1', label: { en: 'New roads', fr: 'Routes neuves' }, direction: 'expenditure', amounts: { approved: 7000000, executed: 3000000 } },
          { code: '2.1.2', parent: '2.1', label: { en: 'Pavements', fr: 'Trottoirs' }, direction: 'expenditure', amounts: { approved: 2000000, executed: 1300000 } },
          { code: '9', label: { en: 'Local taxes', fr: 'Taxes locales', ar: 'الرسوم المحلية' }, direction: 'revenue', section: 'operating', amounts: { approved: 30000000, executed: 28750000 } },
          { code: '8', label: { en: 'Loan', fr: 'Emprunt' }, direction: 'revenue', section: 'investment', amounts: { approved: 5000000 } },
        ],
      },
    ],
    ...overrides,
  };
}

/**
 * What a finance officer's spreadsheet exports in French: BOM, `;` separator, capitalised
 * headers, CRLF, decimal commas with (no-break) spaces as thousands, French words for
 * direction and section, a quoted label with a `;`, parent lines with subtotals, a blank line.
 */
export const FINANCE_OFFICER_CSV =
  '\uFEFFYear;Code;Parent;Label;Direction;Section;Proposed;Approved;Executed\r\n' +
  '2024;10;;Dépenses de fonctionnement;dépense;fonctionnement;27 000 000,00;26 700 000,25;24 900 000,50\r\n' +
  '2024;10.10;10;Personnel;dépense;fonctionnement;21\u00a0000\u00a0000,00;20\u00a0500\u00a0000,00;19\u00a0800\u00a0000,50\r\n' +
  '2024;10.20;10;Éclairage public;dépense;fonctionnement;6 000 000;6 200 000,25;5 100 000\r\n' +
  "2024;20;;Dépenses d'équipement;dépense;équipement;9 000 000;9 000 000;4 300 000,75\r\n" +
  '2024;20.10;20;"Voirie; trottoirs";dépense;équipement;;9 000 000;4 300 000,75\r\n' +
  '\r\n' +
  '2024;90;;Taxes locales;recette;fonctionnement;;30 000 000;28 750 000\r\n';
