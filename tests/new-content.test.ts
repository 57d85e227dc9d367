// Issue 13, "New content a parent needs": what each new page and FAQ tells a parent, that every legal claim links to
// its reference, that each reference says honestly how firmly it is backed, and that a claim resting only on
// advice services (SECONDARY) says so in the sentence that makes it. The ids are stable: the flow links to them.
import { describe, expect, it } from 'vitest';
import { getFaq } from '../src/content/getFaq.js';
import { getGuidancePage } from '../src/content/getGuidancePage.js';
import { listFaqs } from '../src/content/listFaqs.js';
import { listGuidancePages } from '../src/content/listGuidancePages.js';
import { getLegislation } from '../src/legislation/getLegislation.js';
import { allBlocks, blockOf, linksOf, refsOf, textOf } from './helpers/blocks.js';
import { sentences } from './helpers/readability.js';

const NEW_PAGES = ['mediation-certificate', 'council-has-not-acted', 'health-and-social-care', 'plan-being-stopped'] as const;
const NEW_FAQS = ['no-mediation-certificate', 'no-written-agreement', 'agreement-and-appeal-deadline'] as const;

const bodyOf = (id: (typeof NEW_PAGES)[number]) => getGuidancePage(id).body;

/**
 * Facts that rest only on advice services (status SECONDARY in the fact pack): the sentence that states one must
 * say who says it ("Advice services say", "IPSEA ... say") or that the library has not checked it.
 */
const SECONDARY_CLAIMS: { where: string; claim: RegExp }[] = [
  { where: 'mediation-certificate#three-working-days', claim: /3 working days/ },
  { where: 'health-and-social-care#health-care-steps', claim: /within 12 months/ },
  { where: 'health-and-social-care#recommendations', claim: /suggest changes/ },
  { where: 'plan-being-stopped#plan-stays', claim: /the plan stays/ },
  { where: 'plan-being-stopped#when-it-can-stop', claim: /do not appeal in time/ },
  { where: 'faq:no-mediation-certificate#ask-now', claim: /3 working days/ },
];
const ATTRIBUTED = /\b([Aa]dvice services( such as IPSEA)? say|IPSEA and other advice services say|they say)\b/;

describe('new pages and FAQs: stable ids', () => {
  it('publishes the four pages and three FAQs under the ids the flow links to', () => {
    expect(listGuidancePages().map((p) => p.id)).toEqual(expect.arrayContaining([...NEW_PAGES]));
    expect(listFaqs().map((f) => f.id)).toEqual(expect.arrayContaining([...NEW_FAQS]));
    expect(getGuidancePage('mediation-certificate').slug).toBe('your-mediation-certificate');
    expect(getGuidancePage('council-has-not-acted').slug).toBe('when-the-council-has-not-done-what-it-agreed');
  });

  it('links the new pages from the main page', () => {
    const refs = refsOf(blockOf(getGuidancePage('after-mediation').body, 'guidance-pages'));
    expect(refs).toEqual(NEW_PAGES.map((id) => `page:${id}`));
  });
});

describe('your mediation certificate', () => {
  const body = bodyOf('mediation-certificate');

  it('says what it is for and the 1 month it gives, linked to rule 20', () => {
    const more = blockOf(body, 'more-time');
    expect(textOf(more)).toMatch(/within 2 months of the day the council\s+sent its decision.*within 1 month of the date on your certificate/s);
    expect(refsOf(more)).toContain('legislation:hesc-rules-2008/rule-20');
  });

  it('says when it should arrive, attributed to advice services', () => {
    expect(textOf(blockOf(body, 'three-working-days'))).toMatch(/^Advice services say it should come within 3 working days of the end of the meeting/);
  });

  it('says what to do if it is late or never comes: ask, you are not out of time, appeal and explain', () => {
    const steps = blockOf(body, 'late-certificate-steps');
    expect(steps.type === 'list' && steps.ordered).toBe(true);
    const t = textOf(steps);
    expect(t).toMatch(/Ask the service for it now, in writing/);
    expect(t).toMatch(/Do not give up if 2 months have passed.*1 month after the date on the\s+certificate/s);
    expect(t).toMatch(/you can still appeal\. Tell the tribunal why you have none/);
  });

  it('says when it is not needed (school-only appeals), linked to s. 55', () => {
    const b = blockOf(body, 'school-only');
    expect(textOf(b)).toMatch(/only appeal about the school or college named/);
    expect(refsOf(b)).toContain('legislation:cfa-2014/s-55');
  });

  it('warns that mediation does not stop the appeal clock', () => {
    const w = blockOf(body, 'clock-keeps-running');
    expect(w.type).toBe('warning');
    expect(textOf(w)).toMatch(/keeps running during and after mediation/);
  });
});

describe('when the council has not done what it agreed', () => {
  const body = bodyOf('council-has-not-acted');

  it('gives the reg. 42 dates, linked to regs 42 and 44', () => {
    expect(refsOf(blockOf(body, 'the-law-sets-dates'))).toContain('legislation:send-regs-2014/reg-42');
    expect(refsOf(blockOf(body, 'the-dates'))).toContain('legislation:send-regs-2014/reg-44');
    expect(textOf(blockOf(body, 'the-dates'))).toMatch(/2 weeks from the agreement's\s*date/);
  });

  it("names and links IPSEA's template letter 23 (not copied)", () => {
    const b = blockOf(body, 'template-letter');
    expect(textOf(b)).toMatch(/template letter 23/);
    expect(linksOf(b)).toEqual(['https://www.ipsea.org.uk/model-letter-23']);
    expect(refsOf(b)).toContain('organisation:ipsea');
  });

  it("gives the Ombudsman's SEND remit: the council first (about 12 weeks), 12 months or later, not tribunal matters, not inside schools", () => {
    const rules = blockOf(body, 'ombudsman-rules');
    const t = textOf(rules);
    expect(t).toMatch(/about 12 weeks to answer your complaint first/);
    expect(t).toMatch(/within 12 months.*sometimes take a later\s+complaint/s);
    expect(t).toMatch(/does not usually look at things you can appeal to the tribunal/);
    expect(t).toMatch(/cannot look at what goes on inside a school/);
    expect(refsOf(rules)).toEqual(expect.arrayContaining(['legislation:lga-1974/s-26', 'legislation:lga-1974/s-26b']));
    expect(linksOf(rules)).toContain('https://www.lgo.org.uk/information-centre/staff-guidance/guidance-on-jurisdiction?chapter=10');
    expect(refsOf(blockOf(body, 'lgsco-looks-at-fault'))).toContain('organisation:lgsco');
  });

  it('gives judicial review for urgent failures, its 3-month limit and a pointer to legal advice', () => {
    const b = blockOf(body, 'judicial-review');
    expect(textOf(b)).toMatch(/within 3 months at the latest/);
    expect(textOf(b)).toMatch(/Get legal\s+advice quickly/);
    expect(linksOf(b)).toContain('https://www.gov.uk/guidance/pre-action-protocol-for-judicial-review');
    expect(refsOf(b)).toContain('glossary:judicial-review');
  });

  it('warns that the agreement does not stop the appeal deadline, so get advice as it nears', () => {
    const w = blockOf(body, 'agreement-does-not-stop-the-clock');
    expect(w.type).toBe('warning');
    expect(textOf(w)).toMatch(/does not stop the time limit to appeal.*last day to appeal is near, get advice now/s);
  });
});

describe('health and social care after mediation', () => {
  const body = bodyOf('health-and-social-care');

  it('sends health complaints through the NHS process, then the PHSO', () => {
    const b = blockOf(body, 'health-care-steps');
    expect(textOf(b)).toMatch(/Complain to the NHS body.*Parliamentary and Health Service Ombudsman/s);
    expect(refsOf(b)).toContain('organisation:phso');
  });

  it('sends social care complaints through the council, then the LGSCO', () => {
    const b = blockOf(body, 'social-care-steps');
    expect(textOf(b)).toMatch(/Complain to the council.*Local Government and Social Care Ombudsman.*fair chance to answer your complaint/s);
    expect(refsOf(b)).toContain('organisation:lgsco');
  });

  it('says what the tribunal can recommend, and when', () => {
    expect(textOf(blockOf(body, 'recommendations'))).toMatch(/Advice services say the tribunal can then suggest changes/);
    const limits = textOf(blockOf(body, 'recommendation-limits'));
    expect(limits).toMatch(/not orders/);
    expect(limits).toMatch(/only about a refusal to assess/);
    expect(limits).toMatch(/must still be about education as well/);
  });
});

describe('a plan that is being stopped', () => {
  const body = bodyOf('plan-being-stopped');

  it('says the plan stays in place while the appeal is decided, with the status of that claim', () => {
    const t = textOf(blockOf(body, 'plan-stays'));
    expect(t).toMatch(/IPSEA and other advice services say the plan stays while the tribunal decides your appeal/);
    expect(t).toMatch(/We have not yet checked this/);
  });

  it('says the plan stops straight away if the appeal is dismissed, linked to reg. 44', () => {
    const b = blockOf(body, 'when-it-can-stop');
    expect(textOf(b)).toMatch(/If you lose your appeal, the council must stop the plan straight away/);
    expect(refsOf(b)).toContain('legislation:send-regs-2014/reg-44');
    expect(getLegislation('send-regs-2014/reg-44').parts?.find((p) => p.label === '(2)(a)')?.summary).toMatch(/stop the plan straight away/);
  });
});

describe('the new FAQs', () => {
  it('no-mediation-certificate: not out of time, appeal with an explanation', () => {
    const faq = getFaq('no-mediation-certificate');
    expect(textOf(blockOf(faq.answer, 'not-out-of-time'))).toMatch(/not out of time just because 2 months have passed/);
    expect(refsOf(blockOf(faq.answer, 'read-more'))).toEqual(['page:mediation-certificate']);
  });

  it('agreement-and-appeal-deadline: answers "No" first', () => {
    const faq = getFaq('agreement-and-appeal-deadline');
    expect(faq.answer[0] && textOf(faq.answer[0])).toMatch(/^No\. The time limit to appeal keeps running/);
  });
});

describe('legal claims and their status', () => {
  const blocks = [
    ...NEW_PAGES.flatMap((id) => allBlocks(bodyOf(id)).map((b) => ({ where: `${id}#${b.id}`, b }))),
    ...NEW_FAQS.flatMap((id) => allBlocks(getFaq(id).answer).map((b) => ({ where: `faq:${id}#${b.id}`, b }))),
  ];

  it('links only to legal references that are backed by more than an unverified note', () => {
    for (const { where, b } of blocks) {
      for (const ref of refsOf(b).filter((r) => r.startsWith('legislation:'))) {
        const law = getLegislation(ref.slice('legislation:'.length) as 'cfa-2014/s-51');
        expect(law.verification, `${where} cites ${law.id}`).not.toBe('unverified');
        expect(['primary', 'official', 'secondary']).toContain(law.verification);
      }
    }
  });

  it.each(SECONDARY_CLAIMS.map((c) => [c.where, c] as const))('%s: a claim resting on advice services says so', (_where, { where, claim }) => {
    const [item, id] = where.split('#') as [string, string];
    const blocksOf = item.startsWith('faq:') ? getFaq(item.slice(4) as 'no-mediation-certificate').answer : bodyOf(item as (typeof NEW_PAGES)[number]);
    const sentence = sentences(textOf(blockOf(blocksOf, id))).find((s) => claim.test(s));
    expect(sentence, `no sentence matching ${claim} in ${where}`).toBeDefined();
    expect(sentence).toMatch(ATTRIBUTED);
  });

  it('gives every new page and FAQ its sources, each checked on a real date', () => {
    for (const id of NEW_PAGES) for (const s of getGuidancePage(id).sources) expect(s.checked).toMatch(/^2026-11-(28|29)$/);
    for (const id of NEW_FAQS) for (const s of getFaq(id).sources) expect(s.checked).toMatch(/^2026-11-(28|29)$/);
  });
});
