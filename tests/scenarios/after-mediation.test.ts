// Scenario tests written from the law, not from the code: each is a situation a parent can be in after a mediation
// (or disagreement resolution) meeting, with the rule it rests on, the outcome and steps a SEND adviser would give,
// the steps that must NOT appear, and every date. Dates were worked out by hand from the rules (weekdays and bank
// holidays checked against the GOV.UK list in shared/facts), never by running the library.
//
// The rules, in our words (legal-facts.md):
//   r20  HESC Rules 2008 r.20(1)(c): appeal within 2 months after the decision was sent, or within 1 month from the
//        date of issue of the mediation certificate if that is later (PRIMARY).
//   r12  r.12(2): a time limit ending on a non-working day moves to the next working day; r.12(3)(a): ending
//        25 Dec to 1 Jan or in August, it moves to the first working day after 1 Jan or 31 Aug (SECONDARY).
//   cert The certificate is issued within 3 working days of the mediation ending (SECONDARY, IPSEA and IAS services).
//        While it has not come, the last day is at least 1 month after the meeting (§10 cert.after-mediation).
//   s55  No certificate is needed for an appeal only about the school or college named (GOV.UK, IPSEA).
//   r33  Reg. 33: contact the mediation adviser within 2 months of the decision (PRIMARY) - a step before mediation.
//   r42  Reg. 42: deadlines for a written mediation agreement, from its date; reg. 44 periods (2/5/10/11/14 weeks).
//   dr   A disagreement resolution meeting (CFA s.57) is not mediation: no certificate, no reg. 42 (§10).
//   hsc  Health care: NHS complaints then the PHSO; social care: council complaints then the LGSCO (§10).
import { describe, expect, it } from 'vitest';
import { nextSteps, type NextStepsResult, type Situation } from '../../src/faq/nextSteps.js';
import { renderHtml } from '../../src/render/renderHtml.js';
import { renderText } from '../../src/render/renderText.js';

type DueExpectation = [kind: string, dueDate: string | 'immediately' | null, passed: boolean | null];

interface Scenario {
  name: string;
  /** The rule or source the expected answer rests on. */
  law: string;
  situation: Situation;
  today: string;
  outcome: string;
  /** Steps that must appear, with the dates each must show (in order). */
  steps: Record<string, DueExpectation[]>;
  /** Steps that must not appear. */
  not?: string[];
  /** Text that must (or must not) appear in the rendered result. */
  says?: string[];
  neverSays?: string[];
}

const mediation = { meetingType: 'mediation' as const };
const unhappy = { mediationResult: 'none-agreed' as const, satisfied: false };
const PRE_MEDIATION = ['contact-mediation-adviser'];

const scenarios: Scenario[] = [
  // --- Waiting for the certificate after mediation -------------------------------------------------------------
  {
    name: 'A1 certificate not come yet, 2-month date already passed: not late (the issue\'s case)',
    law: 'r20(1)(c)(ii): 1 month from the certificate if later; cert: issued after the meeting, so the last day is at least 1 month after 27 Nov = 27 Dec, in the Christmas window (r12(3)(a)) -> Mon 4 Jan 2027 (1 Jan is a bank holiday). Certificate: 3 working days after Fri 27 Nov = Wed 2 Dec.',
    situation: { ...mediation, mediationDate: '2026-11-27', ...unhappy, mediationSubject: ['plan-contents'], decisionLetterDate: '2026-09-01', certificateStatus: 'waiting' },
    today: '2026-11-29',
    outcome: 'appeal-get-certificate',
    steps: { 'ask-for-certificate': [['expected', '2026-12-02', false]], 'appeal-within-a-month': [['earliest', '2027-01-04', false]], 'if-certificate-never-comes': [] },
    not: ['certificate-is-late', 'send-late-appeal', ...PRE_MEDIATION],
    says: ['You are not too late to appeal', 'The earliest your last day to appeal can be is Monday 4 January 2027'],
    neverSays: ['has passed', 'was due', 'Monday 2 November 2026'],
  },
  {
    name: 'A2 waiting, certificate now late: ask in writing today',
    law: 'cert: Fri 20 Nov + 3 working days = Wed 25 Nov, before today. r20: 20 Nov + 1 month = Sun 20 Dec, later than 2 months from 15 Oct (15 Dec); r12(2) -> Mon 21 Dec.',
    situation: { ...mediation, mediationDate: '2026-11-20', ...unhappy, mediationSubject: ['plan-contents'], decisionLetterDate: '2026-10-15', certificateStatus: 'waiting' },
    today: '2026-11-29',
    outcome: 'appeal-get-certificate',
    steps: { 'ask-for-certificate': [['expected', '2026-11-25', true]], 'certificate-is-late': [], 'appeal-within-a-month': [['earliest', '2026-12-21', false]] },
    not: PRE_MEDIATION,
    says: ['The mediation service should have sent your certificate by Wednesday 25 November 2026.'],
  },
  {
    name: 'A3 waiting, the 2-month date is the later one',
    law: 'r20(1)(c)(i): 2 months from Mon 2 Nov = Sat 2 Jan 2027 (outside the window, which ends 1 Jan); r12(2) -> Mon 4 Jan. 1 month from the meeting (5 Dec) is earlier. cert: Thu 5 Nov + 3 working days = Tue 10 Nov.',
    situation: { ...mediation, mediationDate: '2026-11-05', ...unhappy, mediationSubject: ['refusal-to-issue-plan'], decisionLetterDate: '2026-11-02', certificateStatus: 'waiting' },
    today: '2026-11-09',
    outcome: 'appeal-get-certificate',
    steps: { 'ask-for-certificate': [['expected', '2026-11-10', false]], 'appeal-within-a-month': [['earliest', '2027-01-04', false]] },
    not: ['certificate-is-late', ...PRE_MEDIATION],
  },
  {
    name: 'A4 certificate months late: the earliest date has passed, but the parent is still not told they are out of time',
    law: 'r20(1)(c)(ii): time runs from the date of issue of the certificate, which has not been issued. Earliest: 15 Jul + 1 month = Sat 15 Aug, in August -> first working day after 31 Aug = Tue 1 Sep (31 Aug is itself a bank holiday).',
    situation: { ...mediation, mediationDate: '2026-07-15', ...unhappy, mediationSubject: ['plan-contents'], decisionLetterDate: '2026-06-01', certificateStatus: 'waiting' },
    today: '2026-11-29',
    outcome: 'appeal-get-certificate',
    steps: { 'certificate-is-late': [], 'appeal-within-a-month': [['earliest', '2026-09-01', true]], 'if-certificate-never-comes': [] },
    not: ['send-late-appeal'],
    says: ['You still have 1 month from the date on your certificate', 'Ask for it today'],
    neverSays: ['The last day for your appeal to reach the tribunal was'],
  },
  {
    name: 'A5 certificate issued on the same day as the meeting',
    law: 'r20: 10 Nov + 1 month = Thu 10 Dec, later than 2 months from 1 Sep (1 Nov); a working day.',
    situation: { ...mediation, mediationDate: '2026-11-10', ...unhappy, mediationSubject: ['plan-contents'], decisionLetterDate: '2026-09-01', mediationCertificateDate: '2026-11-10' },
    today: '2026-11-29',
    outcome: 'appeal',
    steps: { 'send-appeal': [['deadline', '2026-12-10', false]] },
    not: ['ask-for-certificate', ...PRE_MEDIATION],
    says: ['Your appeal must reach the tribunal by 5pm on Thursday 10 December 2026.'],
  },
  {
    name: 'A6 certificate received, the 2-month date is later',
    law: 'r20(1)(c): 2 months from 2 Nov = Sat 2 Jan 2027 beats 24 Nov + 1 month = 24 Dec; r12(2) -> Mon 4 Jan 2027.',
    situation: { ...mediation, mediationDate: '2026-11-20', ...unhappy, mediationSubject: ['plan-contents'], decisionLetterDate: '2026-11-02', mediationCertificateDate: '2026-11-24' },
    today: '2026-11-29',
    outcome: 'appeal',
    steps: { 'send-appeal': [['deadline', '2027-01-04', false]] },
  },
  {
    name: "A7 IPSEA's worked example: decision 1 October, certificate 29 November",
    law: 'IPSEA FAQ: 1 month from 29 Nov = 29 Dec, later than 1 Dec; r12(3)(a) -> first working day after 1 Jan = Fri 2 Jan 2026.',
    situation: { ...mediation, mediationDate: '2025-11-26', ...unhappy, mediationSubject: ['plan-contents'], decisionLetterDate: '2025-10-01', mediationCertificateDate: '2025-11-29' },
    today: '2025-12-10',
    outcome: 'appeal',
    steps: { 'send-appeal': [['deadline', '2026-01-02', false]] },
  },
  {
    name: 'A8 a late certificate gives a later last day',
    law: 'r20(1)(c)(ii): 20 Nov + 1 month = Sun 20 Dec, later than 20 Oct; r12(2) -> Mon 21 Dec.',
    situation: { ...mediation, mediationDate: '2026-10-01', ...unhappy, mediationSubject: ['ceasing-plan'], decisionLetterDate: '2026-08-20', mediationCertificateDate: '2026-11-20' },
    today: '2026-11-29',
    outcome: 'appeal',
    steps: { 'send-appeal': [['deadline', '2026-12-21', false]], 'plan-stays-during-appeal': [] },
  },
  {
    name: 'A9 certificate received months ago: the time has passed, a late appeal is still possible',
    law: 'r20: 12 Jun + 1 month = Sun 12 Jul -> Mon 13 Jul (r12(2)); before today. r5: the tribunal may accept a late appeal (SECONDARY).',
    situation: { ...mediation, mediationDate: '2026-06-10', ...unhappy, mediationSubject: ['plan-contents'], decisionLetterDate: '2026-05-01', mediationCertificateDate: '2026-06-12' },
    today: '2026-11-29',
    outcome: 'late-appeal',
    steps: { 'send-late-appeal': [['deadline', '2026-07-13', true]], 'get-late-appeal-advice': [] },
    says: ['The last day for your appeal to reach the tribunal was Monday 13 July 2026.'],
  },
  {
    name: 'A10 Christmas: the certificate date falls in the window',
    law: 'r20: 27 Nov + 1 month = 27 Dec (later than 20 Dec); r12(3)(a) -> first working day after 1 Jan 2027 = Mon 4 Jan.',
    situation: { ...mediation, mediationDate: '2026-11-25', ...unhappy, mediationSubject: ['plan-contents'], decisionLetterDate: '2026-10-20', mediationCertificateDate: '2026-11-27' },
    today: '2026-11-29',
    outcome: 'appeal',
    steps: { 'send-appeal': [['deadline', '2027-01-04', false]] },
  },
  {
    name: 'A11 August: the certificate date falls in August',
    law: 'r20: 3 Jul + 1 month = Mon 3 Aug (later than 20 Jul); r12(3)(a) -> first working day after 31 Aug = Tue 1 Sep.',
    situation: { ...mediation, mediationDate: '2026-06-30', ...unhappy, mediationSubject: ['refusal-to-assess'], decisionLetterDate: '2026-05-20', mediationCertificateDate: '2026-07-03' },
    today: '2026-07-10',
    outcome: 'appeal',
    steps: { 'send-appeal': [['deadline', '2026-09-01', false]] },
  },
  {
    name: 'A12 rules read two ways (fact pack A14): the earlier, certainly-in-time date',
    law: 'r20: 2 months from 31 May 2021 = Sat 31 Jul (later than 15 Jun + 1 month); r12(2) -> Mon 2 Aug. A reading that r12(3)(a) then carries it to 1 Sep is uncertain; give the earlier date.',
    situation: { ...mediation, mediationDate: '2021-06-14', ...unhappy, mediationSubject: ['refusal-to-issue-plan'], decisionLetterDate: '2021-05-31', mediationCertificateDate: '2021-06-15' },
    today: '2021-07-01',
    outcome: 'appeal',
    steps: { 'send-appeal': [['deadline', '2021-08-02', false]] },
  },
  // --- Appeals only about the school or college named --------------------------------------------------------------
  {
    name: 'B1 school only, no certificate needed, in time',
    law: 's55 (GOV.UK, IPSEA): no certificate for a school-only appeal. r20(1)(c)(i): 2 months from 15 Oct = Tue 15 Dec.',
    situation: { ...mediation, mediationDate: '2026-11-10', ...unhappy, mediationSubject: ['school-named'], decisionLetterDate: '2026-10-15', certificateStatus: 'not-needed' },
    today: '2026-11-29',
    outcome: 'appeal',
    steps: { 'send-appeal': [['deadline', '2026-12-15', false]], 'school-only-no-certificate': [], 'what-an-appeal-covers': [] },
    not: ['ask-for-certificate'],
  },
  {
    name: 'B2 school only, no certificate, the 2-month date has passed',
    law: 'r20(1)(c)(i): 2 months from 10 Sep = Tue 10 Nov, before today, and no certificate will give more time.',
    situation: { ...mediation, mediationDate: '2026-10-20', ...unhappy, mediationSubject: ['school-named'], decisionLetterDate: '2026-09-10', certificateStatus: 'not-needed' },
    today: '2026-11-29',
    outcome: 'late-appeal',
    steps: { 'send-late-appeal': [['deadline', '2026-11-10', true]] },
  },
  {
    name: 'B3 school only but waiting for a certificate: appeal now, and the certificate may give more time',
    law: 's55 + r20: the 2-month date (Tue 10 Nov) has passed; a certificate issued after the 25 Nov meeting gives at least 25 Dec -> Mon 4 Jan 2027 (r12(3)(a)).',
    situation: { ...mediation, mediationDate: '2026-11-25', ...unhappy, mediationSubject: ['school-named'], decisionLetterDate: '2026-09-10', certificateStatus: 'waiting' },
    today: '2026-11-29',
    outcome: 'appeal-get-certificate',
    steps: { 'school-only-do-not-wait': [['deadline', '2026-11-10', true]], 'appeal-within-a-month': [['earliest', '2027-01-04', false]] },
    not: ['send-late-appeal'],
    says: ['A mediation certificate gives you 1 month from its date'],
  },
  {
    name: 'B4 says no certificate is needed, but the appeal is about more than the school',
    law: 's55: a certificate is needed unless the appeal is only about the school or college named.',
    situation: { ...mediation, mediationDate: '2026-11-10', ...unhappy, mediationSubject: ['plan-contents', 'school-named'], decisionLetterDate: '2026-10-15', certificateStatus: 'not-needed' },
    today: '2026-11-29',
    outcome: 'appeal-get-certificate',
    steps: { 'certificate-needed-for-more-than-school': [], 'ask-for-certificate': [['expected', '2026-11-13', true]] },
    not: ['school-only-do-not-wait', 'school-only-no-certificate'],
  },
  // --- Disagreement resolution is not mediation ---------------------------------------------------------------------
  {
    name: 'C1 disagreement resolution, no certificate asked for: contact a mediation adviser by the reg. 33 date',
    law: 'dr: no certificate from the meeting. r33: contact the adviser within 2 months of 20 Oct = Sun 20 Dec (no rule moves it). r20(1)(c)(i): 20 Dec -> Mon 21 Dec (r12(2)).',
    situation: { meetingType: 'disagreement-resolution', mediationDate: '2026-11-20', ...unhappy, mediationSubject: ['plan-contents'], decisionLetterDate: '2026-10-20', certificateStatus: 'not-asked' },
    today: '2026-11-29',
    outcome: 'appeal-contact-adviser',
    steps: { 'dr-not-mediation': [], 'contact-mediation-adviser': [['deadline', '2026-12-20', false]], 'send-appeal-after-adviser': [['deadline', '2026-12-21', false]] },
    not: ['ask-for-certificate', 'appeal-within-a-month'],
    says: ['A disagreement resolution meeting is not mediation'],
  },
  {
    name: 'C2 disagreement resolution, certificate asked for and awaited',
    law: 'dr + r20(1)(c)(ii): the 2-month date (Sun 1 Nov -> Mon 2 Nov) has passed, but the certificate will give 1 month from its date.',
    situation: { meetingType: 'disagreement-resolution', mediationDate: '2026-11-20', ...unhappy, mediationSubject: ['plan-contents'], decisionLetterDate: '2026-09-01', certificateStatus: 'asked' },
    today: '2026-11-29',
    outcome: 'appeal-get-certificate',
    steps: { 'dr-not-mediation': [], 'ask-adviser-for-certificate': [], 'appeal-after-dr': [['deadline', '2026-11-02', true]] },
    not: ['ask-for-certificate', 'certificate-is-late', 'appeal-within-a-month', 'send-late-appeal'],
  },
  {
    name: 'C3 disagreement resolution, no certificate, the 2-month date has passed',
    law: 'r20(1)(c)(i): 2 months from 1 Aug = Thu 1 Oct, before today, with no certificate to come.',
    situation: { meetingType: 'disagreement-resolution', mediationDate: '2026-09-15', ...unhappy, mediationSubject: ['refusal-to-assess'], decisionLetterDate: '2026-08-01', certificateStatus: 'not-asked' },
    today: '2026-11-29',
    outcome: 'late-appeal',
    steps: { 'dr-not-mediation': [], 'send-late-appeal': [['deadline', '2026-10-01', true]] },
  },
  {
    name: 'C4 disagreement resolution agreement not kept: no reg. 42 dates',
    law: 'reg. 42(1) applies "where mediation has taken place"; dr: we found no deadlines for a disagreement resolution agreement.',
    situation: { meetingType: 'disagreement-resolution', mediationDate: '2026-10-01', mediationResult: 'all-agreed', mediationSubject: ['plan-contents'], councilDoneIt: false, notDoneBy: ['council'], writtenToCouncil: false },
    today: '2026-11-29',
    outcome: 'chase-council',
    steps: { 'write-to-sen-team': [], 'dr-no-legal-deadlines': [] },
    not: ['deadline-missed'],
  },
  {
    name: 'C5 disagreement resolution, a certificate from before the meeting',
    law: 'r20: 2 months from 20 Sep = Fri 20 Nov beats 1 Oct + 1 month; before today. A certificate may predate a disagreement resolution meeting.',
    situation: { meetingType: 'disagreement-resolution', mediationDate: '2026-11-05', ...unhappy, mediationSubject: ['plan-contents'], decisionLetterDate: '2026-09-20', mediationCertificateDate: '2026-10-01' },
    today: '2026-11-29',
    outcome: 'late-appeal',
    steps: { 'send-late-appeal': [['deadline', '2026-11-20', true]] },
  },
  // --- Mediation agreements (reg. 42) -------------------------------------------------------------------------------
  {
    name: 'D1 everything agreed, but no signed, dated copy: ask for one before any reg. 42 date',
    law: 'reg. 42(1): the agreement is "to be recorded in writing"; §10 agreement.written.',
    situation: { ...mediation, mediationDate: '2026-11-20', mediationResult: 'all-agreed', mediationSubject: ['plan-contents'], writtenAgreement: false },
    today: '2026-11-29',
    outcome: 'get-written-agreement',
    steps: { 'ask-for-written-agreement': [] },
    neverSays: ['by Wednesday', 'by Thursday'],
  },
  {
    name: 'D2 agreed to issue a plan (fact pack M4), nothing done: dates passed',
    law: 'reg. 42(2) + 44(2)(c): draft within 5 weeks of Wed 1 Jul = Wed 5 Aug; final within 11 weeks = Wed 16 Sep.',
    situation: { ...mediation, mediationDate: '2026-07-01', mediationResult: 'all-agreed', mediationSubject: ['refusal-to-issue-plan'], writtenAgreement: true, agreementDate: '2026-07-01', agreedActions: ['make-plan'], councilDoneIt: false, notDoneBy: ['council'], writtenToCouncil: false },
    today: '2026-11-29',
    outcome: 'chase-council',
    steps: { 'write-to-sen-team': [['duty', '2026-08-05', true], ['duty', '2026-09-16', true]], 'deadline-missed': [] },
    not: ['dr-no-legal-deadlines', 'nhs-not-done-too'],
    says: ['The council had to send you a draft plan by Wednesday 5 August 2026.'],
  },
  {
    name: 'D3 agreed to amend the plan (M1), still in time',
    law: 'reg. 42(2) + 44(2)(e): amended plan within 5 weeks of Tue 10 Mar = Tue 14 Apr.',
    situation: { ...mediation, mediationDate: '2026-03-10', mediationResult: 'all-agreed', mediationSubject: ['plan-contents'], writtenAgreement: true, agreementDate: '2026-03-10', agreedActions: ['amend-plan'], councilDoneIt: false, notDoneBy: ['council'], writtenToCouncil: false },
    today: '2026-03-20',
    outcome: 'chase-council',
    steps: { 'write-to-sen-team': [['duty', '2026-04-14', false]] },
    not: ['deadline-missed'],
    says: ['The council must send you the changed plan by Tuesday 14 April 2026.'],
  },
  {
    name: 'D4 agreed to assess (M3): the first date passed, the later ones not yet',
    law: 'reg. 42(2) + 44(2)(b): tell you within 2 weeks of Mon 5 Jan = 19 Jan; decide no plan within 10 weeks = 16 Mar; final plan within 14 weeks = 13 Apr.',
    situation: { ...mediation, mediationDate: '2026-01-05', mediationResult: 'all-agreed', mediationSubject: ['refusal-to-assess'], writtenAgreement: true, agreementDate: '2026-01-05', agreedActions: ['assess'], councilDoneIt: false, notDoneBy: ['council'], writtenToCouncil: true, complained: false },
    today: '2026-02-01',
    outcome: 'formal-complaint',
    steps: { 'make-complaint': [['duty', '2026-01-19', true], ['duty', '2026-03-16', false], ['duty', '2026-04-13', false]], 'then-ombudsman': [], 'judicial-review-if-urgent': [] },
  },
  {
    name: 'D5 something that could not be appealed, due on a bank holiday (M5)',
    law: 'reg. 42(3): within 2 weeks of Thu 18 Dec 2025 = Thu 1 Jan 2026; we found no rule that moves it.',
    situation: { ...mediation, mediationDate: '2025-12-18', mediationResult: 'all-agreed', mediationSubject: ['plan-contents'], writtenAgreement: true, agreementDate: '2025-12-18', agreedActions: ['other'], councilDoneIt: false, notDoneBy: ['council'], writtenToCouncil: false },
    today: '2025-12-20',
    outcome: 'chase-council',
    steps: { 'write-to-sen-team': [['duty', '2026-01-01', false]] },
  },
  {
    name: 'D6 the NHS body agreed without the council and has not acted (M6): NHS complaints, then the PHSO',
    law: 'reg. 42(4): tell the council within 1 week of Mon 20 Apr = 27 Apr; 42(3): within 2 weeks = Mon 4 May (a bank holiday, not moved). hsc: NHS complaints, then the PHSO.',
    situation: { ...mediation, mediationDate: '2026-04-20', mediationResult: 'all-agreed', mediationSubject: ['health-care'], writtenAgreement: true, agreementDate: '2026-04-20', agreedActions: ['notify-local-authority', 'other'], councilDoneIt: false, notDoneBy: ['nhs'] },
    today: '2026-05-10',
    outcome: 'nhs-not-done',
    steps: { 'nhs-duty-dates': [['duty', '2026-04-27', true], ['duty', '2026-05-04', true]], 'complain-to-nhs': [] },
    not: ['then-ombudsman', 'complain-to-ombudsman'],
    says: ['Parliamentary and Health Service Ombudsman', 'The NHS body that arranges health care had to tell the council about the agreement by Monday 27 April 2026.'],
  },
  {
    name: 'D7 neither the council nor the NHS has acted: both routes',
    law: 'reg. 42(2), (3); hsc: the NHS part goes to NHS complaints and the PHSO, the council part to the council.',
    situation: { ...mediation, mediationDate: '2026-10-01', mediationResult: 'all-agreed', mediationSubject: ['plan-contents', 'health-care'], writtenAgreement: true, agreementDate: '2026-10-01', agreedActions: ['amend-plan', 'other'], councilDoneIt: false, notDoneBy: ['council', 'nhs'], writtenToCouncil: false },
    today: '2026-11-29',
    outcome: 'chase-council',
    steps: { 'write-to-sen-team': [['duty', '2026-10-15', true], ['duty', '2026-11-05', true]], 'nhs-not-done-too': [], 'deadline-missed': [] },
  },
  {
    name: 'D8 complaints process finished: the Local Government and Social Care Ombudsman, within 12 months',
    law: 'LGA 1974 s.26B: complain within 12 months, with discretion for later complaints; s.26(5): council first.',
    situation: { ...mediation, mediationDate: '2026-03-10', mediationResult: 'all-agreed', mediationSubject: ['plan-contents'], writtenAgreement: true, agreementDate: '2026-03-10', agreedActions: ['amend-plan'], councilDoneIt: false, notDoneBy: ['council'], writtenToCouncil: true, complained: true },
    today: '2026-11-29',
    outcome: 'ombudsman',
    steps: { 'complain-to-ombudsman': [], 'judicial-review-if-urgent': [] },
    says: ['12 months', 'It can sometimes accept a later complaint', 'promptly, and within 3 months'],
  },
  {
    name: 'D9 everything agreed has been done',
    law: 'Nothing further is required by reg. 42 once the agreed steps are done.',
    situation: { ...mediation, mediationDate: '2026-10-01', mediationResult: 'all-agreed', mediationSubject: ['plan-contents'], writtenAgreement: true, agreementDate: '2026-10-01', agreedActions: ['amend-plan'], councilDoneIt: true },
    today: '2026-11-29',
    outcome: 'agreement-carried-out',
    steps: { 'keep-records': [] },
  },
  {
    name: 'D10 some things agreed, happy with the rest: the agreement path, with the written-agreement question first',
    law: 'reg. 42(1): applies to what was agreed in writing.',
    situation: { ...mediation, mediationDate: '2026-11-20', mediationResult: 'some-agreed', mediationSubject: ['plan-contents'], satisfied: true, writtenAgreement: false },
    today: '2026-11-29',
    outcome: 'get-written-agreement',
    steps: { 'ask-for-written-agreement': [] },
  },
  {
    name: 'D11 some things agreed, unhappy with the rest: appeal, and the agreed part must still be done',
    law: 'r20 for the appeal: 24 Nov + 1 month = Thu 24 Dec, later than 15 Dec; 24 Dec is a working day just before the 25 Dec to 1 Jan window, so it does not move. reg. 42 for the agreed part.',
    situation: { ...mediation, mediationDate: '2026-11-20', mediationResult: 'some-agreed', mediationSubject: ['plan-contents'], satisfied: false, decisionLetterDate: '2026-10-15', mediationCertificateDate: '2026-11-24' },
    today: '2026-11-29',
    outcome: 'appeal',
    steps: { 'send-appeal': [['deadline', '2026-12-24', false]], 'agreed-part-still-applies': [] },
  },
  {
    name: 'D12 agreed to stop the plan: due straight away',
    law: 'reg. 42(2) + 44(2)(a): cease to maintain the plan immediately.',
    situation: { ...mediation, mediationDate: '2026-11-20', mediationResult: 'all-agreed', mediationSubject: ['ceasing-plan'], writtenAgreement: true, agreementDate: '2026-11-20', agreedActions: ['cease-plan'], councilDoneIt: false, notDoneBy: ['council'], writtenToCouncil: false },
    today: '2026-11-29',
    outcome: 'chase-council',
    steps: { 'write-to-sen-team': [['duty', 'immediately', null]] },
    says: ['The council must stop the plan straight away.'],
  },
  {
    name: 'D13 agreed to reconsider: no verified period, said honestly',
    law: 'reg. 44(2)(d): the period for reconsidering was not read (UNVERIFIED), so no date is given.',
    situation: { ...mediation, mediationDate: '2026-11-20', mediationResult: 'all-agreed', mediationSubject: ['refusal-to-assess'], writtenAgreement: true, agreementDate: '2026-11-20', agreedActions: ['reconsider'], councilDoneIt: false, notDoneBy: ['council'], writtenToCouncil: false },
    today: '2026-11-29',
    outcome: 'chase-council',
    steps: { 'write-to-sen-team': [['duty', null, null]] },
    says: ['The council must look at its decision again. We could not check the time limit for this in the law. Ask the council when it will do it.'],
  },
  // --- Health care and social care ------------------------------------------------------------------------------------
  {
    name: 'E1 health care only: NHS complaints, then the PHSO; the tribunal cannot hear it alone',
    law: 'hsc; extended appeals only alongside an education appeal (DfE, council pages).',
    situation: { ...mediation, mediationDate: '2026-11-20', ...unhappy, mediationSubject: ['health-care'] },
    today: '2026-11-29',
    outcome: 'health-social-care',
    steps: { 'tribunal-cannot-hear': [], 'nhs-complaint': [] },
    not: ['council-social-care-complaint', 'send-appeal'],
    says: ['Parliamentary and Health Service Ombudsman'],
    neverSays: ['Local Government and Social Care Ombudsman'],
  },
  {
    name: 'E2 social care only: council complaints, then the LGSCO',
    law: 'hsc: social care complaints go to the council, then the Local Government and Social Care Ombudsman.',
    situation: { ...mediation, mediationDate: '2026-11-20', ...unhappy, mediationSubject: ['social-care'] },
    today: '2026-11-29',
    outcome: 'health-social-care',
    steps: { 'council-social-care-complaint': [] },
    not: ['nhs-complaint'],
    neverSays: ['Parliamentary and Health Service Ombudsman'],
  },
  {
    name: 'E3 health and social care together',
    law: 'hsc: each has its own complaints route.',
    situation: { ...mediation, mediationDate: '2026-11-20', ...unhappy, mediationSubject: ['health-care', 'social-care'] },
    today: '2026-11-29',
    outcome: 'health-social-care',
    steps: { 'nhs-complaint': [], 'council-social-care-complaint': [] },
  },
  {
    name: 'E4 education and health care: the appeal route is kept, with recommendations and the NHS route',
    law: 'CFA s.51 for the education part; the tribunal may recommend on health in an education appeal; hsc for complaints. r20: 24 Nov + 1 month = Thu 24 Dec, a working day outside the window.',
    situation: { ...mediation, mediationDate: '2026-11-20', ...unhappy, mediationSubject: ['plan-contents', 'health-care'], decisionLetterDate: '2026-10-15', mediationCertificateDate: '2026-11-24' },
    today: '2026-11-29',
    outcome: 'appeal',
    steps: { 'send-appeal': [['deadline', '2026-12-24', false]], 'health-social-care-recommendations': [], 'health-care-complaint': [] },
    not: ['social-care-complaint'],
  },
  {
    name: 'E5 education and social care, certificate awaited',
    law: 'As E4, with the certificate still to come (cert).',
    situation: { ...mediation, mediationDate: '2026-11-25', ...unhappy, mediationSubject: ['refusal-to-assess', 'social-care'], decisionLetterDate: '2026-10-15', certificateStatus: 'waiting' },
    today: '2026-11-29',
    outcome: 'appeal-get-certificate',
    steps: { 'health-social-care-recommendations': [], 'social-care-complaint': [], 'appeal-within-a-month': [['earliest', '2027-01-04', false]] },
    not: ['health-care-complaint'],
  },
  // --- A plan that is being stopped ------------------------------------------------------------------------------------
  {
    name: 'F1 a plan to be stopped, certificate received: the plan stays while the appeal is decided (SECONDARY)',
    law: 'IPSEA and SOS!SEN: the council must keep the plan until the appeal is decided. r20: 20 Nov + 1 month = Sun 20 Dec -> Mon 21 Dec.',
    situation: { ...mediation, mediationDate: '2026-11-18', ...unhappy, mediationSubject: ['ceasing-plan'], decisionLetterDate: '2026-10-01', mediationCertificateDate: '2026-11-20' },
    today: '2026-11-29',
    outcome: 'appeal',
    steps: { 'send-appeal': [['deadline', '2026-12-21', false]], 'plan-stays-during-appeal': [] },
    says: ['We have not yet checked this in the law itself'],
  },
  {
    name: 'F2 a plan to be stopped, certificate awaited',
    law: 'As F1; cert: at least 1 month after the 18 Nov meeting = Fri 18 Dec (2 months from 1 Oct = 1 Dec is earlier).',
    situation: { ...mediation, mediationDate: '2026-11-18', ...unhappy, mediationSubject: ['ceasing-plan'], decisionLetterDate: '2026-10-01', certificateStatus: 'waiting' },
    today: '2026-11-29',
    outcome: 'appeal-get-certificate',
    steps: { 'plan-stays-during-appeal': [], 'appeal-within-a-month': [['earliest', '2026-12-18', false]] },
  },
  // --- Other situations ----------------------------------------------------------------------------------------------
  {
    name: 'G1 not sure what kind of meeting it was',
    law: 'Free advice: local IAS services (CFA s.32), IPSEA, SOS!SEN.',
    situation: { meetingType: 'not-sure' },
    today: '2026-11-29',
    outcome: 'get-advice',
    steps: { 'contact-iass': [], 'appeal-clock-runs': [] },
  },
  {
    name: 'G2 not sure how the meeting ended',
    law: 'As G1; the appeal clock keeps running (r20).',
    situation: { ...mediation, mediationDate: '2026-11-20', mediationResult: 'not-sure' },
    today: '2026-11-29',
    outcome: 'get-advice',
    steps: { 'contact-iass': [], 'appeal-clock-runs': [] },
  },
  {
    name: 'G3 nothing agreed, but happy with where things stand',
    law: 'No action is required; r20 still applies if they change their mind.',
    situation: { ...mediation, mediationDate: '2026-11-20', mediationResult: 'none-agreed', mediationSubject: ['plan-contents'], satisfied: true },
    today: '2026-11-29',
    outcome: 'nothing-more-to-do',
    steps: { 'keep-records-no-agreement': [] },
  },
  {
    name: 'G4 refusal to assess, certificate awaited over Christmas',
    law: 'cert: Tue 1 Dec + 3 working days = Fri 4 Dec. r20: 1 month from 1 Dec = Fri 1 Jan 2027 (later than 30 Dec), in the window -> Mon 4 Jan 2027.',
    situation: { ...mediation, mediationDate: '2026-12-01', ...unhappy, mediationSubject: ['refusal-to-assess'], decisionLetterDate: '2026-10-30', certificateStatus: 'waiting' },
    today: '2026-12-03',
    outcome: 'appeal-get-certificate',
    steps: { 'ask-for-certificate': [['expected', '2026-12-04', false]], 'appeal-within-a-month': [['earliest', '2027-01-04', false]] },
    not: ['certificate-is-late'],
  },
];

function dueSummary(result: NextStepsResult, stepId: string): DueExpectation[] | undefined {
  const step = result.steps.find((s) => s.id === stepId);
  return step?.dueDates.map((d) => [d.kind, d.dueDate, d.passed]);
}

describe('after mediation: scenarios a SEND adviser would recognise', () => {
  it('has at least 40 scenarios, each with the law it rests on', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
    for (const s of scenarios) expect(s.law.length, s.name).toBeGreaterThan(20);
  });

  describe.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const result = nextSteps(s.situation, { today: s.today });

    it('reaches the outcome the law gives', () => {
      expect(result.outcome.id).toBe(s.outcome);
    });

    it('shows the steps that must appear, each with its dates', () => {
      for (const [stepId, dates] of Object.entries(s.steps)) {
        expect(dueSummary(result, stepId), `step ${stepId} in ${result.steps.map((x) => x.id).join(', ')}`).toEqual(dates);
      }
    });

    it('leaves out the steps that do not fit', () => {
      const ids = result.steps.map((x) => x.id);
      for (const id of s.not ?? []) expect(ids).not.toContain(id);
    });

    it('reads correctly when rendered, as text and as GOV.UK HTML', () => {
      const text = renderText(result, { width: 400 });
      const html = renderHtml(result, { style: 'govuk' });
      for (const phrase of s.says ?? []) {
        expect(text).toContain(phrase);
        expect(html).toContain(phrase);
      }
      for (const phrase of s.neverSays ?? []) expect(text).not.toContain(phrase);
      // Every date shown is a sentence a parent can read, and dates are never glued to a label.
      expect(text).not.toMatch(/: by |\bby: /);
    });

    it('tells a parent the appeal time has passed only on the late-appeal outcome', () => {
      // The last day to appeal (not the 2-month date alone, which a certificate can extend) shown as passed.
      const passedDeadline = result.steps.some((step) => step.dueDates.some((d) => d.label.startsWith('Last day for your appeal') && d.passed === true));
      expect(passedDeadline).toBe(result.outcome.id === 'late-appeal');
    });
  });
});

describe('after mediation: dates that cannot be right are refused', () => {
  const base: Situation = { ...mediation, mediationDate: '2026-11-20', ...unhappy, mediationSubject: ['plan-contents'], decisionLetterDate: '2026-10-15' };
  it.each([
    ['a meeting after today', { ...base, mediationDate: '2026-12-01' }, 'situation.mediationDate'],
    ['a decision letter sent after the mediation it led to', { ...base, decisionLetterDate: '2026-11-21' }, 'situation.decisionLetterDate'],
    ['a certificate dated before the mediation', { ...base, mediationCertificateDate: '2026-11-19' }, 'situation.mediationCertificateDate'],
    ['a certificate dated before the decision', { ...base, meetingType: 'disagreement-resolution', mediationCertificateDate: '2026-10-01' }, 'situation.mediationCertificateDate'],
    ['an agreement dated before the mediation', { ...mediation, mediationDate: '2026-11-20', mediationResult: 'all-agreed', mediationSubject: ['plan-contents'], writtenAgreement: true, agreementDate: '2026-11-19' }, 'situation.agreementDate'],
  ] as const)('%s', (_label, situation, argument) => {
    expect(() => nextSteps(situation as Situation, { today: '2026-11-29' })).toThrow(expect.objectContaining({ code: 'DATE_ORDER', argument }));
  });
});
