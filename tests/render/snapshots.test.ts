// Every renderer on every fixture, pinned with file snapshots (update with `npx vitest run -u` and review the diff).
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/renderHtml.js';
import { renderMarkdown } from '../../src/render/renderMarkdown.js';
import { renderText } from '../../src/render/renderText.js';
import { toJsonLd } from '../../src/render/toJsonLd.js';
import { FIXTURES } from './fixtures.js';

describe.each(Object.entries(FIXTURES))('%s', (name, content) => {
  it('plain HTML', async () => {
    await expect(renderHtml(content)).toMatchFileSnapshot(`__snapshots__/${name}.plain.html`);
  });
  it('GOV.UK HTML', async () => {
    await expect(renderHtml(content, { style: 'govuk' })).toMatchFileSnapshot(`__snapshots__/${name}.govuk.html`);
  });
  it('Markdown', async () => {
    await expect(renderMarkdown(content)).toMatchFileSnapshot(`__snapshots__/${name}.md`);
  });
  it('text', async () => {
    await expect(renderText(content, { width: 72 })).toMatchFileSnapshot(`__snapshots__/${name}.txt`);
  });
  it.runIf(!('state' in content) && !('type' in content && content.type === 'outcome'))('JSON-LD', async () => {
    await expect(`${JSON.stringify(toJsonLd(content as never), null, 2)}\n`).toMatchFileSnapshot(`__snapshots__/${name}.jsonld`);
  });
});
