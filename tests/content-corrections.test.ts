// Issue 13, "Corrections": one test per correction, each asserting the new wording and the source it rests on.
// The deadline calculators' own wording is held to the same corrections.
import { describe, expect, it } from 'vitest';
import { getFaq } from '../src/content/getFaq.js';
import { getGuidancePage } from '../src/content/getGuidancePage.js';
import { listFaqs } from '../src/content/listFaqs.js';
import { listGlossary } from '../src/content/listGlossary.js';
import { listGuidancePages } from '../src/content/listGuidancePages.js';
import { mediationAdviserDeadline } from '../src/deadlines/mediationAdviserDeadline.js';
import { mediationAgreementDeadlines } from '../src/deadlines/mediationAgreementDeadlines.js';
import { mediationCertificateDeadline } from '../src/deadlines/mediationCertificateDeadline.js';
import { getOrganisation } from '../src/directory/getOrganisation.js';
import { getFlow } from '../src/faq/getFlow.js';
import { getLegislation } from '../src/legislation/getLegislation.js';
import { listLegislation } from '../src/legislation/listLegislation.js';
import type { Source } from '../src/schemas/source.js';
import { allBlocks, blockOf, refsOf, textOf } from './helpers/blocks.js';
import { blockTexts } from './helpers/readability.js';

const urls = (sources: readonly Source[]): string[] => sources.map((s) => s.url);

/** Every text a reader sees in data/: pages, FAQs, glossary, organisation and legal summaries. */
const everyText: string[] = [
  ...listGuidancePages().flatMap((p) => [p.title, p.summary, ...p.body.flatMap(blockTexts)]),
  ...listFaqs().flatMap((f) => [f.question, ...f.answer.flatMap(blockTexts)]),
  ...listGlossary().map((t) => t.definition),
  ...listLegislation().flatMap((l) => [l.summary, ...(l.parts ?? []).map((p) => p.summary)]),
  ...['send-tribunal', 'iassn', 'ipsea', 'sossen', 'lgsco', 'phso', 'contact'].map((id) => getOrganisation(id as 'lgsco').summary),
];


const page = getGuidancePage('after-mediation');

describe('issue 13 corrections', () => {
  it('1. the service: says what it will not do (take sides, advise) and what it still sends; no provider policy stated as a rule', () => {
    const steps = textOf(blockOf(page.body, 'service-no-longer-involved'));
    expect(steps).toMatch(/will not take your side or the council's/);
    expect(steps).toMatch(/will not give you advice/);
    const still = textOf(blockOf(page.body, 'why-service-steps-back'));
    expect(still).toMatch(/still send you your mediation certificate/);
    expect(still).toMatch(/copy of any written agreement/);
    expect(still).toMatch(/ask the service for it/);
    for (const text of everyText) expect(text).not.toMatch(/cannot stay\s+involved|cannot answer further questions/);
    // Source: a local advice service on the certificate after mediation; IPSEA on the written agreement.
    expect(urls(page.sources)).toEqual(expect.arrayContaining([
      'https://sendadvicesurrey.org.uk/information-advice-and-support/mediation-advice/',
      'https://www.ipsea.org.uk/model-letter-23',
    ]));
  });

  it('2. mediation and disagreement resolution are separate: the certificate and reg. 42 belong to mediation', () => {
    expect(page.summary).not.toMatch(/disagreement resolution/);
    for (const text of everyText) expect(text).not.toMatch(/mediation or disagreement resolution meeting/);
    const dr = blockOf(page.body, 'disagreement-resolution-is-different');
    expect(textOf(dr)).toMatch(/The certificate and the dates for an agreement are for mediation only/);
    expect(refsOf(dr)).toEqual(expect.arrayContaining(['glossary:disagreement-resolution', 'legislation:cfa-2014/s-57']));
    // Where the library says disagreement resolution gives no certificate, it says it found no rule, not that none exists.
    const certificatePage = getGuidancePage('mediation-certificate');
    expect(textOf(blockOf(certificatePage.body, 'not-after-disagreement-resolution'))).toMatch(/We found no rule that gives you a certificate/);
    // Source: reg. 42(1), "where mediation has taken place" (read on legislation.gov.uk).
    expect(urls(page.sources)).toContain('https://www.legislation.gov.uk/uksi/2014/1530/regulation/42/2014-09-01');
  });

  it('3. the agreement "recorded in writing": no "must be written down"; what to do without a signed, dated copy', () => {
    for (const text of everyText) expect(text).not.toMatch(/must be written down/);
    const faq = getFaq('mediation-agreement-time-limits');
    expect(textOf(blockOf(faq.answer, 'no-signed-copy'))).toMatch(/If you do not have a\s+signed, dated copy, ask the mediation service for one now/);
    const noCopy = getFaq('no-written-agreement');
    expect(textOf(blockOf(noCopy.answer, 'ask-for-a-copy'))).toMatch(/Ask the mediation service for a signed, dated copy now/);
    expect(refsOf(blockOf(noCopy.answer, 'why-writing-matters'))).toContain('legislation:send-regs-2014/reg-42');
    expect(getLegislation('send-regs-2014/reg-42').parts?.find((p) => p.label === '(1)')?.summary).toMatch(/recorded in writing/);
  });

  it('4. the agreement FAQ answers its question first ("Yes ..."), then gives the dates as a list', () => {
    const faq = getFaq('mediation-agreement-time-limits');
    const [first, second] = faq.answer;
    expect(first && textOf(first)).toMatch(/^Yes, if you have the agreement in writing\. The law says the council must do what it agreed, by these dates/);
    expect(second?.type).toBe('list');
    expect(second && textOf(second)).toMatch(/5 weeks.*2 weeks.*1 week/s);
  });

  it('5. appeals about a plan: sections B, F and I; health and social care only as recommendations in an education appeal', () => {
    const faq = getFaq('not-satisfied-with-outcome');
    const list = textOf(blockOf(faq.answer, 'what-you-can-appeal-in-a-plan'));
    expect(list).toMatch(/section B.*section F.*section I/s);
    expect(list).toMatch(/cannot appeal about health or social care alone/);
    expect(list).toMatch(/can only suggest changes to them in an appeal about the needs, help or school/);
    for (const text of everyText) expect(text).not.toMatch(/the needs, help or school set out in a plan/);
    // Source: a council's page on extended appeals (SECONDARY), and s. 51 on legislation.gov.uk (PRIMARY).
    expect(urls(faq.sources)).toEqual(expect.arrayContaining([
      'https://livewell.bathnes.gov.uk/special-educational-need-or-disability-send/send-tribunal-extended-appeals',
      'https://www.legislation.gov.uk/ukpga/2014/6/part/3/crossheading/appeals-mediation-and-dispute-resolution',
    ]));
  });

  it('6. no "the regulations do not move the date" in the content; "we found no rule" where the library has no source', () => {
    for (const text of everyText) expect(text).not.toMatch(/(regulations|law|rules) do(es)? not move/i);
    expect(everyText.some((t) => /We found no rule/.test(t))).toBe(true);
    // The deadline calculators say it too.
    const calculatorText = [
      ...mediationAgreementDeadlines({ agreementDate: '2026-12-19', actions: ['other'] }).flatMap((d) => [d.description, ...d.steps.map((s) => s.description)]),
      ...mediationAdviserDeadline({ decisionLetterDate: '2026-10-03' }).steps.map((s) => s.description),
    ].join('\n');
    expect(calculatorText).not.toMatch(/(regulations|law|rules) do(es)? not move/i);
    expect(calculatorText).toMatch(/We found no rule that moves this date/);
  });

  it('7. reg. 44: amendment history marked unchecked; 44(2)(b) is the duty to say within 2 weeks that it will assess', () => {
    const reg44 = getLegislation('send-regs-2014/reg-44');
    expect(reg44.amendmentsChecked).toBe(false);
    expect(reg44.summary).toMatch(/has not checked whether regulation 44 itself changed/);
    expect(reg44.summary).not.toMatch(/start an assessment within 2 weeks/);
    expect(reg44.parts?.find((p) => p.label === '(2)(b)')?.summary).toMatch(/must tell you within 2 weeks that it will/);
    // Source: the legislation.gov.uk Appeals cross-heading (superseded 23 March 2015) and the verbatim as-made copy.
    expect(urls(reg44.sources)).toEqual(expect.arrayContaining([
      'https://www.legislation.gov.uk/uksi/2014/1530/part/2/crossheading/appeals/2014-09-01',
      'https://sendfamilymagic.mykajabi.com/blog/appeal-guidance',
    ]));
  });

  it('8. CFA s. 56: names the three bodies, not "the NHS"', () => {
    const s56 = getLegislation('cfa-2014/s-56');
    expect(s56.summary).toMatch(/a council in England, an integrated care board or NHS England/);
    expect(s56.summary).not.toMatch(/or the NHS does not count/);
    expect(urls(s56.sources)).toContain('https://www.legislation.gov.uk/ukpga/2014/6/section/56');
  });

  it('9. CFA s. 51: a young person is over compulsory school age and under 25 (from the end of Year 11)', () => {
    const s51 = getLegislation('cfa-2014/s-51');
    expect(s51.summary).toMatch(/over compulsory school age \(from the end of Year 11\) and under 25/);
    for (const text of everyText) expect(text).not.toMatch(/16 to 25/);
    expect(textOf(blockOf(getGuidancePage('plan-being-stopped').body, 'young-person-can-appeal'))).toMatch(/from the end of Year 11 until their 25th birthday/);
  });

  it('10. the Ombudsman\'s 12 months: it can sometimes accept a later complaint (LGA 1974 s. 26B(3)), where a parent reads it', () => {
    const faq = getFaq('council-not-done-what-it-agreed');
    const item = textOf(blockOf(faq.answer, 'chase-the-council'));
    expect(item).toMatch(/within 12 months.*It can\s+sometimes take a later complaint/s);
    expect(refsOf(blockOf(faq.answer, 'chase-the-council'))).toContain('legislation:lga-1974/s-26b');
    const rules = blockOf(getGuidancePage('council-has-not-acted').body, 'ombudsman-rules');
    expect(textOf(rules)).toMatch(/The Ombudsman can sometimes take a later\s+complaint/);
    expect(getOrganisation('lgsco').summary).toMatch(/can sometimes accept a later complaint/);
    expect(getLegislation('lga-1974/s-26b').summary).toMatch(/can accept a complaint outside these rules/);
    expect(urls(getLegislation('lga-1974/s-26b').sources)).toContain('https://www.legislation.gov.uk/ukpga/1974/7/section/26B/2012-01-16');
  });

  it('11. reg. 38 names its source (Kumar v Hillingdon); the content does not cite reg. 39 for a due date', () => {
    const reg38 = getLegislation('send-regs-2014/reg-38');
    expect(reg38.summary).toMatch(/Kumar v Hillingdon/);
    expect(urls(reg38.sources)).toContain('https://www.bailii.org/ew/cases/EWHC/Admin/2020/3326.html');
    const contentRefs = [...listGuidancePages().flatMap((p) => allBlocks(p.body)), ...listFaqs().flatMap((f) => allBlocks(f.answer))].flatMap(refsOf);
    expect(contentRefs).not.toContain('legislation:send-regs-2014/reg-39');
    const flowLaw = getFlow('after-mediation').nodes.flatMap((n) => (n.type === 'outcome' ? n.steps.flatMap((s) => s.legislation) : []));
    expect(flowLaw).not.toContain('send-regs-2014/reg-39');
    // The certificate calculator cites what was read (IPSEA and local advice services), not reg. 39.
    const certificate = mediationCertificateDeadline({ event: 'mediation-ended', date: '2026-12-23' });
    expect(certificate.legislation).not.toContain('send-regs-2014/reg-39');
    expect(certificate.steps.flatMap((s) => s.legislation)).not.toContain('send-regs-2014/reg-39');
    expect(certificate.steps[0]?.rule).toMatch(/IPSEA and local advice services/);
  });

  it('12. "the NHS body that arranges health care", not "health body" or "health commissioning body"', () => {
    for (const text of everyText) expect(text).not.toMatch(/health (commissioning )?body/i);
    expect(getLegislation('send-regs-2014/reg-42').summary).toMatch(/the NHS body that arranges health care/);
    expect(textOf(blockOf(getFaq('mediation-agreement-time-limits').answer, 'which-deadline-applies'))).toMatch(/the NHS body that\s+arranges health care/);
    // Source: reg. 42(3) and (4), "responsible commissioning body" (read on legislation.gov.uk).
    expect(urls(getLegislation('send-regs-2014/reg-42').sources)).toContain('https://www.legislation.gov.uk/uksi/2014/1530/regulation/42/2014-09-01');
    // The flow's text too (the flow is other work; it was reworded on main).
    const flowText = JSON.stringify(getFlow('after-mediation'));
    expect(flowText).not.toMatch(/health (commissioning )?body/i);
    // And the deadline calculators' text.
    const dutyText = JSON.stringify(mediationAgreementDeadlines({ agreementDate: '2026-11-02', actions: ['other', 'notify-local-authority'] }));
    expect(dutyText).not.toMatch(/health (commissioning )?body/i);
    expect(dutyText).toMatch(/the NHS body that arranges health care/);
  });
});
