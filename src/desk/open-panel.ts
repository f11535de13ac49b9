import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { DESK_RESOURCE_NAMES } from './resources.js';
import { resourceTitle } from './resource-titles.js';
import { renderOpenFromDecidim, type DecidimRequest } from './open-decidim.js';

/** What the "Open" panel asks the desk to do. */
export interface OpenHandlers {
  example(resource: string): void;
  empty(resource: string): void;
  files(files: FileList): Promise<void>;
  url(url: string): Promise<void>;
  decidim(request: DecidimRequest): Promise<void>;
}

/** The "Open" panel: start from the example or empty, files, a folder, drag and drop, an address. */
export function renderOpenPanel(on: OpenHandlers): TemplateResult {
  const pick = (e: Event) => {
    const input = e.target as HTMLInputElement;
    if (input.files?.length) void on.files(input.files).then(() => (input.value = ''));
  };
  return html`<section class="open" aria-labelledby="open-title">
    <h2 id="open-title">${msg('Open', { id: 'desk.open' })}</h2>
    <form class="row" @submit=${(e: Event) => {
      e.preventDefault();
      const data = new FormData(e.target as HTMLFormElement);
      const name = String(data.get('resource'));
      if ((e as SubmitEvent).submitter?.getAttribute('value') === 'empty') on.empty(name);
      else on.example(name);
    }}>
      <label>${msg('Data', { id: 'desk.resource' })}
        <select name="resource">${DESK_RESOURCE_NAMES.map((name) => html`<option value=${name}>${resourceTitle(name)}</option>`)}</select>
      </label>
      <button type="submit" name="start" value="example">${msg('Start from the example', { id: 'desk.startExample' })}</button>
      <button type="submit" name="start" value="empty">${msg('Start empty', { id: 'desk.startEmpty' })}</button>
    </form>
    <div class="row">
      <label class="file-button">${msg('Open files…', { id: 'desk.openFiles' })}
        <input type="file" name="files" accept=".json,application/json" multiple @change=${pick} /></label>
      <label class="file-button">${msg('Open a folder…', { id: 'desk.openFolder' })}
        <input type="file" name="folder" webkitdirectory multiple @change=${pick} /></label>
      <span class="hint">${msg('or drop files here', { id: 'desk.drop' })}</span>
    </div>
    <form class="row" @submit=${(e: Event) => {
      e.preventDefault();
      void on.url(String(new FormData(e.target as HTMLFormElement).get('url') ?? ''));
    }}>
      <label>${msg('Address of the file on your site', { id: 'desk.url' })}
        <input name="url" type="url" dir="ltr" placeholder="https://…/commitments.json" /></label>
      <button type="submit">${msg('Open from the address', { id: 'desk.openUrl' })}</button>
    </form>
    ${renderOpenFromDecidim(on.decidim)}
  </section>`;
}
