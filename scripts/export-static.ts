// Writes a static JSON API that any web server or CDN can serve: pages/, faqs/, legislation/, organisations/,
// local-authorities/, flows/, and index.json with the package version and a SHA-256 checksum of every file.
// Usage: npm run export [-- OUT_DIR]   (default: export/)
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listGuidancePages } from '../src/content/listGuidancePages.js';
import { listFaqs } from '../src/content/listFaqs.js';
import { listLegislation } from '../src/legislation/listLegislation.js';
import { listOrganisations } from '../src/directory/listOrganisations.js';
import { listLocalAuthorities } from '../src/directory/listLocalAuthorities.js';
import { getFlow } from '../src/faq/getFlow.js';
import { flowIds } from '../src/_generated/ids.js';

const root = join(import.meta.dirname, '..');
const out = process.argv[2] ?? join(root, 'export');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
rmSync(out, { recursive: true, force: true });

const files: { path: string; schema: string; sha256: string; bytes: number }[] = [];
function write(path: string, schema: string, value: unknown): void {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  const full = join(out, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  files.push({ path, schema, sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text) });
}

for (const page of listGuidancePages()) write(`pages/${page.id}.json`, 'GuidancePage', page);
for (const faq of listFaqs()) write(`faqs/${faq.id}.json`, 'Faq', faq);
for (const ref of listLegislation()) write(`legislation/${ref.id.replace('/', '--')}.json`, 'LegalReference', ref);
for (const org of listOrganisations()) write(`organisations/${org.id}.json`, 'Organisation', org);
for (const la of listLocalAuthorities()) write(`local-authorities/${la.gssCode}.json`, 'LocalAuthority', la);
for (const id of flowIds) write(`flows/${id}.json`, 'Flow', getFlow(id));

const index = {
  name: pkg.name,
  version: pkg.version,
  schemas: 'JSON Schema (draft 2020-12) for each type is in the npm package at dist/schemas/NAME.json',
  counts: Object.fromEntries(['pages', 'faqs', 'legislation', 'organisations', 'local-authorities', 'flows'].map((folder) => [folder, files.filter((f) => f.path.startsWith(`${folder}/`)).length])),
  files,
};
writeFileSync(join(out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
console.log(`export: ${files.length} files and index.json in ${out}`);
