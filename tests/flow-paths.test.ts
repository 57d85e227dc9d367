// Every path through the "after mediation" flow, enumerated: each ends in an outcome, every outcome is reached, and
// nextSteps gives the same result for a situation and for the flow state of the same answers. Then a property over
// generated situations: the flow says the appeal time has passed exactly when the latest last day the law allows
// for those facts is before today. A count and properties, not a snapshot of each path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appealDeadline } from '../src/deadlines/appealDeadline.js';
import { getFlow } from '../src/faq/getFlow.js';
import { nextSteps, type MediationSubject, type Situation } from '../src/faq/nextSteps.js';
import { _addDays } from '../src/_lib/plainDate.js';
import { enumeratePaths, PATHS_TODAY, toSituation } from './_support/flowPaths.js';

const flow = getFlow('after-mediation');
const paths = enumeratePaths();

describe('every path through the after-mediation flow', () => {
  it('ends in an outcome, and the number of enumerated paths is stable', () => {
    expect(paths.length).toBe(PATH_COUNT);
    for (const path of paths) expect(flow.nodes.find((n) => n.id === path.outcome)?.type).toBe('outcome');
  });

  it('reaches every outcome', () => {
    const outcomes = flow.nodes.filter((n) => n.type === 'outcome').map((n) => n.id).sort();
    expect([...new Set(paths.map((p) => p.outcome))].sort()).toEqual(outcomes);
  });

  it('nextSteps(situation) and nextSteps(state) agree on every path, steps, dates and passed flags included', () => {
    for (const path of paths) {
      const fromState = nextSteps(path.state, { today: PATHS_TODAY });
      const fromSituation = nextSteps(toSituation(path.state.answers), { today: PATHS_TODAY });
      expect(fromState.outcome.id, JSON.stringify(path.state.answers)).toBe(path.outcome);
      expect(fromSituation).toEqual(fromState);
    }
  });

  it('never gives a step meant for before mediation to a parent who has mediated', () => {
    for (const path of paths) {
      if (path.state.answers['meeting-type'] !== 'mediation') continue;
      const ids = nextSteps(path.state, { today: PATHS_TODAY }).steps.map((s) => s.id);
      expect(ids).not.toContain('contact-mediation-adviser');
    }
  });
});

// The number of enumerated paths: a change to the flow's shape changes it (update it on purpose).
const PATH_COUNT = 547;

// --- The latest last day the law allows, worked out from the facts alone ------------------------------------------
// r.20(1)(c): 2 months after the decision, or 1 month from the certificate's date of issue if later, moved by r.12.
// A certificate still to come (after mediation, or asked for after disagreement resolution) will give 1 month from
// its date, so there is no latest day yet. Without a certificate and with none to come, the 2-month date applies.
function latestLastDay(s: Situation): string | 'open' {
  const status = s.certificateStatus ?? (s.mediationCertificateDate !== undefined ? 'received' : undefined);
  if (status === 'waiting' || status === 'asked') return 'open';
  const educationBeyondSchool = (s.mediationSubject ?? []).some((x) => ['refusal-to-assess', 'refusal-to-issue-plan', 'plan-contents', 'ceasing-plan'].includes(x));
  if (status === 'not-needed' && educationBeyondSchool && s.meetingType !== 'disagreement-resolution') return 'open';
  const decisionLetterDate = s.decisionLetterDate as string;
  if (status === 'received') return appealDeadline({ decisionLetterDate, mediationCertificateDate: s.mediationCertificateDate as string }).lastDay;
  return appealDeadline({ decisionLetterDate }).lastDay;
}

const day = (from: string, to: string) => fc.integer({ min: 0, max: 400 }).map((n) => { const d = _addDays(from, n); return d > to ? to : d; });
const subjects = fc.subarray<MediationSubject>(['refusal-to-assess', 'refusal-to-issue-plan', 'plan-contents', 'school-named', 'ceasing-plan', 'health-care', 'social-care'], { minLength: 1 });

/** A parent on the appeal path, with dates in a possible order: decision <= meeting <= certificate <= today. */
const appealSituation = fc
  .record({
    meetingType: fc.constantFrom('mediation' as const, 'disagreement-resolution' as const),
    decision: day('2024-01-01', '2027-06-30'),
    toMeeting: fc.integer({ min: 0, max: 120 }),
    toCertificate: fc.integer({ min: 0, max: 90 }),
    toToday: fc.integer({ min: 0, max: 300 }),
    subject: subjects,
    status: fc.constantFrom('received' as const, 'waiting' as const, 'not-needed' as const, 'asked' as const, 'not-asked' as const),
    mediationResult: fc.constantFrom('none-agreed' as const, 'some-agreed' as const),
  })
  .filter((r) => r.subject.some((x) => x !== 'health-care' && x !== 'social-care'))
  .filter((r) => (r.meetingType === 'mediation' ? ['received', 'waiting', 'not-needed'] : ['received', 'asked', 'not-asked', 'not-needed']).includes(r.status))
  .map((r) => {
    const mediationDate = _addDays(r.decision, r.toMeeting);
    const certificate = r.meetingType === 'mediation' ? _addDays(mediationDate, r.toCertificate) : _addDays(r.decision, r.toCertificate);
    const latestKnown = certificate > mediationDate ? certificate : mediationDate;
    const today = _addDays(r.status === 'received' ? latestKnown : mediationDate, r.toToday);
    const situation: Situation = {
      meetingType: r.meetingType,
      mediationDate,
      mediationResult: r.mediationResult,
      mediationSubject: r.subject,
      satisfied: false,
      decisionLetterDate: r.decision,
      certificateStatus: r.status,
      ...(r.status === 'received' ? { mediationCertificateDate: certificate } : {}),
    };
    return { situation, today };
  });

describe('the appeal time has passed only when the law says so (property)', () => {
  it('late-appeal exactly when the latest last day the law allows is before today', () => {
    fc.assert(
      fc.property(appealSituation, ({ situation, today }) => {
        const result = nextSteps(situation, { today });
        const latest = latestLastDay(situation);
        const outOfTime = latest !== 'open' && latest < today;
        expect(result.outcome.id === 'late-appeal', `${JSON.stringify(situation)} today ${today}, latest ${latest}`).toBe(outOfTime);
        // No date labelled as the last day to appeal is shown as passed unless the parent is out of time.
        const passedLastDay = result.steps.some((s) => s.dueDates.some((d) => d.label.startsWith('Last day for your appeal') && d.passed === true));
        expect(passedLastDay).toBe(outOfTime);
      }),
      { numRuns: 2000 },
    );
  });

  it('while a certificate is awaited, the earliest last day is never before the 2-month date or a month after the meeting', () => {
    fc.assert(
      fc.property(appealSituation, ({ situation, today }) => {
        if (situation.certificateStatus !== 'waiting') return;
        const due = nextSteps(situation, { today }).steps.flatMap((s) => s.dueDates).find((d) => d.kind === 'earliest');
        if (due === undefined) return;
        const twoMonths = appealDeadline({ decisionLetterDate: situation.decisionLetterDate as string }).lastDay;
        const afterMeeting = appealDeadline({ decisionLetterDate: situation.decisionLetterDate as string, mediationCertificateDate: situation.mediationDate as string }).lastDay;
        expect(due.dueDate! >= twoMonths && due.dueDate! >= afterMeeting).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
