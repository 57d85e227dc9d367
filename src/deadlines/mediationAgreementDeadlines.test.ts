import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legislationIds } from '../_generated/ids.js';
import { _addDays, _dayOfWeek } from '../_lib/plainDate.js';
import { AgreementAction } from '../schemas/deadline.js';
import { mediationAgreementDeadlines } from './mediationAgreementDeadlines.js';

const due = (agreementDate: string, action: AgreementAction) =>
  mediationAgreementDeadlines({ agreementDate, actions: [action] }).map((e) => [e.step, e.dueDate]);

// Worked examples: shared/facts/legal-facts.md §9.1 (M1-M7) and more.
describe('mediationAgreementDeadlines: worked examples', () => {
  it('M1 amend the needs or provision (appealable): amended plan 5 weeks after Tue 10 Mar 2026 = Tue 14 Apr', () => {
    expect(due('2026-03-10', 'amend-plan')).toEqual([['amended-plan', '2026-04-14']]);
  });

  it('M2 change only the school named: amended plan 2 weeks after Wed 1 Jul 2026 = Wed 15 Jul', () => {
    expect(due('2026-07-01', 'name-school')).toEqual([['amended-plan', '2026-07-15']]);
  });

  it('M3 assess: notify in 2 weeks, no-plan decision in 10, final plan in 14 (from Mon 5 Jan 2026)', () => {
    expect(due('2026-01-05', 'assess')).toEqual([
      ['notify-assessment', '2026-01-19'],
      ['decide-no-plan', '2026-03-16'],
      ['final-plan', '2026-04-13'],
    ]);
  });

  it('M4 make a plan: draft in 5 weeks, final in 11 weeks (from Wed 1 Jul 2026)', () => {
    expect(due('2026-07-01', 'make-plan')).toEqual([
      ['draft-plan', '2026-08-05'],
      ['final-plan', '2026-09-16'],
    ]);
  });

  it('M5 something that cannot be appealed: 2 weeks, and a bank holiday does not move it (Thu 1 Jan 2026)', () => {
    const [entry] = mediationAgreementDeadlines({ agreementDate: '2025-12-18', actions: ['other'] });
    expect(entry?.dueDate).toBe('2026-01-01');
    expect(entry?.duty).toBe('local-authority-or-commissioning-body');
    expect(entry?.steps.at(-1)?.description).toBe(
      "Thursday 1 January 2026 is not a working day (New Year's Day). We found no rule that moves this date, so the time limit still ends then.",
    );
  });

  it('M6 a health body without the council: tells the council within 1 week (Mon 27 Apr 2026); its own step in 2 weeks', () => {
    const entries = mediationAgreementDeadlines({ agreementDate: '2026-04-20', actions: ['notify-local-authority', 'other'] });
    expect(entries.map((e) => [e.action, e.dueDate, e.duty])).toEqual([
      ['notify-local-authority', '2026-04-27', 'commissioning-body'],
      ['other', '2026-05-04', 'local-authority-or-commissioning-body'],
    ]);
  });

  it('M7 a timescale agreed in writing replaces the default (reg. 42(5))', () => {
    const [entry] = mediationAgreementDeadlines({
      agreementDate: '2026-07-01',
      actions: ['amend-plan'],
      agreedTimescales: [{ action: 'amend-plan', dueDate: '2026-09-30' }],
    });
    expect(entry?.dueDate).toBe('2026-09-30');
    expect(entry?.steps.map((s) => s.rule)).toContain('SEND Regulations 2014, reg. 42(5)');
  });

  it('an agreed timescale can target one duty of an action', () => {
    const entries = mediationAgreementDeadlines({
      agreementDate: '2026-07-01',
      actions: ['make-plan'],
      agreedTimescales: [{ action: 'make-plan', step: 'final-plan', dueDate: '2026-10-30' }],
    });
    expect(entries.map((e) => e.dueDate)).toEqual(['2026-08-05', '2026-10-30']);
  });

  it('ceasing or continuing a plan is immediate', () => {
    expect(due('2026-07-01', 'cease-plan')).toEqual([['cease-plan', 'immediately']]);
    expect(due('2026-07-01', 'continue-plan')).toEqual([['continue-plan', 'immediately']]);
  });

  it('gives no date where the period is not verified, with a caveat telling the parent what to do', () => {
    const [reconsider] = mediationAgreementDeadlines({ agreementDate: '2026-07-01', actions: ['reconsider'] });
    expect(reconsider?.dueDate).toBeNull();
    expect(reconsider?.caveats[0]).toMatch(/could not check the law's time limit.*Look for a date in the mediation agreement.*Ask the council/);
    const entries = mediationAgreementDeadlines({ agreementDate: '2026-07-01', actions: ['continue-and-amend-plan'] });
    expect(entries.map((e) => [e.step, e.dueDate])).toEqual([
      ['continue-plan', 'immediately'],
      ['amended-plan', null],
    ]);
  });

  it('keeps the order of actions, one entry per duty', () => {
    const entries = mediationAgreementDeadlines({ agreementDate: '2026-11-02', actions: ['name-school', 'make-plan', 'other'] });
    expect(entries.map((e) => `${e.action}/${e.step}`)).toEqual(['name-school/amended-plan', 'make-plan/draft-plan', 'make-plan/final-plan', 'other/other']);
  });

  it('explains the reg. 44 periods with their source and the exceptions', () => {
    const [entry] = mediationAgreementDeadlines({ agreementDate: '2026-03-10', actions: ['amend-plan'] });
    expect(entry?.legislation).toEqual(['send-regs-2014/reg-42', 'send-regs-2014/reg-44']);
    expect(entry?.steps[0]?.rule).toBe('SEND Regulations 2014, reg. 42(2)');
    expect(entry?.steps[1]?.description).toBe('The time limit is 5 weeks from the date of the agreement: Tuesday 14 April 2026.');
    expect(entry?.caveats.join(' ')).toMatch(/SEND18/);
    expect(entry?.caveats.join(' ')).toMatch(/away from the area for 2 weeks or more/);
  });

  it('names only legal references that exist', () => {
    const known: readonly string[] = legislationIds;
    const all = mediationAgreementDeadlines({ agreementDate: '2026-03-10', actions: [...AgreementAction.options] });
    for (const entry of all) for (const id of [...entry.legislation, ...entry.steps.flatMap((s) => s.legislation)]) expect(known).toContain(id);
  });

  it('dates of week periods fall on the same weekday as the agreement (property)', () => {
    const date = fc.integer({ min: 0, max: 9000 }).map((n) => _addDays('2014-09-01', n));
    fc.assert(
      fc.property(date, (agreementDate) => {
        for (const entry of mediationAgreementDeadlines({ agreementDate, actions: [...AgreementAction.options] })) {
          if (typeof entry.dueDate === 'string' && entry.dueDate !== 'immediately') {
            expect(_dayOfWeek(entry.dueDate)).toBe(_dayOfWeek(agreementDate));
            expect(entry.dueDate > agreementDate).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('mediationAgreementDeadlines: bad input', () => {
  it.each([
    [{ agreementDate: '2026-02-29', actions: ['other'] }, 'INVALID_DATE', 'agreementDate'],
    [{ agreementDate: '2014-08-01', actions: ['other'] }, 'DATE_OUT_OF_RANGE', 'agreementDate'],
    [{ agreementDate: '2026-03-01', actions: [] }, 'INVALID_ARGUMENT', 'actions'],
    [{ agreementDate: '2026-03-01', actions: ['make-plans'] }, 'INVALID_ARGUMENT', 'actions[0]'],
    [{ agreementDate: '2026-03-01', actions: ['other', 'other'] }, 'INVALID_ARGUMENT', 'actions[1]'],
    [{ agreementDate: '2026-03-01', actions: ['other'], agreedTimescales: [{ action: 'amend-plan', dueDate: '2026-04-01' }] }, 'INVALID_ARGUMENT', 'agreedTimescales[0].action'],
    [{ agreementDate: '2026-03-01', actions: ['notify-local-authority'], agreedTimescales: [{ action: 'notify-local-authority', dueDate: '2026-04-01' }] }, 'INVALID_ARGUMENT', 'agreedTimescales[0].action'],
    [{ agreementDate: '2026-03-01', actions: ['make-plan'], agreedTimescales: [{ action: 'make-plan', step: 'final', dueDate: '2026-04-01' }] }, 'INVALID_ARGUMENT', 'agreedTimescales[0].step'],
    [{ agreementDate: '2026-03-01', actions: ['other'], agreedTimescales: [{ action: 'other', dueDate: '2026-02-01' }] }, 'DATE_ORDER', 'agreedTimescales[0].dueDate'],
    [{ agreementDate: '2026-03-01', actions: ['other'], agreedTimescales: [{ action: 'other', dueDate: '1 April' }] }, 'INVALID_DATE', 'agreedTimescales[0].dueDate'],
  ])('%j -> %s naming %s', (input, code, argument) => {
    expect(() => mediationAgreementDeadlines(input as never)).toThrow(expect.objectContaining({ code, argument }));
  });
});
