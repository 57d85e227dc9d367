// One named case per point of the seed page ("After your mediation", shared/seed/after-your-mediation.txt), each
// asserting the block of the published page that carries it, and that the seed's mistakes are corrected.
import { describe, expect, it } from 'vitest';
import { getGuidancePage } from '../src/content/getGuidancePage.js';
import { getFaq } from '../src/content/getFaq.js';
import { _resolveRef } from '../src/_lib/resolveRef.js';
import type { ContentBlock } from '../src/schemas/block.js';
import { allBlocks, blockOf, linksOf as links, refsOf as refs, textOf as text, type Block } from './helpers/blocks.js';
import { phrasing } from './helpers/readability.js';

const page = getGuidancePage('after-mediation');
const block = (id: string): Block => blockOf(page.body, id);

describe('seed page: every point is carried, in our own words', () => {
  // Points 1 and 2 are carried as corrected (issue 13): "cannot stay involved" was one provider's policy, and it
  // must not stop a parent asking for the certificate and the written agreement that the service still owes them.
  it('1. after the meeting the service steps back: it will not take sides or give advice', () => {
    const t = text(block('service-no-longer-involved'));
    expect(t).toMatch(/After your mediation meeting/);
    expect(t).toMatch(/will not take your side or the council's/);
    expect(t).toMatch(/will not give you advice/);
    expect(t).not.toMatch(/cannot stay\s+involved|cannot answer further questions/);
  });

  it('2. what the service still does: the certificate and a copy of any written agreement, and you can ask for them', () => {
    const t = text(block('why-service-steps-back'));
    expect(t).toMatch(/still send you your mediation certificate/);
    expect(t).toMatch(/copy\s+of any written agreement/);
    expect(t).toMatch(/ask the service for it/);
    expect(refs(block('why-service-steps-back'))).toEqual(['glossary:mediation-certificate']);
  });

  it('3. the reason is impartiality', () => {
    expect(text(block('service-no-longer-involved'))).toMatch(/stays impartial/);
  });

  it('4. for ongoing support, read the questions below and see who to contact', () => {
    expect(text(block('where-to-find-help'))).toMatch(/read the questions below.*who you can contact/);
  });

  it('5. not satisfied with the outcome: the page asks and answers that question', () => {
    const faq = block('faq-not-satisfied-with-outcome');
    expect(faq.type).toBe('faq');
    expect(faq.type === 'faq' && faq.question).toMatch(/not happy with the outcome of mediation/);
  });

  it('6. you can appeal the council decision or the final EHC plan to the First-tier Tribunal (SEND)', () => {
    const b = block('appeal-to-the-tribunal');
    expect(refs(b)).toContain('organisation:send-tribunal');
    expect(refs(b)).toContain('legislation:cfa-2014/s-51');
    expect(text(b)).toMatch(/council's decision/);
    expect(text(b)).toMatch(/final education, health and care \(EHC\)\s+plan/);
  });

  it('7. the tribunal link goes to its GOV.UK page, with the official name', () => {
    const tribunal = _resolveRef('organisation', 'send-tribunal');
    expect(tribunal?.title).toBe('First-tier Tribunal (Special Educational Needs and Disability)');
    expect(tribunal?.url).toBe('https://www.gov.uk/courts-tribunals/first-tier-tribunal-special-educational-needs-and-disability');
  });

  it("8. timescales are in the council's letter about the decision taken to mediation", () => {
    const b = block('read-the-decision-letter');
    expect(text(b)).toMatch(/letter the council sent you about the decision you took to mediation/);
    expect(text(b)).toMatch(/time limits/);
    expect(links(b)).toContain('https://www.gov.uk/appeal-ehc-plan-decision');
  });

  it('9. the local IAS service can explain how to appeal and may help make the appeal', () => {
    const b = block('iass-explains-appeals');
    expect(refs(b)).toEqual(['organisation:iassn']);
    expect(text(b)).toMatch(/tell you how to appeal/);
    expect(text(b)).toMatch(/help you make your appeal/);
  });

  it('10. find your local IAS service', () => {
    const item = (block('organisations') as Extract<ContentBlock, { type: 'list' }>).items.find((i) =>
      i.some((n) => n.type === 'ref' && n.id === 'iassn'),
    );
    expect(item && phrasing(item)).toMatch(/free, impartial advice.*Your council can tell you how to contact yours/);
  });

  it('11. the council has not done what it agreed: the page asks and answers that question', () => {
    const faq = block('faq-council-not-done-what-it-agreed');
    expect(faq.type === 'faq' && faq.question).toMatch(/council has not done what it agreed at mediation/);
  });

  it('12. write to the SEN team, in writing, and ask when the agreed outcome will happen', () => {
    const list = block('chase-the-council') as Extract<ContentBlock, { type: 'list' }>;
    expect(list.ordered).toBe(true);
    expect(phrasing(list.items[0] ?? [])).toMatch(/^Write to the special educational needs \(SEN\) team.*Ask when it will do what it agreed/);
  });

  it("13. then a formal complaint if there is no reply or it is not satisfactory; how is on the council's website", () => {
    const list = block('chase-the-council') as Extract<ContentBlock, { type: 'list' }>;
    expect(phrasing(list.items[1] ?? [])).toMatch(/no reply.*not happy with the reply, make a formal complaint.*website explains how/);
  });

  it('14. the local IAS service can support you with this', () => {
    expect(refs(block('iass-helps-chase'))).toEqual(['organisation:iassn']);
  });

  it('15. the law on mediation agreements is the SEND Regulations 2014, regulation 42', () => {
    const b = block('written-agreement-deadlines');
    expect(text(b)).toMatch(/SEND Regulations 2014, regulation 42/);
    expect(refs(b)).toEqual(['legislation:send-regs-2014/reg-42']);
    expect(_resolveRef('legislation', 'send-regs-2014/reg-42')?.url).toBe(
      'https://www.legislation.gov.uk/uksi/2014/1530/regulation/42',
    );
  });

  it('16. regulation 42 stated correctly: reg. 44 deadlines as for a tribunal order, 2 weeks, 1 week, or agreed timescales', () => {
    const list = block('which-deadline-applies') as Extract<ContentBlock, { type: 'list' }>;
    expect(refs(list)).toContain('legislation:send-regs-2014/reg-44');
    const items = list.items.map(phrasing);
    expect(items[0]).toMatch(/could have appealed.*dates for a tribunal order/);
    expect(items[2]).toMatch(/anything else it agreed, the council has 2 weeks from the date of the agreement/);
    expect(items[3]).toMatch(/NHS body made the agreement without the council.*within 1 week/);
    expect(items[4]).toMatch(/other dates in writing.*apply instead/);
  });

  it('17. the overstatement is corrected: the agreement is not a tribunal order and the tribunal cannot enforce it', () => {
    const t = text(block('not-a-tribunal-order'));
    expect(t).toMatch(/does not become a tribunal order/);
    expect(t).toMatch(/tribunal\s+cannot make the council keep to it/);
    expect(refs(block('not-a-tribunal-order'))).toContain('faq:council-not-done-what-it-agreed');
  });

  it('18. IPSEA is named correctly', () => {
    const list = block('organisations') as Extract<ContentBlock, { type: 'list' }>;
    const item = list.items.map(phrasing).find((i) => i.startsWith('IPSEA'));
    expect(item).toMatch(/^IPSEA \(Independent Provider of Special Education Advice\)/);
    expect(_resolveRef('organisation', 'ipsea')?.url).toBe('https://www.ipsea.org.uk');
  });

  it('19. SOS!SEN is named correctly and described as an independent helpline', () => {
    const list = block('organisations') as Extract<ContentBlock, { type: 'list' }>;
    const item = list.items.map(phrasing).find((i) => i.startsWith('SOS!SEN'));
    expect(item).toMatch(/independent helpline/);
    expect(_resolveRef('organisation', 'sossen')?.url).toBe('https://sossen.org.uk');
  });

  it('20. the change history records what was corrected from the seed', () => {
    const note = page.changeHistory.at(-1)?.note ?? '';
    expect(note).toMatch(/2014 \(SI 2014\/1530\), not "2015"/);
    expect(note).toMatch(/does not make it legally\s*binding/);
    expect(note).toMatch(/SOS!SEN, not "SOSSEN!"/);
  });

  it('21. no block repeats the seed mistakes', () => {
    const everything = allBlocks(page.body).map(text).join('\n');
    expect(everything).not.toMatch(/Regulations 2015/);
    expect(everything).not.toMatch(/SOSSEN!/);
    expect(everything).not.toMatch(/legally binding/);
    expect(everything).not.toMatch(/First-tier SEND Tribunal Service/);
  });

  it('22. the FAQs in the page are the same as the published FAQs', () => {
    for (const b of page.body) {
      if (b.type !== 'faq') continue;
      const faq = getFaq(b.faqId as Parameters<typeof getFaq>[0]);
      expect(b.question).toBe(faq.question);
      expect(b.answer).toEqual(faq.answer);
    }
  });
});
