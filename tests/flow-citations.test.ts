// What each step of the "after mediation" flow cites must support it: a complaint is not an appeal, and a step meant
// for before mediation (contacting the mediation adviser) must not reach a parent who has mediated.
import { describe, expect, it } from 'vitest';
import { getFlow } from '../src/faq/getFlow.js';
import { getLegislation } from '../src/legislation/getLegislation.js';
import type { OutcomeNode } from '../src/schemas/flow.js';

const flow = getFlow('after-mediation');
const outcomes = flow.nodes.filter((n): n is OutcomeNode => n.type === 'outcome');
const steps = outcomes.flatMap((o) => o.steps.map((step) => ({ outcome: o.id, step })));
const APPEAL_LAW = ['cfa-2014/s-51', 'hesc-rules-2008/rule-20', 'hesc-rules-2008/rule-12', 'hesc-rules-2008/rule-5'];

describe('what the flow cites', () => {
  it('no complaint or ombudsman step cites the law on appeals', () => {
    const complaintSteps = steps.filter(({ step }) => /complain|ombudsman/.test(step.id) || step.organisations.some((o) => o === 'lgsco' || o === 'phso'));
    expect(complaintSteps.length).toBeGreaterThan(5);
    for (const { outcome, step } of complaintSteps) {
      expect(step.legislation.filter((id) => APPEAL_LAW.includes(id)), `${outcome}/${step.id}`).toEqual([]);
    }
  });

  it('steps naming an ombudsman cite only the law about that ombudsman, if any', () => {
    for (const { outcome, step } of steps) {
      if (step.organisations.includes('lgsco')) {
        for (const id of step.legislation) expect(id.startsWith('lga-1974/'), `${outcome}/${step.id} cites ${id}`).toBe(true);
      }
      if (step.organisations.includes('phso')) {
        // The PHSO's remit is not in the legislation register: such a step rests on its sources, and may cite reg. 42
        // only for the NHS body's own duty after a mediation agreement.
        expect(step.sources?.length ?? 0, `${outcome}/${step.id}`).toBeGreaterThan(0);
        for (const id of step.legislation) expect(id, `${outcome}/${step.id}`).toBe('send-regs-2014/reg-42');
      }
    }
  });

  it('the step to contact the mediation adviser (reg. 33, before mediation) appears only where no mediation took place', () => {
    const withReg33 = steps.filter(({ step }) => step.legislation.includes('send-regs-2014/reg-33'));
    expect(withReg33.map(({ outcome, step }) => `${outcome}/${step.id}`)).toEqual(['appeal-contact-adviser/contact-mediation-adviser']);
    // That outcome is reached only after a disagreement resolution meeting (dr-certificate), never after mediation.
    const leadsThere = flow.nodes.filter((n) => n.type === 'question' && [...(n.routes ?? []).map((r) => r.next), n.next].includes('appeal-contact-adviser'));
    expect(leadsThere.map((n) => n.id)).toEqual(['dr-certificate']);
  });

  it('a step whose text makes a claim that no legal reference in the register supports names its sources', () => {
    for (const { outcome, step } of steps) {
      if (/Advice services say|recommendations|Ombudsman|judicial review|without it/i.test(step.text) && step.legislation.every((id) => !id.startsWith('lga-1974/'))) {
        expect(step.sources?.length ?? 0, `${outcome}/${step.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('every cited reference exists and says what it is about', () => {
    for (const { step } of steps) for (const id of step.legislation) expect(getLegislation(id as never).summary.length).toBeGreaterThan(20);
  });
});
