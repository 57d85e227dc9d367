import { z } from 'zod';
import { Slug } from './ids.js';
import { LocalisedFor } from './localisedFor.js';
import { EmailAddress, UkPhoneNumber } from './organisation.js';
import { HttpsUrl } from './url.js';
import { Source } from './source.js';

const JsonValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

/**
 * A test on one fact (a question's answer, or a derived fact such as whether a deadline has passed).
 * Operators: `equals`, `notEquals`, `in` (the answer is one of `value`), `includes` (a multiple-choice answer
 * includes `value`), `includesAny` (a multiple-choice answer includes at least one of the values in `value`),
 * `exists` (the fact has a value).
 *
 * @example
 * FactCondition.parse({ fact: 'mediation-result', operator: 'equals', value: 'all-agreed' }).operator //=> 'equals'
 */
export const FactCondition = z
  .object({ fact: z.string().min(1), operator: z.enum(['equals', 'notEquals', 'in', 'includes', 'includesAny', 'exists']), value: JsonValue.optional() })
  .strict()
  .meta({ id: 'FactCondition', description: 'A test on one fact.' });

/**
 * A test on one fact.
 *
 * @example
 * const test: FactCondition = { fact: 'satisfied', operator: 'equals', value: false };
 * test.fact //=> 'satisfied'
 */
export type FactCondition = z.infer<typeof FactCondition>;

/**
 * A condition as data: a fact test, or `all`, `any` or `not` over conditions. Never code, so a flow can be drawn,
 * exported and checked without running anything.
 *
 * @example
 * Condition.safeParse({ any: [{ fact: 'a', operator: 'exists' }, { not: { fact: 'b', operator: 'equals', value: true } }] }).success //=> true
 */
export const Condition: z.ZodType<ConditionShape> = z
  .lazy(() =>
    z.union([
      FactCondition,
      z.object({ all: z.array(Condition).min(1) }).strict(),
      z.object({ any: z.array(Condition).min(1) }).strict(),
      z.object({ not: Condition }).strict(),
    ]),
  )
  .meta({ id: 'Condition', description: 'A fact test, or all/any/not over conditions.' });

/**
 * A condition as data.
 *
 * @example
 * const condition: Condition = { not: { fact: 'council-done-it', operator: 'equals', value: true } };
 * 'not' in condition //=> true
 */
export type Condition = ConditionShape;

/**
 * The shape of {@link Condition} (declared separately because it is recursive).
 *
 * @example
 * const shape: ConditionShape = { all: [{ fact: 'x', operator: 'exists' }] };
 * 'all' in shape //=> true
 */
export type ConditionShape = FactCondition | { all: ConditionShape[] } | { any: ConditionShape[] } | { not: ConditionShape };

/**
 * One choice of a question.
 *
 * @example
 * FlowOption.parse({ value: 'yes', label: 'Yes', next: 'outcome-x' }).next //=> 'outcome-x'
 */
export const FlowOption = z
  .object({ value: z.string().min(1), label: z.string().min(1), hint: z.string().min(1).optional(), next: Slug.optional() })
  .strict()
  .meta({ id: 'FlowOption', description: 'One choice of a question, with the node it leads to (single choice).' });

/**
 * One choice of a question.
 *
 * @example
 * const option: FlowOption = { value: 'none-agreed', label: 'We did not agree anything' };
 * option.value //=> 'none-agreed'
 */
export type FlowOption = z.infer<typeof FlowOption>;

/**
 * A conditional route out of a question: go to `next` when `when` holds. Routes are tried in order; the question's
 * own `next` is the default.
 *
 * @example
 * FlowRoute.parse({ when: { fact: 'x', operator: 'exists' }, next: 'y' }).next //=> 'y'
 */
export const FlowRoute = z.object({ when: Condition, next: Slug }).strict().meta({ id: 'FlowRoute', description: 'A conditional route.' });

/**
 * A conditional route.
 *
 * @example
 * const route: FlowRoute = { when: { fact: 'x', operator: 'exists' }, next: 'y' };
 * route.next //=> 'y'
 */
export type FlowRoute = z.infer<typeof FlowRoute>;

/**
 * A rule for a date question: its answer must not be before the date answered at `fact` (when `when` holds, if given).
 *
 * @example
 * DateOrderRule.parse({ fact: 'decision-letter-date' }).fact //=> 'decision-letter-date'
 */
export const DateOrderRule = z
  .object({ fact: z.string().min(1), when: Condition.optional() })
  .strict()
  .meta({ id: 'DateOrderRule', description: 'A date answer must not be before another date answer.' });

/**
 * A date question's order rule.
 *
 * @example
 * const rule: DateOrderRule = { fact: 'mediation-date' };
 * rule.fact //=> 'mediation-date'
 */
export type DateOrderRule = z.infer<typeof DateOrderRule>;

/**
 * A question. Its answer is stored under the node's id, which is the fact that conditions test. Kinds:
 * `single` (one option), `multiple` (one or more options), `yes-no` (true or false) and `date` (`YYYY-MM-DD`).
 * A single-choice option may say where it leads; otherwise `routes`, then `next`, decide. A date question may list
 * dates it must not be before (`notBefore`) or after (`notAfter`) and refuse a date after the state's `today` (`notAfterToday`); the
 * engine refuses such an answer with `DATE_ORDER`.
 *
 * @example
 * QuestionNode.shape.kind.options //=> ['single', 'multiple', 'yes-no', 'date']
 */
export const QuestionNode = z
  .object({
    id: Slug,
    type: z.literal('question'),
    kind: z.enum(['single', 'multiple', 'yes-no', 'date']),
    text: z.string().min(1),
    hint: z.string().min(1).optional(),
    options: z.array(FlowOption).optional(),
    routes: z.array(FlowRoute).optional(),
    next: Slug.optional(),
    notBefore: z.array(DateOrderRule).optional(),
    notAfter: z.array(DateOrderRule).optional(),
    notAfterToday: z.boolean().optional(),
  })
  .strict()
  .meta({ id: 'QuestionNode', description: 'A question in a flow.' });

/**
 * A question in a flow.
 *
 * @example
 * const node: Pick<QuestionNode, 'id' | 'kind'> = { id: 'satisfied', kind: 'yes-no' };
 * node.kind //=> 'yes-no'
 */
export type QuestionNode = z.infer<typeof QuestionNode>;

/**
 * A deadline calculator an outcome step can use, with the facts that feed its inputs:
 * - `appeal-deadline`: the last day to appeal (`decisionLetterDate`, optional `mediationCertificateDate`);
 * - `appeal-two-month-date`: the 2-month date alone, for a parent whose certificate may still give a later one
 *   (`decisionLetterDate`);
 * - `appeal-deadline-earliest`: while the certificate has not come, the earliest the last day to appeal can be
 *   (`decisionLetterDate`, `mediationDate`: the certificate cannot be issued before the meeting);
 * - `certificate-deadline`: when the certificate should be issued after the meeting (`mediationDate`);
 * - `agreement-deadlines`: what must be done after a written mediation agreement (`agreementDate`, `actions`);
 * - `adviser-deadline`: the last day to contact a mediation adviser (`decisionLetterDate`).
 *
 * @example
 * CalculatorRef.parse({ id: 'appeal-deadline', inputs: { decisionLetterDate: 'decision-letter-date' } }).id //=> 'appeal-deadline'
 */
export const CalculatorRef = z
  .object({
    id: z.enum(['appeal-deadline', 'appeal-two-month-date', 'appeal-deadline-earliest', 'certificate-deadline', 'agreement-deadlines', 'adviser-deadline']),
    inputs: z.record(z.string(), z.string().min(1)),
  })
  .strict()
  .meta({ id: 'CalculatorRef', description: 'A deadline calculator and the facts for its inputs.' });

/**
 * A deadline calculator and the facts for its inputs.
 *
 * @example
 * const ref: CalculatorRef = { id: 'adviser-deadline', inputs: { decisionLetterDate: 'decision-letter-date' } };
 * ref.id //=> 'adviser-deadline'
 */
export type CalculatorRef = z.infer<typeof CalculatorRef>;

/**
 * Which of a council's own contacts belong with a step: its special educational needs (SEN) team, its complaints
 * page, the local information, advice and support (IAS) service, or the mediation service it uses. The flow data
 * names them; {@link localise} fills them in from a council's details.
 *
 * @example
 * LocalContactKind.options //=> ['sen-team', 'complaints', 'iass', 'mediation-service']
 */
export const LocalContactKind = z
  .enum(['sen-team', 'complaints', 'iass', 'mediation-service'])
  .meta({ id: 'LocalContactKind', description: "Which of a council's own contacts belong with a step." });

/**
 * Which of a council's own contacts belong with a step.
 *
 * @example
 * const kind: LocalContactKind = 'complaints';
 * kind //=> 'complaints'
 */
export type LocalContactKind = z.infer<typeof LocalContactKind>;

/**
 * A council's own contact, put into a step by {@link localise}: a name, and the web address, phone number and email
 * address the council gave (each only when given).
 *
 * @example
 * LocalContact.parse({ kind: 'complaints', name: 'How to make a complaint to Kent County Council', url: 'https://www.kent.gov.uk/complaints' }).kind //=> 'complaints'
 */
export const LocalContact = z
  .object({
    kind: LocalContactKind,
    name: z.string().min(1),
    url: HttpsUrl.optional(),
    phone: UkPhoneNumber.optional(),
    email: EmailAddress.optional(),
  })
  .strict()
  .meta({ id: 'LocalContact', description: "A council's own contact, put into a step by localise." });

/**
 * A council's own contact, put into a step by `localise`.
 *
 * @example
 * const contact: LocalContact = { kind: 'sen-team', name: 'SEN team, Kent County Council', email: 'sen@kent.gov.uk' };
 * contact.kind //=> 'sen-team'
 */
export type LocalContact = z.infer<typeof LocalContact>;

/**
 * One step of an outcome: plain-English text, who to contact, the law behind it, an optional deadline calculator,
 * an optional condition (the step is shown only when it holds) and the sources of any claim the law in the register
 * does not cover.
 *
 * @example
 * OutcomeStep.shape.text.safeParse('Write to the council.').success //=> true
 */
export const OutcomeStep = z
  .object({
    id: Slug,
    text: z.string().min(1),
    when: Condition.optional(),
    organisations: z.array(z.string().min(1)),
    legislation: z.array(z.string().min(1)),
    faqs: z.array(z.string().min(1)),
    calculator: CalculatorRef.optional(),
    sources: z.array(Source).optional().describe('Sources for a claim in the step that no legal reference in the register supports.'),
    local: z.array(LocalContactKind).optional().describe("Which of a council's own contacts belong with the step; localise fills them in."),
    contacts: z.array(LocalContact).optional().describe("Set by localise: the council's own contacts for the step."),
  })
  .strict()
  .meta({ id: 'OutcomeStep', description: 'One step of an outcome.' });

/**
 * One step of an outcome.
 *
 * @example
 * const step: Pick<OutcomeStep, 'id' | 'text'> = { id: 'write', text: 'Write to the council.' };
 * step.id //=> 'write'
 */
export type OutcomeStep = z.infer<typeof OutcomeStep>;

/**
 * An outcome: where a path through the flow ends, with ordered steps. Outcomes have no options.
 *
 * @example
 * OutcomeNode.shape.type.value //=> 'outcome'
 */
export const OutcomeNode = z
  .object({
    id: Slug,
    type: z.literal('outcome'),
    title: z.string().min(1),
    summary: z.string().min(1),
    steps: z.array(OutcomeStep).min(1),
    localisedFor: LocalisedFor.optional().describe('Set by localise: the council whose details the outcome carries.'),
  })
  .strict()
  .meta({ id: 'OutcomeNode', description: 'Where a path ends, with ordered steps.' });

/**
 * Where a path ends, with ordered steps.
 *
 * @example
 * const node: Pick<OutcomeNode, 'id' | 'type'> = { id: 'appeal', type: 'outcome' };
 * node.type //=> 'outcome'
 */
export type OutcomeNode = z.infer<typeof OutcomeNode>;

/**
 * A fact the engine works out from answers with a calculator, such as whether the appeal deadline has passed
 * (`output: 'passed'`, which needs the flow state's `today`).
 *
 * @example
 * DerivedFact.parse({ fact: 'appeal-deadline-passed', calculator: { id: 'appeal-deadline', inputs: { decisionLetterDate: 'd' } }, output: 'passed' }).output //=> 'passed'
 */
export const DerivedFact = z
  .object({ fact: Slug, calculator: CalculatorRef, output: z.literal('passed') })
  .strict()
  .meta({ id: 'DerivedFact', description: 'A fact worked out from answers with a calculator.' });

/**
 * A fact worked out from answers with a calculator.
 *
 * @example
 * const derived: Pick<DerivedFact, 'fact'> = { fact: 'appeal-deadline-passed' };
 * derived.fact //=> 'appeal-deadline-passed'
 */
export type DerivedFact = z.infer<typeof DerivedFact>;

/**
 * A question flow: the graph as data (questions, routes, outcomes), the facts derived from answers, and sources.
 *
 * @example
 * Flow.shape.nodes.safeParse([]).success //=> false
 */
export const Flow = z
  .object({
    id: Slug,
    title: z.string().min(1),
    start: Slug,
    derived: z.array(DerivedFact),
    nodes: z.array(z.discriminatedUnion('type', [QuestionNode, OutcomeNode])).min(1),
    sources: z.array(Source).min(1),
  })
  .strict()
  .meta({ id: 'Flow', description: 'A question flow that leads to an outcome.' });

/**
 * A question flow.
 *
 * @example
 * import { getFlow } from 'send-mediation-guidance';
 * const flow: Flow = getFlow('after-mediation');
 * flow.start //=> 'meeting-type'
 */
export type Flow = z.infer<typeof Flow>;
