// Every data file parses and validates, every internal reference resolves, ids are unique; and the build really
// fails, naming the file, the field and the id, when one of those breaks.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadData } from '../scripts/lib/loadData.js';
import { Faq, GlossaryTerm, GuidancePage, Instrument, LegalReference, Organisation } from '../src/schemas/index.js';

const dataDir = join(import.meta.dirname, '..', 'data');

describe('the data in data/', () => {
  const { content, problems } = loadData(dataDir);

  it('has no problems: every file parses, validates and cross-references', () => {
    expect(problems).toEqual([]);
  });

  it('validates with the published schemas', () => {
    for (const page of content.pages) expect(GuidancePage.safeParse(page).success).toBe(true);
    for (const faq of content.faqs) expect(Faq.safeParse(faq).success).toBe(true);
    for (const term of content.glossary) expect(GlossaryTerm.safeParse(term).success).toBe(true);
    for (const org of content.organisations) expect(Organisation.safeParse(org).success).toBe(true);
    for (const ref of content.legislation) expect(LegalReference.safeParse(ref).success).toBe(true);
    for (const ins of content.instruments) expect(Instrument.safeParse(ins).success).toBe(true);
  });

  it('loads at least the seed page, its FAQs and the organisations it names', () => {
    expect(content.pages.map((p) => p.id)).toContain('after-mediation');
    expect(content.glossary.map((t) => t.id)).toEqual(expect.arrayContaining(['send', 'ehc-plan', 'ias-service', 'mediation-adviser', 'mediation-certificate', 'tribunal', 'ombudsman', 'judicial-review']));
    expect(content.faqs.length).toBeGreaterThanOrEqual(3);
    expect(content.organisations.map((o) => o.id)).toEqual(
      expect.arrayContaining(['send-tribunal', 'iassn', 'ipsea', 'sossen']),
    );
  });

  it('gives every id once per kind', () => {
    for (const list of [content.pages, content.faqs, content.glossary, content.organisations, content.legislation, content.instruments]) {
      const ids = list.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('the build fails on broken data', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  function copyOfData(): string {
    dir = mkdtempSync(join(tmpdir(), 'smg-data-'));
    cpSync(dataDir, join(dir, 'data'), { recursive: true });
    return join(dir, 'data');
  }

  function edit(path: string, from: string, to: string): void {
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(from);
    writeFileSync(path, text.replace(from, to));
  }

  it('names the file, the field and the id of a reference to an organisation that does not exist', () => {
    const data = copyOfData();
    edit(join(data, 'faqs', 'not-satisfied-with-outcome.yaml'), '](org:ipsea)', '](org:ipsa)');
    const { problems } = loadData(data);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/faqs\/not-satisfied-with-outcome\.yaml: answer\[5\]\.content\[0\]: reference to unknown organisation "ipsa"/);
  });

  it('names a broken legal reference in a page list item', () => {
    const data = copyOfData();
    edit(join(data, 'faqs', 'council-not-done-what-it-agreed.yaml'), 'law:lga-1974/s-26b', 'law:lga-1974/s-99');
    const { problems } = loadData(data);
    expect(problems.join('\n')).toContain('reference to unknown legislation "lga-1974/s-99"');
    expect(problems.join('\n')).toContain('data/faqs/council-not-done-what-it-agreed.yaml');
  });

  it('refuses a page that embeds an FAQ that does not exist', () => {
    const data = copyOfData();
    edit(join(data, 'pages', 'after-mediation.yaml'), 'faq: council-not-done-what-it-agreed', 'faq: no-such-faq');
    expect(loadData(data).problems.join('\n')).toContain('body[5].faq: no FAQ has the id "no-such-faq"');
  });

  it('names a reference to a glossary term that does not exist, with the file and field', () => {
    const data = copyOfData();
    edit(join(data, 'pages', 'mediation-certificate.yaml'), '](term:mediation-adviser)', '](term:mediation-advisor)');
    const problems = loadData(data).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/pages\/mediation-certificate\.yaml: body\[0\]\.content\[3\]: reference to unknown glossary "mediation-advisor"/);
  });

  it('refuses a glossary term without a source, and one whose file name is not its id', () => {
    const data = copyOfData();
    const path = join(data, 'glossary', 'tribunal.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/sources:[\s\S]*?(?=lastReviewed)/, 'sources: []\n'));
    cpSync(join(data, 'glossary', 'ombudsman.yaml'), join(data, 'glossary', 'ombudsmen.yaml'));
    const problems = loadData(data).problems.join('\n');
    expect(problems).toContain('data/glossary/tribunal.yaml: sources');
    expect(problems).toContain('data/glossary/ombudsmen.yaml: the file name must be the id ("ombudsman.yaml")');
    expect(problems).toContain('two glossary terms have the id "ombudsman"');
  });

  it('refuses two organisations with the same id', () => {
    const data = copyOfData();
    cpSync(join(data, 'organisations', 'ipsea.yaml'), join(data, 'organisations', 'ipsea-copy.yaml'));
    const problems = loadData(data).problems.join('\n');
    expect(problems).toContain('two organisations have the id "ipsea"');
    expect(problems).toContain('ipsea-copy.yaml: the file name must be the id');
  });

  it('refuses HTML written into content', () => {
    const data = copyOfData();
    edit(join(data, 'pages', 'after-mediation.yaml'), 'If either does not come', '<script>x</script> If either does not come');
    expect(loadData(data).problems.join('\n')).toMatch(/body\[1\]\.text: "html" is not allowed/);
  });

  it('refuses a link that is not https:, mailto: or tel:', () => {
    const data = copyOfData();
    edit(join(data, 'faqs', 'not-satisfied-with-outcome.yaml'), '(https://www.gov.uk/appeal-ehc-plan-decision)', '(javascript:alert(1))');
    expect(loadData(data).problems.join('\n')).toContain('data/faqs/not-satisfied-with-outcome.yaml: answer[2].content[3].href');
  });

  it('refuses an impossible date with the field named', () => {
    const data = copyOfData();
    edit(join(data, 'pages', 'after-mediation.yaml'), 'reviewDue: 2027-05-29', 'reviewDue: 2027-02-30');
    expect(loadData(data).problems.join('\n')).toContain('data/pages/after-mediation.yaml: reviewDue: Expected a real calendar date');
  });

  it('refuses a flow whose graph is broken, naming the file, the issue code and the node', () => {
    const data = copyOfData();
    edit(join(data, 'flows', 'after-mediation.yaml'), 'next: agreed-actions', 'next: agreed-actionz');
    const problems = loadData(data).problems.join('\n');
    expect(problems).toContain('data/flows/after-mediation.yaml: UNKNOWN_NEXT at "agreement-date"');
  });

  it('refuses a flow step that names an organisation that does not exist', () => {
    const data = copyOfData();
    edit(join(data, 'flows', 'after-mediation.yaml'), 'organisations: [lgsco]', 'organisations: [lgo]');
    expect(loadData(data).problems.join('\n')).toContain('UNKNOWN_REFERENCE');
  });

  it('refuses a duplicate YAML key', () => {
    const data = copyOfData();
    edit(join(data, 'organisations', 'sossen.yaml'), 'kind: charity', 'kind: charity\nkind: tribunal');
    expect(loadData(data).problems.join('\n')).toContain('data/organisations/sossen.yaml: not valid YAML');
  });
});
