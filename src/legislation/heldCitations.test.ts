// Issue 16, point 9: a held set of citation forms as they are written on council, IASS, IPSEA, Ombudsman, tribunal
// and legislation pages, each with the address it was read at (2026-11-29). Only the citation (and the few words
// around it that decide its meaning) is kept. `expect` lists what findCitations must return, in order, as
// "id" or "id + subdivision"; parseCitation must return the one reference when there is exactly one, else null.
// Many forms cite provisions outside the register (s. 42 CFA, reg 13): those must give nothing, never a near miss.
import { describe, expect, it } from 'vitest';
import { findCitations } from './findCitations.js';
import { parseCitation } from './parseCitation.js';

interface HeldForm {
  text: string;
  source: string;
  expect: string[];
}

const IPSEA_MEDIATION = 'https://www.ipsea.org.uk/mediation';
const REG_42 = 'https://legislation.gov.uk/uksi/2014/1530/regulation/42/2014-09-01/data.htm?view=plain';
const MEDIATION_REGS = 'http://www.legislation.gov.uk./uksi/2014/1530/part/2/crossheading/mediation/made';
const SEND_REGS_MADE = 'https://www.legislation.gov.uk:443/uksi/2014/1530/made';
const SEND_REGS_BODY = 'http://www.legislation.gov.uk/uksi/2014/1530/body/made';
const LGL = 'https://www.localgovernmentlawyer.co.uk/lexisnexis/590-lexis/education/lexis/education/litigation/35588-sendist-and-local-authorities';
const BARRISTER = 'http://specialeducationalneedsbarrister.co.uk/uncategorized/appeals-to-the-first-tier-tribunal/';
const BARRISTER_F = 'http://specialeducationalneedsbarrister.co.uk/uncategorized/section-f-special-educational-provision/';
const LGO_1 = 'https://www.lgo.org.uk/decisions/education/special-educational-needs/24-015-493';
const LGO_2 = 'https://www.lgo.org.uk/decisions/education/special-educational-needs/19-004-305';
const LGO_3 = 'https://www.lgo.org.uk/decisions/education/special-educational-needs/24-009-010';
const LGO_4 = 'https://lgo.org.uk/decisions/education/special-educational-needs/24-011-337';
const LGO_5 = 'https://www.lgo.org.uk/decisions/education/special-educational-needs/22-000-018';
const LGO_6 = 'https://www.lgo.org.uk/decisions/education/special-educational-needs/22-011-513';
const LGO_7 = 'https://www.lgo.org.uk/decisions/education/special-educational-needs/24-011-682';
const WELSH = 'https://legislation.gov.uk/en/wsi/2012/322/part/B/made';
const HESC_2008 = 'https://www.legislation.gov.uk/uksi/2008/2699/2008-11-03/data.xht?view=snippet&wrap=true';
const HESC_RULE_1 = 'https://mentalhealthlaw.co.uk/Text:Tribunal_rule_1';
const HESC_AMENDMENT = 'https://www.mentalhealthlaw.co.uk/Tribunal_Procedure_(Amendment_No._3)_Rules_2014';
const CFA_56 = 'https://legislation.gov.uk/id/ukpga/2014/6/section/56?timeline=false&view=extent';
const REG_13 = 'http://www.legislation.gov.uk/uksi/2014/1530/regulation/13/made/data.xht?view=snippet&wrap=true';
const COP_PAGE = 'https://fliphtml5.com/cjrak/uymg/SEND_Code_of_Practice_/171';
const EDYOURSELF = 'http://edyourself.org/articles/EHCPlayout.php';
const GAZETTE = 'https://thegazette.co.uk/id/notice/3556936';
const COVID_GUIDANCE = 'https://gov.uk/government/publications/changes-to-the-law-on-education-health-and-care-needs-assessments-and-plans-due-to-coronavirus/education-health-and-care-needs-assessments-and-plans-guidance-on-temporary-legislative-changes-relating-to-coronavirus-covid-19';
const MEDIATELEGAL = 'https://mediatelegal.co.uk/glossary-of-key-sen-terms/';
const ISSUE_16 = 'issue 16 (forms reported by council and app developers)';

export const HELD_FORMS: readonly HeldForm[] = [
  // IPSEA
  { text: 'Regulations 42 and 44 of the Special Educational Needs and Disability Regulations 2014', source: IPSEA_MEDIATION, expect: ['send-regs-2014/reg-42', 'send-regs-2014/reg-44'] },
  { text: 'Children and Families Act 2014', source: 'https://www.ipsea.org.uk/what-you-need-to-know/mediation', expect: [] },
  // Council and IASS pages
  { text: 'Section 51(2) of the Children and Families Act 2014', source: 'https://sendiasbathnes.org.uk/mediation-appeals-and-judicial-review/appeal-tribunal', expect: ['cfa-2014/s-51(2)'] },
  { text: 'Section 51 of the Children and Families Act 2014', source: 'https://issuu.com./councilfordisabledchildren/docs/isfactsheet24_tribunal', expect: ['cfa-2014/s-51'] },
  { text: 'Part 3 of the Children and Families Act 2014, The Special Educational Needs and Disability Regulations 2014', source: 'https://cbsendiass.org/send-tribunal-and-the-appeal-process', expect: [] },
  { text: 'the SEN and Disability Code of Practice (the Code)', source: 'https://cbsendiass.org/send-tribunal-and-the-appeal-process', expect: [] },
  { text: 'First-tier Tribunal (Health, Education and Social Care Chamber)', source: 'https://www.seftondirectory.com/kb5/sefton/directory/site.page?id=Cv5wAak7f0c&localofferchannel=1', expect: [] },
  // Local Government and Social Care Ombudsman decisions about councils
  { text: '(Local Government Act 1974, sections 26(1) and 26A(1), as amended)', source: LGO_1, expect: ['lga-1974/s-26(1)', 'lga-1974/s-26a(1)'] },
  { text: '(Local Government Act 1974, sections 26(1), 26A(1) and 34(3), as amended)', source: LGO_2, expect: ['lga-1974/s-26(1)', 'lga-1974/s-26a(1)'] },
  { text: '(Local Government Act 1974, section 26(6)(a), as amended)', source: LGO_3, expect: ['lga-1974/s-26(6)(a)'] },
  { text: 'The Local Government Act 1974 sets out our powers', source: LGO_3, expect: [] },
  { text: '[2023] EWCA Civ 207', source: LGO_3, expect: [] },
  { text: 's.54 of the Children and Families Act 2014', source: LGO_4, expect: ['cfa-2014/s-54'] },
  { text: 'Local Government Act 1974, section 26(6)(a), as amended', source: LGO_4, expect: ['lga-1974/s-26(6)(a)'] },
  { text: '(Local Government Act 1974, section 30(1B) and 34H(i), as amended)', source: LGO_5, expect: [] },
  { text: 'Local Government Act 1974, sections 26(1) and 26A(1), as amended', source: LGO_6, expect: ['lga-1974/s-26(1)', 'lga-1974/s-26a(1)'] },
  { text: 'sections 26(1) and 26A(1) of the Local Government Act 1974', source: LGO_7, expect: ['lga-1974/s-26(1)', 'lga-1974/s-26a(1)'] },
  // Tribunal rules and tribunal-facing guidance
  { text: 'Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008', source: HESC_2008, expect: [] },
  { text: 'paragraph 28(1) of Schedule 5 to the Tribunals, Courts and Enforcement Act 2007', source: HESC_2008, expect: [] },
  { text: 'sections 9(3), 22 and 29(3) and (4) of, and Schedule 5 to, that Act', source: HESC_2008, expect: [] },
  { text: 'rule 9(1) (substitution and addition of parties)', source: HESC_RULE_1, expect: [] },
  { text: 'section 79A of the Children Act 1989', source: HESC_RULE_1, expect: [] },
  { text: 'section 18 of the Childcare Act 2006', source: HESC_RULE_1, expect: [] },
  { text: 'Rules 19 to 28 amend the rules of the Health, Education and Social Care Chamber', source: HESC_AMENDMENT, expect: [] },
  { text: 'the Special Educational Needs and Disability Regulations 2014 (S.I. 2014/1530)', source: HESC_AMENDMENT, expect: [] },
  { text: 'A related saving provision is contained in rule 38.', source: HESC_AMENDMENT, expect: [] },
  { text: 'CFA 2014, s 51(3)(b)', source: LGL, expect: ['cfa-2014/s-51(3)(b)'] },
  { text: 'CFA 2014, s 45', source: LGL, expect: [] },
  { text: 'CFA 2014, s 51(2)(f)', source: LGL, expect: ['cfa-2014/s-51(2)(f)'] },
  { text: 'CFA 2014, s 51(2)(a)', source: LGL, expect: ['cfa-2014/s-51(2)(a)'] },
  { text: 'First Tier Tribunal (FTT) (Health, Education and Social Care Chamber (the Tribunal))', source: LGL, expect: [] },
  { text: 'section 51 of the Children and Families Act 2014', source: BARRISTER, expect: ['cfa-2014/s-51'] },
  { text: 'subject to section 55 (mediation)', source: BARRISTER, expect: [] },
  { text: 'Section 21 of the Children and Families Act 2014', source: BARRISTER_F, expect: [] },
  { text: 'section 21(5)', source: BARRISTER_F, expect: [] },
  // The SEND Regulations and the Children and Families Act, as published
  { text: 'the local authority shall comply with the time limits set out in regulation 44', source: REG_42, expect: ['send-regs-2014/reg-44'] },
  { text: 'The timescales referred to in paragraphs (2) and (3)', source: REG_42, expect: [] },
  { text: 'section 53 or 54 of the Act', source: MEDIATION_REGS, expect: [] },
  { text: 'section 55(4) or (5)', source: MEDIATION_REGS, expect: [] },
  { text: 'The Special Educational Needs and Disability Regulations 2014', source: MEDIATION_REGS, expect: [] },
  {
    text: 'sections 30(8) and(9), 34(6), 36(11), 37(4), 41(5), 44(7), 45(5), 46(2), 47(1) and (2), 51(4), 56(1), 67(3), 69(3)(a), and 80(1) of the Children and Families Act 2014',
    source: SEND_REGS_MADE,
    expect: ['cfa-2014/s-51(4)', 'cfa-2014/s-56(1)'],
  },
  { text: 'section 42(4) of the Act', source: SEND_REGS_BODY, expect: [] },
  { text: 'section 25(3) of the National Health Service Reform and Health Care Professions Act 2002', source: SEND_REGS_BODY, expect: [] },
  { text: 'section 67 of the Act', source: SEND_REGS_BODY, expect: [] },
  { text: 'section 55(4) or (5) of the Act', source: 'https://legislation.gov.uk/uksi/2015/62/regulation/18/made/data.html', expect: [] },
  { text: 'section 73(7) of the Act', source: 'https://legislation.gov.uk/cy/uksi/2015/62/regulation/18/made/data.xht?view=snippet&wrap=true', expect: [] },
  { text: 'sections 52 to 55', source: CFA_56, expect: [] },
  { text: 'section 55(3)', source: CFA_56, expect: [] },
  { text: 'Section 52: Right to mediation', source: 'https://www.legislation.gov.uk/ukpga/2014/6/notes/division/4/3/12/2', expect: [] },
  { text: 'section 324 of the Education Act 1996', source: 'http://www.legislation.gov.uk./ukpga/2014/6/notes/division/4/3/11/6', expect: [] },
  { text: 'section 36(1) of the Act', source: REG_13, expect: [] },
  { text: 'regulation 10(4)(a) to (d)', source: REG_13, expect: [] },
  // Other instruments that must not be read as ours
  { text: 'section 332BA of the 1996 Act', source: WELSH, expect: [] },
  { text: 'paragraph 6C of Schedule 17 to the Equality Act 2010', source: WELSH, expect: [] },
  { text: 'section 27(1) of the Equality Act 2006', source: WELSH, expect: [] },
  { text: 'paragraph 4(1) of Schedule 17 to the 2010 Act', source: WELSH, expect: [] },
  { text: 'under Article 18 of, or paragraph 8 of Schedule 2 to, the 1996 Order', source: 'http://www.legislation.gov.uk/nisr/1997/315/part/II/crossheading/the-parent/made/data.xht?view=snippet&wrap=true', expect: [] },
  { text: 'The Special Educational Needs and Disability (Coronavirus) (Amendment) Regulations 2020', source: COVID_GUIDANCE, expect: [] },
  { text: 'section 42 of the Children and Families Act 2014 (duty to secure special educational and health care provision in accordance with EHC plan)', source: COVID_GUIDANCE, expect: [] },
  // Section 42 of the Act is not regulation 42 of the Regulations
  { text: 'section 42 of the Children and Families Act 2014', source: 'https://birkettlong.co.uk/insights/education/high-court-provides-important-guidance-local-authoritys-absolute-duty-under', expect: [] },
  { text: 'Section 42 of the Children and Families Act', source: 'https://www.birkettlong.co.uk/local-authoritys-absolute-duty-provide-special-educational-provision', expect: [] },
  { text: 'Children and Families Act 2014, s. 42', source: GAZETTE, expect: [] },
  { text: 'CHILDREN AND FAMILIES ACT 2014, s. 42', source: GAZETTE, expect: [] },
  { text: 'Modification of section 42 Children and Families Act 2014', source: GAZETTE, expect: [] },
  { text: 'Part 3 (sections 19–83)', source: 'https://www.beaakon.com/glossary/children-and-families-act-2014', expect: [] },
  { text: 'Section 51: right of appeal to the SEND Tribunal', source: 'https://www.beaakon.com/glossary/children-and-families-act-2014', expect: [] },
  // The Code of Practice, and the SEN Regulations by other names
  { text: 'see 11.6 – 11.10 of the SEND Code of Practice', source: MEDIATELEGAL, expect: ['send-code-2015/para-11.6'] },
  { text: 'see 9.45 – 9.52 SEND Code of Practice', source: MEDIATELEGAL, expect: [] },
  { text: 'Children & Families Act 2014', source: MEDIATELEGAL, expect: [] },
  { text: 'Section 38 of the Children and Families Act 2014 and Regulation 13 of the SEND Regulations 2014', source: COP_PAGE, expect: [] },
  { text: 'SEN Regulation 6. (1)', source: EDYOURSELF, expect: [] },
  { text: 'paragraphs (1)(b) to (h)', source: EDYOURSELF, expect: [] },
  { text: 'the 2015 SEND Code of Practice', source: EDYOURSELF, expect: [] },
  { text: 'Children and Families Act 2014 and SEN Regulations 2014', source: 'https://www.sinclairslaw.co.uk/news/the-new-world-of-sen-mediation/', expect: [] },
  { text: 'schedule 2, paragraph 15', source: 'https://frg.org.uk/get-help-and-advice/why/children-with-disabilities-and-children-with-special-educational-needs/how-will-families-know-what-services-are-available-locally/', expect: [] },
  { text: 'First Tier Tribunal (SEND)', source: 'https://dcs.leicester.gov.uk/send-local-offer/education-health-and-care-assessment-and-plans/mediation-appeals-and-resolutions/mediation', expect: [] },
  { text: '(see schedule 2, paragraph 17)', source: 'https://frg.org.uk/get-help-and-advice/why/children-with-disabilities-and-children-with-special-educational-needs/how-will-families-know-what-services-are-available-locally/', expect: [] },
  { text: 'Part 3 of the Children and Families Act 2014 (c. 6)', source: HESC_AMENDMENT, expect: [] },
  { text: 'SEN Regulation 6. (4)', source: EDYOURSELF, expect: [] },
  { text: 'Section 42: Duty to secure special educational provision', source: 'http://www.legislation.gov.uk./ukpga/2014/6/notes/division/4/3/11/6', expect: [] },
  // The forms named in issue 16
  { text: 'regulation 42(3)', source: ISSUE_16, expect: ['send-regs-2014/reg-42(3)'] },
  { text: 'SEN regs reg 42', source: ISSUE_16, expect: ['send-regs-2014/reg-42'] },
  { text: 'rule 20 tribunal rules', source: ISSUE_16, expect: ['hesc-rules-2008/rule-20'] },
];

const shown = (f: { reference: { id: string; subdivision?: string } }): string => f.reference.id + (f.reference.subdivision ?? '');

describe('citation forms collected from council, IASS, IPSEA, Ombudsman and tribunal pages', () => {
  it.each(HELD_FORMS.map((f) => [f.text, f] as const))('%s', (_text, form) => {
    expect(findCitations(form.text).map(shown), form.source).toEqual(form.expect);
    const parsed = parseCitation(form.text);
    expect(parsed === null ? null : shown(parsed), form.source).toBe(form.expect.length === 1 ? form.expect[0] : null);
  });

  it('holds at least 80 forms, each with its source', () => {
    expect(HELD_FORMS.length).toBeGreaterThanOrEqual(80);
    for (const form of HELD_FORMS) expect(form.source).toMatch(/^(https?:\/\/|issue 16)/);
  });
});
