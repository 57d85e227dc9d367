// localise on every outcome the "after mediation" flow can reach (issue 16, point 7): a council's details change
// names and add contacts, never the outcome, the steps or a date; and the flow data says which steps name which of
// the council's contacts, checked against what each step tells the parent to do.
import { describe, expect, it } from 'vitest';
import { getFlow, localise, nextSteps, renderHtml, type LocalDetails, type OutcomeNode } from '../src/index.js';
import { enumeratePaths, PATHS_TODAY } from './_support/flowPaths.js';

const details: LocalDetails = {
  localAuthority: {
    name: 'Kent County Council',
    senTeam: { email: 'sen@kent.example.gov.uk', phone: '01632 960000' },
    complaintsUrl: 'https://www.kent.gov.uk/complaints',
  },
  mediationProvider: { name: 'Example Mediation', url: 'https://mediation.example.org' },
  iass: {
    name: 'Information, Advice and Support Kent (IASK)',
    website: 'https://www.iask.example.org',
    localAuthorities: ['E10000016'],
    source: { url: 'https://www.iask.example.org', title: 'Home', publisher: 'IASK', checked: '2026-11-28' },
  },
};

describe('localise on every enumerated path of the flow', () => {
  const paths = enumeratePaths();

  it('keeps the outcome, the steps and every date; adds each contact a step asks for; leaves no "the council"', () => {
    expect(paths.length).toBeGreaterThan(500);
    for (const path of paths) {
      const result = nextSteps(path.state, { today: PATHS_TODAY });
      const local = localise(result, details);
      expect(local.outcome.id).toBe(result.outcome.id);
      expect(local.steps.map((s) => [s.id, s.dueDates.map((d) => [d.dueDate, d.passed])])).toEqual(result.steps.map((s) => [s.id, s.dueDates.map((d) => [d.dueDate, d.passed])]));
      for (const step of local.steps) {
        expect(step.contacts?.map((c) => c.kind) ?? []).toEqual(step.local ?? []);
        expect(`${step.text} ${step.dueDates.map((d) => d.sentence).join(' ')}`).not.toMatch(/\b(the|your) council\b/i);
      }
      expect(`${local.outcome.title} ${local.outcome.summary}`).not.toMatch(/\b(the|your) council\b/i);
    }
  });

  it('renders a localised result with the council’s links on the page', () => {
    const complaint = paths.find((p) => p.outcome === 'formal-complaint');
    expect(complaint).toBeDefined();
    const html = renderHtml(localise(nextSteps(complaint!.state, { today: PATHS_TODAY }), details));
    expect(html).toContain('href="https://www.kent.gov.uk/complaints"');
    expect(html).toContain('How to make a complaint to Kent County Council');
  });
});

describe("the flow data names the council's contacts where a step sends the parent to them", () => {
  const steps = getFlow('after-mediation')
    .nodes.filter((node): node is OutcomeNode => node.type === 'outcome')
    .flatMap((node) => node.steps);

  it.each([
    ['iass', (s: (typeof steps)[number]) => s.organisations.includes('iassn')],
    ['sen-team', (s: (typeof steps)[number]) => /\bSEN\) team\b/.test(s.text)],
    ['complaints', (s: (typeof steps)[number]) => /complaint to the council|council's (social care )?complaints process/.test(s.text)],
    ['mediation-service', (s: (typeof steps)[number]) => /\bthe mediation (service|adviser)\b/i.test(s.text)],
  ] as const)('a step lists %s in `local` exactly when it sends the parent there', (kind, sendsThere) => {
    for (const step of steps) expect([step.id, step.local?.includes(kind) ?? false]).toEqual([step.id, sendsThere(step)]);
  });
});
