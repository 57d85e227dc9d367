// One set of fixture content that drives every renderer, the snapshots, the HTML validator and the browser checks.
import { getFaq } from '../../src/content/getFaq.js';
import { getGuidancePage } from '../../src/content/getGuidancePage.js';
import { listFaqs } from '../../src/content/listFaqs.js';
import { localise } from '../../src/content/localise.js';
import { getFlow } from '../../src/faq/getFlow.js';
import { nextSteps } from '../../src/faq/nextSteps.js';
import type { Renderable } from '../../src/render/_document.js';
import { exampleIass } from '../helpers/examples.js';

const flow = getFlow('after-mediation');
const outcome = (id: string) => {
  const node = flow.nodes.find((n) => n.id === id);
  if (node?.type !== 'outcome') throw new Error(`no outcome ${id}`);
  return node;
};

/** A council's details with text that needs escaping, for localised fixtures. */
export const LOCAL_DETAILS = {
  localAuthority: {
    name: 'Example "Borough" & District Council',
    senTeam: { email: 'sen@example.gov.uk', phone: '01632 960000', url: 'https://www.example.gov.uk/send' },
    complaintsUrl: 'https://www.example.gov.uk/complaints?type=send&x=1',
  },
  mediationProvider: { name: "Example Mediation's Service", url: 'https://mediation.example.org' },
  iass: exampleIass({ phone: '01632 960001', localAuthorities: ['E06000001'] }),
};

export const FIXTURES: Record<string, Renderable> = {
  page: getGuidancePage('after-mediation'),
  'page-localised': localise(getGuidancePage('after-mediation'), LOCAL_DETAILS),
  ...Object.fromEntries(listFaqs().map((faq) => [`faq-${faq.id}`, getFaq(faq.id as never)])),
  'outcome-appeal': outcome('appeal'),
  'next-steps-chase-council': nextSteps(
    {
      mediationDate: '2026-10-01',
      mediationResult: 'all-agreed',
      mediationSubject: ['plan-contents', 'health-care'],
      writtenAgreement: true,
      agreementDate: '2026-10-01',
      agreedActions: ['make-plan', 'reconsider', 'other'],
      councilDoneIt: false,
      notDoneBy: ['council', 'nhs'],
      writtenToCouncil: false,
    },
    { today: '2026-11-28' },
  ),
  'next-steps-appeal-get-certificate': nextSteps(
    {
      mediationDate: '2026-11-20',
      mediationResult: 'some-agreed',
      mediationSubject: ['plan-contents', 'social-care'],
      satisfied: false,
      decisionLetterDate: '2026-09-01',
      certificateStatus: 'waiting',
    },
    { today: '2026-11-28' },
  ),
};
