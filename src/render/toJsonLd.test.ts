import { describe, expect, it } from 'vitest';
import { getFaq } from '../content/getFaq.js';
import { getGuidancePage } from '../content/getGuidancePage.js';
import { getLegislation } from '../legislation/getLegislation.js';
import { listLegislation } from '../legislation/listLegislation.js';
import { toJsonLd } from './toJsonLd.js';

describe('toJsonLd', () => {
  it('describes a legal reference as schema.org Legislation', () => {
    expect(toJsonLd(getLegislation('send-regs-2014/reg-42'))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      '@id': 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/42',
      name: 'The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530), regulation 42',
      alternateName: 'SEND Regulations 2014, reg. 42',
      headline: 'Steps to be taken by a local authority or commissioning body following mediation',
      abstract: getLegislation('send-regs-2014/reg-42').summary,
      inLanguage: 'en-GB',
      legislationIdentifier: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/42',
      legislationJurisdiction: 'England',
      legislationType: 'Statutory instrument',
      legislationDate: '2014-06-04',
      isPartOf: {
        '@type': 'Legislation',
        name: 'The Special Educational Needs and Disability Regulations 2014',
        legislationIdentifier: 'https://www.legislation.gov.uk/uksi/2014/1530',
        alternateName: 'SI 2014/1530',
      },
    });
  });

  it('gives every reference an identifier and type', () => {
    for (const ref of listLegislation()) {
      const doc = toJsonLd(ref);
      expect(doc.legislationIdentifier).toBe(ref.url);
      expect(['Act of Parliament', 'Statutory instrument', 'Statutory guidance']).toContain(doc.legislationType);
    }
  });

  it('describes the page as an FAQPage with its questions and mentions', () => {
    const doc = toJsonLd(getGuidancePage('after-mediation'));
    expect(doc['@type']).toBe('FAQPage');
    expect(doc.inLanguage).toBe('en-GB');
    expect(doc.lastReviewed).toBe('2026-11-29');
    const questions = doc.mainEntity as { name: string }[];
    expect(questions.map((q) => q.name)).toHaveLength(4);
    const mentions = doc.mentions as { '@type': string; name: string }[];
    expect(mentions).toContainEqual({ '@type': 'Legislation', name: 'SEND Regulations 2014, reg. 42', url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/42' });
    expect(mentions.some((m) => m['@type'] === 'Organization' && m.name === 'IPSEA (Independent Provider of Special Education Advice)')).toBe(true);
  });

  it('describes an FAQ', () => {
    const doc = toJsonLd(getFaq('council-not-done-what-it-agreed'));
    expect(doc['@type']).toBe('FAQPage');
    expect((doc.mainEntity as { acceptedAnswer: { text: string } }[])[0]?.acceptedAnswer.text).toMatch(/^- Write to the special educational needs/);
  });

  it('refuses anything else', () => {
    expect(() => toJsonLd({} as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('toJsonLd for organisations', () => {
  it('describes a charity as Organization and the Ombudsman as GovernmentOrganization, with verified contacts only', async () => {
    const { getOrganisation } = await import('../directory/getOrganisation.js');
    const ipsea = toJsonLd(getOrganisation('ipsea'));
    expect(ipsea).toMatchObject({ '@type': 'Organization', name: 'IPSEA (Independent Provider of Special Education Advice)', url: 'https://www.ipsea.org.uk', areaServed: 'England' });
    expect(ipsea.contactPoint).toBeUndefined();
    const lgsco = toJsonLd(getOrganisation('lgsco'));
    expect(lgsco['@type']).toBe('GovernmentOrganization');
    expect(lgsco.contactPoint).toEqual([{ '@type': 'ContactPoint', contactType: 'Complaints advice line', telephone: '+44 300 061 0614' }]);
  });
});
