import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { applyLocale, directionOf, getLocale, onLocaleInputsChange, wantedLocale, type UiLocale } from './localization.js';
import { closestLang } from './dom.js';
import { emit } from './events.js';
import { resolveText } from './localized-text.js';
import type { LocalizedText } from './validation.js';
import { themeStyles } from './theme.js';
import { machineTranslationTag } from './machine-translation.js';

/** Every state a widget can be in (API.md, "The host element"). */
export type WidgetState = 'idle' | 'loading' | 'ready' | 'empty' | 'error' | 'not-found' | 'submitting' | 'submitted';

/**
 * What every widget shares: locale and direction following the page, the `state` attribute
 * set in one place, events through one helper, LocalizedText rendering and theme styles.
 */
@localized()
export class OgElement extends LitElement {
  static override styles = [themeStyles];

  /** IANA time zone for times shown (default: page config, else `Africa/Casablanca`). */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** `light` or `dark` forces a color scheme; by default the widget follows the system. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  private stopWatchingLocale?: () => void;

  /** The UI locale currently shown. */
  get locale(): UiLocale {
    return getLocale() as UiLocale;
  }

  /** The widget's state, also reflected as the `state` attribute. */
  get state(): WidgetState | undefined {
    return (this.getAttribute('state') as WidgetState | null) ?? undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncLocale();
    this.stopWatchingLocale = onLocaleInputsChange(() => {
      this.syncLocale();
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLocale?.();
  }

  private syncLocale(): void {
    const locale = wantedLocale(closestLang(this));
    void applyLocale(locale);
  }

  protected override willUpdate(): void {
    const dir = directionOf(this.locale);
    if (this.getAttribute('dir') !== dir) this.setAttribute('dir', dir);
  }

  /** Sets the host's `state` attribute: the one place it changes. */
  protected setState(state: WidgetState): void {
    if (this.getAttribute('state') !== state) this.setAttribute('state', state);
  }

  protected emit<T>(name: string, detail: T): void {
    emit(this, name, detail);
  }

  /**
   * Text from data, as text, with its own `lang` when it is not in the UI locale, and a
   * "machine translation" tag when the data says it is one.
   */
  protected text(value: LocalizedText | undefined | null): TemplateResult | typeof nothing {
    const { text, lang } = resolveText(value, this.locale);
    if (!text) return nothing;
    const shown = lang && lang !== this.locale ? html`<span lang=${lang} dir="auto">${text}</span>` : html`${text}`;
    return lang && this.isMachineTranslated(text, lang) ? html`${shown}${machineTranslationTag()}` : shown;
  }

  /** Whether this text, in this language, is a machine translation (data widgets know it from their document). */
  protected isMachineTranslated(_text: string, _lang: string): boolean {
    return false;
  }

  /** Text from data as a plain string (attributes, sorting, search). */
  protected plain(value: LocalizedText | undefined | null): string {
    return resolveText(value, this.locale).text;
  }
}
