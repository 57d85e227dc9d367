import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderText } from '../render/renderText.js';
import { LocalDetails } from '../schemas/localAuthority.js';
import type { LocalDetails as Details } from '../schemas/localAuthority.js';
import { _validateLocalDetails } from '../_lib/validateLocal.js';
import { getGuidancePage } from './getGuidancePage.js';
import { localise } from './localise.js';

const details: Details = {
  localAuthority: {
    name: 'Kent County Council',
    gssCode: 'E10000016',
    senTeam: { email: 'sen@kent.example.gov.uk', phone: '01632 960000', url: 'https://www.kent.gov.uk/sen' },
    complaintsUrl: 'https://www.kent.gov.uk/complaints',
  },
  mediationProvider: { name: 'Example Mediation', url: 'https://mediation.example.org' },
  iass: {
    name: 'Information, Advice and Support Kent (IASK)',
    website: 'https://www.iask.example.org',
    phone: '01632 960001',
    localAuthorities: ['E10000016'],
    source: { url: 'https://www.iask.example.org', title: 'Home', publisher: 'IASK', checked: '2026-11-28' },
  },
};

describe('localise', () => {
  const page = getGuidancePage('after-mediation');
  const local = localise(page, details);

  it('names the council, the local IAS service and the mediation service instead of the generic wording', () => {
    const text = renderText(local, { width: 400 });
    expect(text).toContain('Write to the special educational needs (SEN) team at Kent County Council.');
    expect(text).toContain('Information, Advice and Support Kent (IASK) [');
    expect(text).not.toMatch(/Your Information, Advice and Support Kent/);
    expect(text).toContain('Contacts in Kent County Council');
    expect(text).toContain('How to make a complaint to Kent County Council');
    expect(text).toContain('Example Mediation');
    expect(text).toContain('https://www.kent.gov.uk/complaints');
    expect(local.localisedFor).toEqual({ localAuthority: 'Kent County Council', gssCode: 'E10000016' });
  });

  it('puts the local contacts before the list of organisations', () => {
    const ids = local.body.map((b) => b.id);
    expect(ids.indexOf('local-contacts')).toBe(ids.indexOf('organisations-that-can-help') - 2);
  });

  it('leaves the original page unchanged, and returns a frozen page', () => {
    expect(page.localisedFor).toBeUndefined();
    expect(renderText(page)).not.toContain('Kent');
    expect(() => ((local as { title: string }).title = 'x')).toThrow(TypeError);
  });

  it('links phone numbers and email addresses with tel: and mailto:', () => {
    const json = JSON.stringify(local);
    expect(json).toContain('"href":"tel:+441632960001"');
    expect(json).toContain('"href":"mailto:sen@kent.example.gov.uk"');
  });

  it.each([
    [{ localAuthority: { name: '<script>alert(1)</script>' } }, 'details.localAuthority.name'],
    [{ localAuthority: { name: 'Kent', complaintsUrl: 'javascript:alert(1)' } }, 'details.localAuthority.complaintsUrl'],
    [{ localAuthority: { name: 'Kent', complaintsUrl: 'http://www.kent.gov.uk' } }, 'details.localAuthority.complaintsUrl'],
    [{ localAuthority: { name: 'Kent', senTeam: { url: 'data:text/html,<b>x</b>' } } }, 'details.localAuthority.senTeam.url'],
    [{ localAuthority: { name: 'Kent', senTeam: { email: 'a@b.c"><script>' } } }, 'details.localAuthority.senTeam.email'],
    [{ localAuthority: { name: 'Kent', senTeam: { phone: 'javascript:1' } } }, 'details.localAuthority.senTeam.phone'],
    [{ localAuthority: { name: 'x'.repeat(201) } }, 'details.localAuthority.name'],
    [{ localAuthority: { name: 'Kent\u0000' } }, 'details.localAuthority.name'],
    [{ localAuthority: { name: 'Kent', extra: 1 } }, 'details.localAuthority.extra'],
    [{ localAuthority: { name: 'Kent' }, mediationProvider: { name: 'M', url: 'https://user:pass@evil.example' } }, 'details.mediationProvider.url'],
    [{ localAuthority: { name: 'Kent' }, iass: { ...details.iass, website: 'javascript:alert(1)' } }, 'details.iass.website'],
  ])('refuses hostile details %j with INVALID_DETAILS naming %s', (hostile, argument) => {
    expect(() => localise(page, hostile as never)).toThrow(expect.objectContaining({ code: 'INVALID_DETAILS', argument }));
  });

  it('keeps text that is merely odd as text (renderers escape it)', () => {
    const odd = localise(page, { localAuthority: { name: 'Council & "Friends" \'s' } });
    expect(renderText(odd)).toContain('Council & "Friends" \'s');
  });

  it('agrees with the LocalDetails zod schema on valid and hostile input (property)', () => {
    const url = fc.oneof(fc.webUrl({ validSchemes: ['https'] }), fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'https://user:p@x.org', 'data:,x', 'https://ok.example.org/a'));
    const name = fc.oneof(fc.string({ maxLength: 220 }), fc.constantFrom('Kent County Council', '<b>x</b>', 'A & B'));
    const input = fc.record(
      { localAuthority: fc.record({ name, complaintsUrl: url }, { requiredKeys: ['name'] }) },
      { requiredKeys: ['localAuthority'] },
    );
    fc.assert(
      fc.property(input, (candidate) => {
        let ours = true;
        try {
          _validateLocalDetails(candidate);
        } catch {
          ours = false;
        }
        const theirs = LocalDetails.safeParse(candidate).success;
        if (ours) expect(theirs, JSON.stringify(candidate)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
