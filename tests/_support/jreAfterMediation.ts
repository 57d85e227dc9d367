// The "after mediation" decision written as a json-rules-engine rule set, faithful to data/flows/after-mediation.yaml:
// the same outcomes from the same facts, including the deadline that decides a late appeal (worked out in a dynamic
// fact with the same appealDeadline). tests/jre-faithful.test.ts checks that it picks the same outcome as nextSteps on
// every enumerated path, so the benchmark compares like with like (it picks the outcome only: no steps, no dates).
import { Engine, type RuleProperties } from 'json-rules-engine';
import { appealDeadline } from '../../src/deadlines/appealDeadline.js';
import type { Situation } from '../../src/faq/nextSteps.js';

const EDUCATION = ['refusal-to-assess', 'refusal-to-issue-plan', 'plan-contents', 'school-named', 'ceasing-plan'];
const BEYOND_SCHOOL = ['refusal-to-assess', 'refusal-to-issue-plan', 'plan-contents', 'ceasing-plan'];

const anyOf = (values: string[]) => ({ any: values.map((value) => ({ fact: 'mediationSubject', operator: 'contains', value })) });
const noneOf = (values: string[]) => ({ all: values.map((value) => ({ fact: 'mediationSubject', operator: 'doesNotContain', value })) });
const is = (fact: string, value: unknown) => ({ fact, operator: 'equal', value });
const oneOf = (fact: string, value: unknown[]) => ({ fact, operator: 'in', value });

const agreementPath = { any: [is('mediationResult', 'all-agreed'), { all: [is('mediationResult', 'some-agreed'), is('satisfied', true)] }] };
const notDone = [agreementPath, is('councilDoneIt', false)];
const appealPath = [is('satisfied', false), anyOf(EDUCATION)];
const schoolOnly = [{ fact: 'mediationSubject', operator: 'contains', value: 'school-named' }, noneOf(BEYOND_SCHOOL)];
const passed = is('appealDeadlinePassed', true);

const RULES: [string, number, object[]][] = [
  ['get-advice', 100, [{ any: [is('meetingType', 'not-sure'), is('mediationResult', 'not-sure')] }]],
  ['get-written-agreement', 90, [agreementPath, is('meetingType', 'mediation'), is('writtenAgreement', false)]],
  ['agreement-carried-out', 89, [agreementPath, is('councilDoneIt', true)]],
  ['nhs-not-done', 88, [...notDone, { fact: 'notDoneBy', operator: 'doesNotContain', value: 'council' }]],
  ['chase-council', 87, [...notDone, { fact: 'notDoneBy', operator: 'contains', value: 'council' }, is('writtenToCouncil', false)]],
  ['formal-complaint', 86, [...notDone, is('writtenToCouncil', true), is('complained', false)]],
  ['ombudsman', 85, [...notDone, is('writtenToCouncil', true), is('complained', true)]],
  ['nothing-more-to-do', 80, [is('mediationResult', 'none-agreed'), is('satisfied', true)]],
  ['health-social-care', 79, [is('satisfied', false), noneOf(EDUCATION)]],
  // After mediation.
  ['appeal-get-certificate', 70, [...appealPath, is('meetingType', 'mediation'), is('certificateStatus', 'waiting')]],
  ['appeal-get-certificate', 69, [...appealPath, is('meetingType', 'mediation'), is('certificateStatus', 'not-needed'), { any: [anyOf(BEYOND_SCHOOL), { fact: 'mediationSubject', operator: 'doesNotContain', value: 'school-named' }] }]],
  ['late-appeal', 68, [...appealPath, is('meetingType', 'mediation'), oneOf('certificateStatus', ['received', 'not-needed']), passed]],
  ['appeal', 67, [...appealPath, is('meetingType', 'mediation')]],
  // After disagreement resolution.
  ['appeal-get-certificate', 66, [...appealPath, is('certificateStatus', 'asked')]],
  ['late-appeal', 65, [...appealPath, passed]],
  ['appeal', 64, [...appealPath, is('certificateStatus', 'received')]],
  ['appeal', 63, [...appealPath, is('certificateStatus', 'not-needed'), ...schoolOnly]],
  ['appeal-contact-adviser', 62, [...appealPath]],
];

/** A json-rules-engine engine that picks the outcome of the flow for a situation (with `today` as a fact). */
export function jreAfterMediation(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const [outcome, priority, all] of RULES) {
    engine.addRule({ conditions: { all } as RuleProperties['conditions'], event: { type: outcome }, priority });
  }
  engine.addFact('appealDeadlinePassed', async (_params, almanac) => {
    const decisionLetterDate = (await almanac.factValue('decisionLetterDate')) as string | undefined;
    const certificate = (await almanac.factValue('mediationCertificateDate')) as string | undefined;
    const today = (await almanac.factValue('today')) as string;
    if (decisionLetterDate === undefined) return undefined;
    return appealDeadline({ decisionLetterDate, ...(certificate === undefined ? {} : { mediationCertificateDate: certificate }) }).lastDay < today;
  });
  return engine;
}

/** The facts for a situation: the situation's fields, the defaults the flow applies, and today. */
export function jreFacts(situation: Situation, today: string): Record<string, unknown> {
  return {
    meetingType: 'mediation',
    certificateStatus: situation.mediationCertificateDate !== undefined ? 'received' : undefined,
    mediationSubject: [],
    notDoneBy: [],
    ...situation,
    today,
  };
}

/** The outcome json-rules-engine picks: the event of the highest-priority rule that holds. */
export async function jreOutcome(engine: Engine, situation: Situation, today: string): Promise<string | undefined> {
  const { events } = await engine.run(jreFacts(situation, today));
  return events[0]?.type;
}
