import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline CSS properties through the CSSOM (`style.setProperty`), which a strict
 * Content-Security-Policy (`style-src 'self'`) allows, unlike a `style="…"` attribute (Lit's
 * styleMap writes the attribute on first render). Use on an element:
 * `<div ${styleProps({ 'inline-size': '40%' })}>`.
 */
class StylePropsDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() goes on an element, not in an attribute');
  }

  render(_props: Record<string, string | undefined>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Record<string, string | undefined>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) style.removeProperty(name);
      else style.setProperty(name, value);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
