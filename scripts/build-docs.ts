// Builds the documentation site into docs/site/: the guides (docs/*.md), the content itself (the guidance page in
// both styles, the FAQs, the decision flow as a diagram, the legal references), and the typedoc API reference
// (written to docs/site/api by `npm run docs` before this runs). Usage: npm run docs
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { instance } from '@viz-js/viz';
import MarkdownIt from 'markdown-it';
import { listFaqs } from '../src/content/listFaqs.js';
import { listGlossary } from '../src/content/listGlossary.js';
import { listGuidancePages } from '../src/content/listGuidancePages.js';
import { getFlow } from '../src/faq/getFlow.js';
import { formatCitation } from '../src/legislation/formatCitation.js';
import { listLegislation } from '../src/legislation/listLegislation.js';
import { renderHtml } from '../src/render/renderHtml.js';
import { _escapeHtml as esc } from '../src/render/_escape.js';
import { flowStages, stageAsHtml } from './flow-diagrams.js';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const site = join(root, 'docs', 'site');
mkdirSync(join(site, 'assets'), { recursive: true });
// GOV.UK Frontend's stylesheet asks for its fonts and images at /assets/...; the site may be served from a
// sub-folder (or opened from disk), so point them at the copies next to the stylesheet instead.
const govukDist = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist', 'govuk');
for (const folder of ['fonts', 'images']) cpSync(join(govukDist, 'assets', folder), join(site, 'assets', folder), { recursive: true });
writeFileSync(join(site, 'assets', 'govuk-frontend.min.css'), readFileSync(join(govukDist, 'govuk-frontend.min.css'), 'utf8').replace(/url\(\/assets\/(fonts|images)\//g, 'url($1/'));
// Screenshots of the main pages (written by the browser tests into docs/screenshots/, linked from the guides).
if (existsSync(join(root, 'docs', 'screenshots'))) cpSync(join(root, 'docs', 'screenshots'), join(site, 'screenshots'), { recursive: true });

const NAV: [string, string][] = [
  ['index.html', 'Home'],
  ['getting-started.html', 'Getting started'],
  ['readme.html', 'Overview'],
  ['decision-flow.html', 'Decision flow'],
  ['deadlines.html', 'Deadlines'],
  ['legislation.html', 'Legislation guide'],
  ['council-web-teams.html', 'Council web teams'],
  ['content-editors.html', 'Content editors'],
  ['content/after-mediation.html', 'The guidance pages'],
  ['content/glossary.html', 'Glossary'],
  ['content/legal-references.html', 'Legal references'],
  ['api/index.html', 'API reference'],
];

const CSS = `body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;color:#0b0c0c}header,main,footer{max-width:60rem;margin:0 auto;padding:1rem}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}a{color:#1d70b8}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}
table{border-collapse:collapse}td,th{border:1px solid #b1b4b6;padding:.25rem .5rem;text-align:left;vertical-align:top}pre{background:#f3f2f1;padding:1rem;overflow:auto}
code{background:#f3f2f1}img{max-width:100%;height:auto}.diagram{margin:1rem 0}.diagram .scroll{overflow-x:auto}.diagram img{max-width:none;height:auto}.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem}`;

function layout(title: string, rawBody: string, depth: number, extraHead = '', bodyClass = ''): string {
  const up = '../'.repeat(depth);
  // A code block can scroll sideways: make it reachable with the keyboard.
  const body = rawBody.replace(/<pre>/g, '<pre tabindex="0">');
  const nav = NAV.map(([href, label]) => `<li><a href="${up}${href}">${esc(label)}</a></li>`).join('');
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)} – send-mediation-guidance</title><style>${CSS}</style>${extraHead}</head><body${bodyClass ? ` class="${bodyClass}"` : ''}><a class="skip" href="#main">Skip to main content</a><header><p><strong>send-mediation-guidance</strong> documentation</p><nav aria-label="Site"><ul>${nav}</ul></nav></header><main id="main">${body}</main><footer><p>Guidance for England. Code and content under the MIT licence.</p></footer></body></html>\n`;
}

const md = new MarkdownIt({ html: false, linkify: false });
function markdownPage(source: string): string {
  const cleaned = source.replace(/<!-- diagram:(start|end) -->\n?/g, '').replace(/```mermaid\n[\s\S]*?```\n?/g, '');
  return md
    .render(cleaned)
    .replace(/href="(?:docs\/)?([\w-]+)\.md(#[\w-]*)?"/g, (_m, name: string, hash = '') => `href="${name.toLowerCase() === 'readme' ? 'readme' : name.toLowerCase()}.html${hash}"`)
    .replace(/href="LICENSE"/g, 'href="license.html"')
    .replace(/href="(?:docs\/)?screenshots/g, 'href="screenshots')
    .replace(/<h([1-6])>([\s\S]*?)<\/h\1>/g, (_m, level: string, inner: string) => `<h${level} id="${slug(inner)}">${inner}</h${level}>`);
}

/** A heading's id, as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
function slug(html: string): string {
  const text = html.replace(/<[^>]+>/g, '').replace(/&[a-z]+;|&#\d+;/g, '');
  return text.toLowerCase().trim().replace(/[^\w\s-]/g, '').replace(/\s/g, '-');
}

const viz = await instance();
const flow = getFlow('after-mediation');
// One diagram per stage, each small enough to read at 100% zoom (tests/browser/docs-content.test.ts measures the
// text), each followed by the same stage as text.
rmSync(join(site, 'flow.svg'), { force: true });
const stages = flowStages(flow);
const diagram = `<p>The flow has ${stages.length} stages, drawn one at a time from the data. Each diagram is followed by the same stage as a list.</p>${stages
  .map((stage) => {
    const file = `flow-${stage.number}.svg`;
    const svg = viz.renderString(stage.dot, { format: 'svg', engine: 'dot' });
    writeFileSync(join(site, file), svg);
    // Drawn at one SVG unit to one CSS pixel, so 12-point labels are 12 px at 100% zoom; the widest stage fits the
    // 60rem column, and a narrow screen scrolls the diagram sideways instead of shrinking it.
    const [width, height] = (/viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(svg)?.slice(1) ?? []).map((n) => Math.ceil(Number(n)));
    return `<h3 id="stage-${stage.number}">Diagram ${stage.number}: ${esc(stage.title)}</h3><figure class="diagram"><div class="scroll" tabindex="0" role="region" aria-label="Diagram ${stage.number}, scrolls sideways on a small screen"><img src="${file}" width="${width}" height="${height}" alt="Diagram ${stage.number}: ${esc(stage.title)}. The same stage is written out as a list below the diagram."></div><figcaption>Diagram ${stage.number}: ${esc(stage.title)}, drawn from the data.</figcaption></figure><details><summary>Diagram ${stage.number} as text</summary>${stageAsHtml(flow, stage, esc)}</details>`;
  })
  .join('')}`;

// Guides.
for (const file of readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md'))) {
  const name = basename(file, '.md');
  let body = markdownPage(readFileSync(join(root, 'docs', file), 'utf8'));
  if (name === 'decision-flow') body = body.replace('<h2 id="the-flow">The flow</h2>', `<h2 id="the-flow">The flow</h2>${diagram}`);
  const title = /^# (.+)$/m.exec(readFileSync(join(root, 'docs', file), 'utf8'))?.[1] ?? name;
  writeFileSync(join(site, `${name}.html`), layout(title, body, 0));
}
writeFileSync(join(site, 'readme.html'), layout('Overview', markdownPage(readFileSync(join(root, 'README.md'), 'utf8')), 0));
writeFileSync(join(site, 'notice.html'), layout('Notices', markdownPage(readFileSync(join(root, 'NOTICE.md'), 'utf8')), 0));
writeFileSync(join(site, 'changelog.html'), layout('Changes', markdownPage(readFileSync(join(root, 'CHANGELOG.md'), 'utf8')), 0));
writeFileSync(join(site, 'license.html'), layout('Licence', `<h1>Licence</h1><pre>${esc(readFileSync(join(root, 'LICENSE'), 'utf8'))}</pre>`, 0));

// Content: every guidance page in both styles, the FAQs and the glossary. Internal references become links within
// the site: an FAQ to its section on the same page when the page includes it (otherwise to the FAQ page), a page to
// its file in the same style, a glossary term to its entry, a legal reference to its row in the register.
mkdirSync(join(site, 'content'), { recursive: true });
type Ref = { kind: string; id: string };
const linksFor =
  (embeddedFaqs: ReadonlySet<string>, style: 'plain' | 'govuk') =>
  (ref: Ref): string | undefined => {
    switch (ref.kind) {
      case 'faq':
        return embeddedFaqs.has(ref.id) ? `#faq-${ref.id}` : `faqs.html#faq-${ref.id}`;
      case 'page':
        return style === 'govuk' ? `${ref.id}-govuk.html` : `${ref.id}.html`;
      case 'glossary':
        return `glossary.html#term-${ref.id}`;
      case 'legislation':
        return `legal-references.html#${ref.id.replace(/[/.]/g, '-')}`;
      default:
        return undefined;
    }
  };
const pages = listGuidancePages();
for (const page of pages) {
  const embedded = new Set(page.body.flatMap((b) => (b.type === 'faq' ? [b.faqId] : [])));
  writeFileSync(
    join(site, 'content', `${page.id}.html`),
    layout(page.title, `<p><a href="${esc(page.id)}-govuk.html">See this page in the GOV.UK style</a></p>${renderHtml(page, { linkResolver: linksFor(embedded, 'plain') as never })}`, 1),
  );
  writeFileSync(
    join(site, 'content', `${page.id}-govuk.html`),
    layout(
      `${page.title} (GOV.UK style)`,
      `<div class="govuk-width-container"><p class="govuk-body"><a class="govuk-link" href="${esc(page.id)}.html">See this page in the plain style</a></p>${renderHtml(page, { style: 'govuk', linkResolver: linksFor(embedded, 'govuk') as never })}</div>`,
      1,
      '<link rel="stylesheet" href="../assets/govuk-frontend.min.css">',
      'govuk-template__body govuk-frontend-supported',
    ),
  );
}
const allFaqIds = new Set(listFaqs().map((faq) => faq.id));
writeFileSync(
  join(site, 'content', 'faqs.html'),
  layout('Questions people ask', `<h1>Questions people ask after mediation</h1>${listFaqs().map((faq) => `<section id="faq-${esc(faq.id)}">${renderHtml(faq, { headingLevel: 2, linkResolver: linksFor(allFaqIds, 'plain') as never })}</section>`).join('')}`, 1),
);
const glossaryEntries = listGlossary()
  .map((term) => `<dt id="term-${esc(term.id)}"><strong>${esc(term.term)}</strong></dt><dd><p>${esc(term.definition)}</p><p>Sources: ${term.sources.map((source) => `<a href="${esc(source.url)}">${esc(source.title)}</a> (${esc(source.publisher)}, checked ${esc(source.checked)})`).join('; ')}.</p></dd>`)
  .join('');
writeFileSync(
  join(site, 'content', 'glossary.html'),
  layout('Glossary', `<h1>Glossary</h1><p>Words you may meet after mediation, in plain English. The guidance links each word here the first time a page uses it.</p><dl>${glossaryEntries}</dl>`, 1),
);
const rows = listLegislation()
  .map((ref) => `<tr id="${esc(ref.id.replace(/[/.]/g, '-'))}"><td><a href="${esc(ref.url)}">${esc(formatCitation(ref.id as never))}</a></td><td>${esc(ref.heading)}</td><td>${esc(ref.summary)}${ref.amendmentsChecked === false ? ' <em>Amendment history not checked.</em>' : ''}${ref.parts ? `<ul>${ref.parts.map((part) => `<li>${esc(part.label)}: ${esc(part.summary)}</li>`).join('')}</ul>` : ''}</td><td>${esc(ref.verification)}</td></tr>`)
  .join('');
writeFileSync(
  join(site, 'content', 'legal-references.html'),
  layout('Legal references', `<h1>Legal references</h1><p>Every provision the guidance rests on, with a summary in our own words. Verification says how firmly the summary rests on the text of the law.</p><table><caption>The register of legal references</caption><thead><tr><th scope="col">Citation</th><th scope="col">Heading</th><th scope="col">Summary</th><th scope="col">Verification</th></tr></thead><tbody>${rows}</tbody></table>`, 1),
);

// Home: the install line and the first example, taken from the README (where a test runs them), then a way in for
// each kind of reader.
const readmeSource = readFileSync(join(root, 'README.md'), 'utf8');
const firstBlocks = [...readmeSource.matchAll(/```(\w+)\n([\s\S]*?)```/g)].slice(0, 3).map((match) => ({ lang: match[1], code: match[2] as string }));
const [install, example, output] = firstBlocks;
if (install?.lang !== 'sh' || example?.lang !== 'ts' || output?.lang !== 'text') throw new Error('build-docs: the README must open with the install line, an example and what it prints');
const pre = (code: string) => `<pre><code>${esc(code.trimEnd())}</code></pre>`;
writeFileSync(
  join(site, 'index.html'),
  layout(
    'Home',
    `<h1>send-mediation-guidance</h1><p>What parents and young people in England need after a SEND mediation meeting, as typed data and pure functions: the guidance, the questions people ask, the deadlines the law sets, the law itself and who can help.</p>
<h2>Install</h2>${pre(install.code)}<p>Then, in a file such as <code>example.mjs</code>, with Node.js 20 or later:</p>${pre(example.code)}<p>It prints the outcome and the last day to appeal, worked out from the tribunal rules.</p>${pre(output.code)}
<h2>Start here</h2><ul><li><a href="getting-started.html">Getting started</a>: a runnable example for each kind of reader.</li><li><a href="getting-started.html#for-app-developers">For app developers</a>: what to do next and by when, one question a screen, and <a href="govuk-vite-app.html">a GOV.UK-styled app with Vite</a>.</li><li><a href="getting-started.html#for-council-web-teams">For council web teams</a>: your council's details in the guidance, then <a href="council-web-teams.html">the full guide</a>.</li><li><a href="getting-started.html#for-content-designers">For content designers</a>: reading and reviewing the content, then <a href="content-editors.html">how it is written and checked</a>.</li><li><a href="getting-started.html#on-the-command-line">On the command line</a>: <code>npx send-mediation-guidance</code>.</li></ul>
<h2>Guides</h2><ul><li><a href="readme.html">Overview</a></li><li><a href="decision-flow.html">The decision flow</a></li><li><a href="deadlines.html">Deadlines</a></li><li><a href="legislation.html">Legislation and citations</a></li><li><a href="limits-and-errors.html">Limits and errors</a></li><li><a href="contributing.html">Contributing</a></li><li><a href="performance.html">Performance and size</a></li><li><a href="sources.html">Sources, and what could not be verified</a></li></ul>
<h2>The content</h2><ul>${pages.map((page) => `<li>${esc(page.title)}: <a href="content/${esc(page.id)}.html">plain style</a>, <a href="content/${esc(page.id)}-govuk.html">GOV.UK style</a></li>`).join('')}<li><a href="content/faqs.html">Questions people ask</a></li><li><a href="content/glossary.html">Glossary</a></li><li><a href="decision-flow.html#stage-1">The decision flow as diagrams</a></li><li><a href="content/legal-references.html">Legal references</a></li></ul>
<h2>Reference</h2><ul><li><a href="api/index.html">API reference</a></li><li><a href="changelog.html">Changes</a></li><li><a href="notice.html">Notices and attribution</a></li><li><a href="license.html">Licence</a></li></ul>`,
    0,
  ),
);
console.log(`build-docs: wrote ${site}`);
