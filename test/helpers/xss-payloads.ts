/**
 * A corpus of markup and script-injection payloads, for the XSS suites (test/xss/) and the
 * fuzzers (test/fuzz/). Every payload that could run script sets `window.__xss`; every
 * payload that could create an element marks it `data-xss`. A widget that renders data as
 * text shows each of them, character for character, and neither the flag nor the marker
 * ever appears.
 */

/** What a successful payload would set. */
export const XSS_FLAG = '__xss';

const RUN = 'window.__xss=1';

/** Payloads for text fields (titles, descriptions, labels, notes…). */
export const TEXT_PAYLOADS: readonly string[] = [
  `<script data-xss>${RUN}</script>`,
  `<img data-xss src=x onerror="${RUN}">`,
  `<img data-xss src=x onerror=${RUN}//`,
  `"><svg data-xss onload="${RUN}">`,
  `'><svg/onload=${RUN} data-xss>`,
  `"><iframe data-xss src="javascript:${RUN}"></iframe>`,
  `<object data-xss data="javascript:${RUN}"></object>`,
  `<embed data-xss src="javascript:${RUN}">`,
  `<a data-xss href="javascript:${RUN}">click me</a>`,
  `<math><mtext><table><mglyph><style><img data-xss src=x onerror=${RUN}>`,
  `<details data-xss open ontoggle="${RUN}">`,
  `<body onload="${RUN}">`,
  `" onmouseover="${RUN}" x="`,
  `' onfocus='${RUN}' autofocus x='`,
  `</style><script data-xss>${RUN}</script>`,
  `</title></textarea></noscript><img data-xss src=x onerror=${RUN}>`,
  `<style>*{background:url("javascript:${RUN}")}</style>`,
  `x{width:expression(${RUN})}`,
  `&lt;script&gt;${RUN}&lt;/script&gt;`,
  `&#60;img src=x onerror=${RUN}&#62;`,
  `\\u003cscript\\u003e${RUN}\\u003c/script\\u003e`,
  `\\x3cimg src=x onerror=${RUN}\\x3e`,
  '${' + RUN + '}',
  '`${' + RUN + '}`',
  `{{constructor.constructor('${RUN}')()}}`,
  `<!--?lit$1234$--><!--?lit$1234$-->`,
  `<!-- --><script data-xss>${RUN}</script><!-- -->`,
  `<![CDATA[<script data-xss>${RUN}</script>]]>`,
  `<template><img data-xss src=x onerror=${RUN}></template>`,
  `\u202e<img data-xss src=x onerror=${RUN}>\u202c`,
  `\u200f\u0627\u0644\u0645\u0634\u0631\u0648\u0639 <b data-xss>bold</b>`,
  `\u0000<script data-xss>${RUN}</script>`,
  `<svg data-xss><animate onbegin="${RUN}" attributeName=x dur=1s>`,
  `<input data-xss autofocus onfocus="${RUN}">`,
];

/** Payloads for URL fields: every one of them must be dropped (not shown as a link). */
export const URL_PAYLOADS: readonly string[] = [
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  `  javascript:${RUN}`,
  `\tjava\nscript:${RUN}`,
  `java\u0000script:${RUN}`,
  `javascript&colon;${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==`,
  `vbscript:msgbox(1)`,
  `VBScript:msgbox(1)`,
  `file:///etc/passwd`,
  `blob:https://evil.example/123`,
  `\u0001javascript:${RUN}`,
  `&#106;avascript:${RUN}`,
  `jav&#x09;ascript:${RUN}`,
  `%6A%61vascript:${RUN}`,
  `"><img data-xss src=x onerror=${RUN}>`,
];

/** URL payloads that a browser would run or load as script (they must never be a link target). */
export const DANGEROUS_PROTOCOLS = ['javascript:', 'data:', 'vbscript:', 'file:'];

/** A very long text (about 20,000 characters) with markup in it. */
export const LONG_PAYLOAD = `${'<b data-xss>'.repeat(200)}${'مرحبا ⵣ '.repeat(1200)}<img data-xss src=x onerror=${RUN}>`;

/** Every text payload, plus the very long one. */
export const ALL_TEXT_PAYLOADS: readonly string[] = [...TEXT_PAYLOADS, LONG_PAYLOAD];

/** Resets the flag between cases. */
export function resetXssFlag(): void {
  delete (window as unknown as Record<string, unknown>)[XSS_FLAG];
}

export function xssFlag(): unknown {
  return (window as unknown as Record<string, unknown>)[XSS_FLAG];
}
