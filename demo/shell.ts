/**
 * The demo's shared header: links to every demo page and a language switcher that sets
 * `<html lang dir>` (the widgets follow it, as they would on a commune's site).
 * Include it on a page with: <script type="module" src="/demo/shell.ts"></script>
 */
const PAGES: [string, string][] = [
  ['/demo/index.html', 'Overview'],
  ['/demo/commitment-tracker.html', 'Commitments'],
  ['/demo/budget-chart.html', 'Budget'],
  ['/demo/proposal-form.html', 'Proposals'],
  ['/demo/consultation-calendar.html', 'Consultations'],
  ['/demo/complaint-status.html', 'Complaints'],
  ['/demo/proposal-outcomes.html', 'Outcomes'],
  ['/demo/poll.html', 'Polls'],
  ['/demo/states.html', 'States'],
  ['/demo/webmaster.html', 'Webmaster page'],
  ['/demo/snippet-builder.html', 'Snippet builder'],
  ['/demo/cms.html', 'In a CMS'],
];
const LANGS: [string, string][] = [
  ['ar', 'العربية'],
  ['fr', 'Français'],
  ['zgh', 'ⵜⴰⵎⴰⵣⵉⵖⵜ'],
  ['en', 'English'],
];

const saved = new URLSearchParams(location.search).get('lang') ?? sessionStorage.getItem('og-demo-lang') ?? 'fr';
setLang(saved);

function setLang(lang: string): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  sessionStorage.setItem('og-demo-lang', lang);
}

const header = document.createElement('header');
header.className = 'demo-header';
const nav = document.createElement('nav');
nav.setAttribute('aria-label', 'Demo pages');
for (const [href, label] of PAGES) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = label;
  if (location.pathname === href || (href.endsWith('index.html') && location.pathname.endsWith('/demo/'))) a.setAttribute('aria-current', 'page');
  nav.append(a);
}
const label = document.createElement('label');
label.textContent = 'Language ';
const select = document.createElement('select');
for (const [code, name] of LANGS) select.add(new Option(name, code, false, code === saved));
select.addEventListener('change', () => setLang(select.value));
label.append(select);
header.append(nav, label);
document.body.prepend(header);

const style = document.createElement('style');
style.textContent = `
  body { margin: 0; font-family: system-ui, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Tifinagh', sans-serif; background: #f6f7f6; color: #1b1f1d; }
  .demo-header { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; justify-content: space-between; padding: .5rem 1rem; background: #0b3d2e; color: #fff; }
  .demo-header nav { display: flex; flex-wrap: wrap; gap: .25rem .75rem; }
  .demo-header a { color: #fff; }
  .demo-header a[aria-current=page] { font-weight: 700; }
  main { max-width: 60rem; margin: 0 auto; padding: 1rem; display: grid; gap: 1.5rem; }
  main > section { background: #fff; padding: 1rem; border-radius: .5rem; display: grid; gap: .75rem; min-inline-size: 0; }
  main h1 { margin: 0; font-size: 1.6rem; }
  main p { margin: 0; line-height: 1.5; }
  .demo-label { margin: 0; font-size: .95rem; font-weight: 600; color: #4d5853; }
  .demo-note { font-size: .9rem; color: #4d5853; }
  .demo-state { font: .8rem ui-monospace, monospace; color: #4d5853; }
  :is(og-budget-chart, og-proposal-form, og-consultation-calendar, og-complaint-status, og-proposal-outcomes):defined + .demo-pending { display: none; }
  .demo-pending { font-size: .9rem; font-style: italic; color: #4d5853; }
  code { overflow-wrap: anywhere; }
  @media (max-width: 30rem) { main { padding: .5rem; } main > section { padding: .75rem .5rem; } }
`;
document.head.append(style);
