import { z } from 'zod';
import { PlainDate } from './plainDate.js';

/**
 * One step of an explanation: the rule applied, what it did in plain English, the date before and after it, and
 * the legal references it rests on (ids for getLegislation).
 *
 * @example
 * ExplanationStep.parse({
 *   rule: 'HESC Rules 2008, rule 12(2)',
 *   description: 'Sunday 12 April 2026 is not a working day, so the time limit moves to the next working day.',
 *   before: '2026-04-12',
 *   after: '2026-04-13',
 *   legislation: ['hesc-rules-2008/rule-12'],
 * }).after //=> '2026-04-13'
 */
export const ExplanationStep = z
  .object({
    rule: z.string().min(1).describe('The provision applied, as a short citation.'),
    description: z.string().min(1).describe('What the rule did, in plain English.'),
    before: PlainDate.optional().describe('The date before this step, where the step changed or tested a date.'),
    after: PlainDate.optional().describe('The date after this step.'),
    legislation: z.array(z.string().min(1)).describe('Ids of the legal references the step rests on.'),
  })
  .strict()
  .meta({ id: 'ExplanationStep', description: 'One rule applied, in plain English, with the dates before and after.' });

/**
 * One rule applied, in plain English, with the dates before and after.
 *
 * @example
 * const step: ExplanationStep = { rule: 'rule 12(1)', description: 'By 5pm.', legislation: [] };
 * step.rule //=> 'rule 12(1)'
 */
export type ExplanationStep = z.infer<typeof ExplanationStep>;

/**
 * The last day to appeal to the First-tier Tribunal (SEND), with the explanation.
 *
 * @example
 * AppealDeadline.shape.time.value //=> '17:00'
 */
export const AppealDeadline = z
  .object({
    lastDay: PlainDate.describe('The last day on which the tribunal must receive the appeal.'),
    time: z.literal('17:00').describe('The appeal must arrive by 5pm on lastDay.'),
    basis: z.enum(['decision-letter', 'mediation-certificate']).describe('Which date the time limit ran from.'),
    steps: z.array(ExplanationStep).min(1),
    legislation: z.array(z.string().min(1)),
    projected: z.boolean().describe('True when a bank holiday used is projected from the rules, not published.'),
    caveats: z.array(z.string().min(1)).describe('Things the reader should know or check, in plain English.'),
  })
  .strict()
  .meta({ id: 'AppealDeadline', description: 'The last day to appeal, with the explanation.' });

/**
 * The last day to appeal, with the explanation.
 *
 * @example
 * import { appealDeadline } from 'send-mediation-guidance';
 * const result: AppealDeadline = appealDeadline({ decisionLetterDate: '2026-02-10' });
 * result.lastDay //=> '2026-04-10'
 */
export type AppealDeadline = z.infer<typeof AppealDeadline>;

/**
 * What a council (or health commissioning body) agreed to do at mediation. The first eight are the kinds of
 * tribunal order in SEND Regulations 2014 regulation 44(2), whose time limits regulation 42(2) applies; `other` is
 * anything that cannot be appealed (regulation 42(3)); `notify-local-authority` is a health body telling the council
 * about an agreement it reached without the council (regulation 42(4)).
 *
 * @example
 * AgreementAction.options.length //=> 10
 */
export const AgreementAction = z
  .enum([
    'cease-plan',
    'assess',
    'make-plan',
    'reconsider',
    'amend-plan',
    'name-school',
    'continue-plan',
    'continue-and-amend-plan',
    'other',
    'notify-local-authority',
  ])
  .meta({ id: 'AgreementAction', description: 'A kind of thing agreed at mediation.' });

/**
 * A kind of thing agreed at mediation.
 *
 * @example
 * const action: AgreementAction = 'make-plan';
 * action //=> 'make-plan'
 */
export type AgreementAction = z.infer<typeof AgreementAction>;

/**
 * One duty that follows from a mediation agreement, and the date by which it must be done. `dueDate` is a date,
 * `'immediately'`, or `null` when the period could not be verified (see `caveats`).
 *
 * @example
 * AgreementDeadline.shape.dueDate.safeParse('immediately').success //=> true
 */
export const AgreementDeadline = z
  .object({
    action: AgreementAction,
    step: z.string().min(1).describe('Which duty of the action, for example "draft-plan" or "final-plan".'),
    dueDate: z.union([PlainDate, z.literal('immediately'), z.null()]),
    description: z.string().min(1).describe('What must be done, in plain English.'),
    duty: z.enum(['local-authority', 'commissioning-body', 'local-authority-or-commissioning-body']),
    legislation: z.array(z.string().min(1)),
    steps: z.array(ExplanationStep).min(1),
    caveats: z.array(z.string().min(1)),
  })
  .strict()
  .meta({ id: 'AgreementDeadline', description: 'A duty that follows from a mediation agreement, and its due date.' });

/**
 * A duty that follows from a mediation agreement, and its due date.
 *
 * @example
 * import { mediationAgreementDeadlines } from 'send-mediation-guidance';
 * const [first]: AgreementDeadline[] = mediationAgreementDeadlines({ agreementDate: '2026-07-01', actions: ['name-school'] });
 * first.dueDate //=> '2026-07-15'
 */
export type AgreementDeadline = z.infer<typeof AgreementDeadline>;

/**
 * A date in the mediation process (regulations 33 to 39 of the SEND Regulations 2014) by which someone must act.
 * `verification` says how firmly the period rests on the text of the regulations; anything but `primary` comes with
 * a caveat.
 *
 * @example
 * ProcessDeadline.shape.verification.safeParse('secondary').success //=> true
 */
export const ProcessDeadline = z
  .object({
    event: z.string().min(1).describe('What must happen, as a stable id, for example "contact-mediation-adviser".'),
    dueDate: PlainDate,
    description: z.string().min(1),
    who: z.enum(['parent-or-young-person', 'mediation-adviser', 'local-authority', 'local-authority-or-commissioning-body']),
    legislation: z.array(z.string().min(1)),
    verification: z.enum(['primary', 'official', 'secondary']),
    steps: z.array(ExplanationStep).min(1),
    caveats: z.array(z.string().min(1)),
  })
  .strict()
  .meta({ id: 'ProcessDeadline', description: 'A date in the mediation process by which someone must act.' });

/**
 * A date in the mediation process by which someone must act.
 *
 * @example
 * import { mediationAdviserDeadline } from 'send-mediation-guidance';
 * const deadline: ProcessDeadline = mediationAdviserDeadline({ decisionLetterDate: '2026-10-01' });
 * deadline.dueDate //=> '2026-12-01'
 */
export type ProcessDeadline = z.infer<typeof ProcessDeadline>;

/**
 * One entry of a mediation timeline: a date you gave (`given`) or a date the library worked out (`deadline`).
 *
 * @example
 * TimelineEvent.shape.kind.options //=> ['given', 'deadline']
 */
export const TimelineEvent = z
  .object({
    date: PlainDate,
    kind: z.enum(['given', 'deadline']),
    event: z.string().min(1),
    label: z.string().min(1).describe('What happens on or by this date, in plain English.'),
    legislation: z.array(z.string().min(1)),
  })
  .strict()
  .meta({ id: 'TimelineEvent', description: 'A dated entry of the mediation timeline.' });

/**
 * A dated entry of the mediation timeline.
 *
 * @example
 * const entry: TimelineEvent = { date: '2026-10-01', kind: 'given', event: 'decision-letter', label: 'The council sent its decision.', legislation: [] };
 * entry.kind //=> 'given'
 */
export type TimelineEvent = z.infer<typeof TimelineEvent>;
