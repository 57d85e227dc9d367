import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getFlow } from '../faq/getFlow.js';
import { nextSteps, type Situation } from '../faq/nextSteps.js';
import { renderHtml } from '../render/renderHtml.js';
import { renderText } from '../render/renderText.js';
import { OutcomeNode } from '../schemas/flow.js';
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

  it('inserts a council name literally, whatever replacement patterns it contains', () => {
    for (const name of ['Kent $& Council', 'Kent $` Council', "Kent $' Council", 'Kent $1 $$ Council']) {
      const text = renderText(localise(page, { localAuthority: { name } }));
      expect(text).toContain(name);
      expect(text.length).toBeLessThan(renderText(page).length * 2);
    }
  });

  it('refuses control, bidi-control and zero-width characters in every text field and web address', () => {
    for (const bad of ['\u202e', '\u2066', '\u200b', '\u0085', '\u0007', '\ufeff', '\u2028']) {
      expect(() => localise(page, { localAuthority: { name: `Kent${bad}Council` } })).toThrow(expect.objectContaining({ code: 'INVALID_DETAILS', argument: 'details.localAuthority.name' }));
      expect(() => localise(page, { localAuthority: { name: 'Kent', complaintsUrl: `https://kent.gov.uk/a${bad}b` } })).toThrow(
        expect.objectContaining({ code: 'INVALID_DETAILS', argument: 'details.localAuthority.complaintsUrl' }),
      );
      expect(() => localise(page, { localAuthority: { name: 'Kent', senTeam: { name: `SEN${bad}` } } })).toThrow(expect.objectContaining({ code: 'INVALID_DETAILS' }));
    }
  });

  it('checks web addresses as a browser parses them: written in full, https, a real host', () => {
    for (const url of ['https:evil.example', 'https:/evil.example', 'https:\\\\evil.example', 'javascript:alert(1)', 'http://kent.gov.uk', 'https://user:pw@kent.gov.uk', 'https://localhost/x']) {
      expect(() => localise(page, { localAuthority: { name: 'Kent', complaintsUrl: url } }), url).toThrow(expect.objectContaining({ code: 'INVALID_DETAILS' }));
    }
    expect(localise(page, { localAuthority: { name: 'Kent', complaintsUrl: 'https://www.kent.gov.uk/complaints' } }).localisedFor?.localAuthority).toBe('Kent');
  });

  it('refuses to localise a page twice, so councils never mix and contacts never repeat', () => {
    const once = localise(page, { localAuthority: { name: 'Kent County Council' } });
    expect(() => localise(once, { localAuthority: { name: 'Medway Council' } })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'page', message: expect.stringContaining('already localised for "Kent County Council"') }));
  });

  it('quotes at most a short, escaped excerpt of a bad address in its message', () => {
    const long = `javascript:${'x'.repeat(5000)}\u202e`;
    expect(() => localise(page, { localAuthority: { name: 'Kent', complaintsUrl: long } })).toThrow(expect.objectContaining({ message: expect.stringMatching(/\(5012 characters\)/) }));
  });

  it('agrees with the LocalDetails zod schema in both directions, on valid and hostile input (property)', () => {
    const hostile = fc.constantFrom('\u202e', '\u200b', '\u0000', '\u0085', '<', '$&', '');
    const withHostile = (base: fc.Arbitrary<string>) => fc.oneof(base, fc.tuple(base, hostile, base).map(([a, h, b]) => `${a}${h}${b}`));
    // Mostly valid values, so that both directions are tested: most inputs pass, and each field is sometimes bad.
    const mostly = (valid: string, other: fc.Arbitrary<string>) => fc.oneof({ arbitrary: fc.constant(valid), weight: 6 }, { arbitrary: withHostile(other), weight: 1 });
    const url = mostly('https://www.kent.gov.uk/send', fc.oneof(fc.webUrl({ validSchemes: ['https'] }), fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'https://user:p@x.org', 'data:,x', 'https:evil.example', 'https://ok.example.org/a', 'HTTPS://OK.EXAMPLE.ORG')));
    const text = mostly('Kent County Council', fc.oneof(fc.string({ maxLength: 220 }), fc.constantFrom('<b>x</b>', 'A & B')));
    const phone = mostly('0300 123 4567', fc.oneof(fc.constantFrom('01622 694000', '03000 41 3000', '+44 3000 413000', '0300-123-4567'), fc.stringMatching(/^0[0-9 ]{9,13}$/)));
    const email = mostly('sen@kent.gov.uk', fc.oneof(fc.emailAddress(), fc.constantFrom('a..b@x.org', 'x@y')));
    const date = mostly('2026-11-28', fc.oneof(fc.constantFrom('2026-02-30', '2024-02-29', '2023-02-29', '2026-13-01', '26-01-01'), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/)));
    const gss = mostly('E10000016', fc.oneof(fc.constantFrom('E06000035', 'W06000001', 'E1000001'), fc.stringMatching(/^E\d{8}$/)));
    const iass = fc.record(
      {
        name: text,
        website: url,
        phone,
        email,
        localAuthorities: fc.array(gss, { minLength: 1, maxLength: 2 }),
        source: fc.record({ url, title: text, publisher: text, checked: date }),
      },
      { requiredKeys: ['name', 'website', 'localAuthorities', 'source'] },
    );
    const input = fc.record(
      {
        localAuthority: fc.record(
          { name: text, gssCode: gss, senTeam: fc.record({ name: text, email, phone, url }, { requiredKeys: [] }), complaintsUrl: url, localOfferUrl: url },
          { requiredKeys: ['name'] },
        ),
        mediationProvider: fc.record({ name: text, url, phone, email }, { requiredKeys: ['name'] }),
        iass,
      },
      { requiredKeys: ['localAuthority'] },
    );
    let accepted = 0;
    fc.assert(
      fc.property(input, (candidate) => {
        let ours = true;
        try {
          _validateLocalDetails(candidate);
        } catch {
          ours = false;
        }
        if (ours) accepted++;
        expect(LocalDetails.safeParse(candidate).success, JSON.stringify(candidate)).toBe(ours);
      }),
      { numRuns: 1000 },
    );
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(900);
  });
});

describe('localise on an outcome or a nextSteps result', () => {
  // A parent whose council agreed at mediation (1 October 2026) to issue a plan and has not done it; they wrote to the
  // SEN team and got no answer. Their next step is a formal complaint (SEND Regulations 2014, reg. 42; the council's
  // complaints process, then the Local Government and Social Care Ombudsman).
  const situation: Situation = {
    mediationDate: '2026-10-01',
    mediationResult: 'all-agreed',
    mediationSubject: ['refusal-to-issue-plan'],
    satisfied: true,
    writtenAgreement: true,
    agreementDate: '2026-10-01',
    agreedActions: ['make-plan'],
    councilDoneIt: false,
    notDoneBy: ['council'],
    writtenToCouncil: true,
    complained: false,
  };
  const today = '2026-12-01';

  it('puts the complaints page into the complaint step and names the council, leaving the result it was given unchanged', () => {
    const result = nextSteps(situation, { today });
    const before = structuredClone(result);
    const local = localise(result, details);
    expect(result).toEqual(before);
    expect(local.outcome.title).toBe('Make a formal complaint to Kent County Council');
    const complaint = local.steps.find((step) => step.id === 'make-complaint');
    expect(complaint?.text).toMatch(/^Make a formal complaint to Kent County Council\./);
    expect(complaint?.contacts).toEqual([{ kind: 'complaints', name: 'How to make a complaint to Kent County Council', url: 'https://www.kent.gov.uk/complaints' }]);
    expect(local.localisedFor).toEqual({ localAuthority: 'Kent County Council', gssCode: 'E10000016' });
    // The dates do not move: only names and contacts change.
    expect(local.steps.map((s) => [s.id, s.dueDates.map((d) => d.dueDate)])).toEqual(result.steps.map((s) => [s.id, s.dueDates.map((d) => d.dueDate)]));
  });

  it('names the local IAS service instead of the national network in the steps that send the parent there', () => {
    const local = localise(nextSteps(situation, { today }), details);
    const iass = local.steps.find((step) => step.id === 'iass-can-help-complain');
    expect(iass?.contacts?.map((c) => c.name)).toEqual(['Information, Advice and Support Kent (IASK)']);
    expect(iass?.organisations.map((o) => o.id)).not.toContain('iassn');
    const text = renderText(local, { width: 400 });
    expect(text).toContain('Contact: How to make a complaint to Kent County Council [');
    expect(text).toContain('Contact: Information, Advice and Support Kent (IASK) [');
  });

  it('puts the SEN team, with its phone number and email address, into the step that says to write to it', () => {
    const local = localise(nextSteps({ ...situation, writtenToCouncil: false }, { today }), details);
    expect(local.outcome.title).toBe('Write to Kent County Council');
    const write = local.steps.find((step) => step.id === 'write-to-sen-team');
    expect(write?.text).toMatch(/^Write to Kent County Council's special educational needs \(SEN\) team\./);
    expect(write?.contacts).toEqual([
      { kind: 'sen-team', name: 'Special educational needs (SEN) team, Kent County Council', url: 'https://www.kent.gov.uk/sen', phone: '01632 960000', email: 'sen@kent.example.gov.uk' },
    ]);
    // The council's duty dates name it too: reg. 42(3)(b) (the draft plan within 5 weeks of the agreement).
    const due = write?.dueDates.find((d) => d.dueDate === '2026-11-05');
    expect(due?.sentence).toContain('Kent County Council');
    const html = renderHtml(local);
    expect(html).toContain('href="mailto:sen@kent.example.gov.uk"');
    expect(html).toContain('href="tel:+441632960000"');
  });

  it('asks the council’s own mediation service for a late certificate', () => {
    const waiting = nextSteps(
      { mediationDate: '2026-11-27', mediationResult: 'none-agreed', mediationSubject: ['plan-contents'], satisfied: false, decisionLetterDate: '2026-10-20', certificateStatus: 'waiting' },
      { today: '2026-11-29' },
    );
    const ask = localise(waiting, details).steps.find((step) => step.id === 'ask-for-certificate');
    expect(ask?.contacts).toEqual([{ kind: 'mediation-service', name: 'Example Mediation', url: 'https://mediation.example.org' }]);
  });

  it('leaves out a contact the council did not give, and keeps the national IAS network when there is no local service', () => {
    const bare = localise(nextSteps(situation, { today }), { localAuthority: { name: 'Kent County Council' } });
    for (const step of bare.steps) expect(step.contacts).toBeUndefined();
    expect(bare.steps.find((step) => step.id === 'iass-can-help-complain')?.organisations.map((o) => o.id)).toEqual(['iassn']);
  });

  it('localises an outcome from the flow into a frozen outcome that still passes the OutcomeNode schema', () => {
    const outcome = getFlow('after-mediation').nodes.find((node) => node.id === 'formal-complaint') as OutcomeNode;
    const local = localise(outcome, details);
    expect(Object.isFrozen(local) && Object.isFrozen(local.steps[0])).toBe(true);
    expect(OutcomeNode.safeParse(local).success).toBe(true);
    expect(local.title).toBe('Make a formal complaint to Kent County Council');
    expect(local.steps.find((s) => s.id === 'make-complaint')?.contacts?.[0]?.url).toBe('https://www.kent.gov.uk/complaints');
    expect(renderText(local, { width: 400 })).toContain('Contact: How to make a complaint to Kent County Council [');
    expect(outcome.title).toBe('Make a formal complaint to the council');
  });

  it('inserts the name literally and refuses to localise twice or with bad details', () => {
    const result = nextSteps(situation, { today });
    const odd = localise(result, { localAuthority: { name: 'Council $& of $`' } });
    expect(odd.outcome.title).toBe('Make a formal complaint to Council $& of $`');
    expect(() => localise(odd, details)).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'result' }));
    expect(() => localise(result, { localAuthority: { name: 'Kent', complaintsUrl: 'javascript:alert(1)' } })).toThrowError(
      expect.objectContaining({ code: 'INVALID_DETAILS', argument: 'details.localAuthority.complaintsUrl' }),
    );
    expect(() => localise(result, { localAuthority: { name: '<script>' } })).toThrowError(expect.objectContaining({ code: 'INVALID_DETAILS' }));
    expect(() => localise({ steps: [] } as never, details)).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'content' }));
  });

  it('renders a forged contact as escaped text: a hostile web address never becomes a link', () => {
    const result = nextSteps(situation, { today });
    const forged = { ...result, steps: result.steps.map((step, i) => (i === 0 ? { ...step, contacts: [{ kind: 'complaints' as const, name: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)', email: 'a"b@x.org' }] } : step)) };
    const html = renderHtml(forged);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('<img');
    expect(() => renderHtml({ ...forged, steps: [{ ...forged.steps[0]!, contacts: [{ kind: 'complaints', name: 42 }] }] } as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'content.steps[0].contacts[0].name' }),
    );
  });
});
