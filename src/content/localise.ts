import { _deepFreeze } from '../_lib/deepFreeze.js';
import { _excerpt } from '../_lib/limits.js';
import { _normaliseUkPhone, _telUri } from '../_lib/ukPhone.js';
import { _validateLocalDetails } from '../_lib/validateLocal.js';
import { GuidanceError } from '../errors.js';
import type { ContentBlock, PageBlock } from '../schemas/block.js';
import type { GuidancePage } from '../schemas/guidancePage.js';
import type { InlineNode } from '../schemas/inline.js';
import type { LocalContact, LocalContactKind, OutcomeNode, OutcomeStep } from '../schemas/flow.js';
import type { LocalDetails } from '../schemas/localAuthority.js';
import type { LocalisedFor } from '../schemas/localisedFor.js';
import type { NextStep, NextStepsResult } from '../faq/nextSteps.js';

function _text(value: string): InlineNode {
  return { type: 'text', value };
}

function _link(href: string, text: string): InlineNode {
  return { type: 'link', href, children: [{ type: 'text', value: text }] };
}

function _tel(phone: string): string {
  return _telUri(phone) ?? `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A phone number as link text, in the one UK style, with non-breaking spaces so it never wraps across lines. */
function _phoneText(phone: string): string {
  return (_normaliseUkPhone(phone) ?? phone).replace(/ /g, '\u00a0');
}

/** Rewrites one run of inline nodes: "your council" becomes the council's name; the IAS network becomes the local service. */
function _run(nodes: readonly InlineNode[], details: LocalDetails): InlineNode[] {
  const out: InlineNode[] = [];
  const name = details.localAuthority.name;
  for (const node of nodes) {
    if (node.type === 'text') {
      // A function as the replacement, so that "$&" or "$`" in a council's name is inserted literally.
      out.push({ type: 'text', value: node.value.replace(/\b[Yy]our council\b/g, () => name) });
    } else if (node.type === 'ref' && node.kind === 'organisation' && node.id === 'iassn' && details.iass) {
      const previous = out[out.length - 1];
      if (previous?.type === 'text') previous.value = previous.value.replace(/\b[Yy]our $/, '');
      if (previous?.type === 'text' && previous.value === '') out.pop();
      out.push(_link(details.iass.website, details.iass.name));
    } else {
      out.push(structuredClone(node));
    }
  }
  return out;
}

function _block<B extends PageBlock | ContentBlock>(block: B, details: LocalDetails): B {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'warning':
      return { ...block, content: _run(block.content, details) };
    case 'inset':
      return { ...block, content: block.content.map((run) => _run(run, details)) };
    case 'list':
      return {
        ...block,
        items: block.items.map((run) => {
          // A list item that introduces the IAS network: name the local service and drop the directory sentence.
          const first = run[0];
          if (details.iass && first?.type === 'ref' && first.kind === 'organisation' && first.id === 'iassn') {
            return [_link(details.iass.website, details.iass.name), _text(': your local information, advice and support (IAS) service. It gives free, impartial advice about special educational needs and disability.')];
          }
          return _run(run, details);
        }),
      };
    case 'faq':
      return { ...block, answer: block.answer.map((inner) => _block(inner, details)) };
  }
  return block;
}

/** The council's own contacts, by kind, from the details (a kind is missing when the details do not give it). */
function _localContacts(details: LocalDetails): Partial<Record<LocalContactKind, LocalContact>> {
  const la = details.localAuthority;
  const out: Partial<Record<LocalContactKind, LocalContact>> = {};
  const reach = (from: { phone?: string | undefined; email?: string | undefined }): Pick<LocalContact, 'phone' | 'email'> => ({
    ...(from.phone === undefined ? {} : { phone: _normaliseUkPhone(from.phone) ?? from.phone }),
    ...(from.email === undefined ? {} : { email: from.email }),
  });
  if (la.senTeam) {
    const team = la.senTeam;
    out['sen-team'] = { kind: 'sen-team', name: team.name ?? `Special educational needs (SEN) team, ${la.name}`, ...(team.url === undefined ? {} : { url: team.url }), ...reach(team) };
  }
  if (la.complaintsUrl) out.complaints = { kind: 'complaints', name: `How to make a complaint to ${la.name}`, url: la.complaintsUrl };
  if (details.iass) out.iass = { kind: 'iass', name: details.iass.name, url: details.iass.website, ...reach(details.iass) };
  if (details.mediationProvider) {
    const provider = details.mediationProvider;
    out['mediation-service'] = { kind: 'mediation-service', name: provider.name, ...(provider.url === undefined ? {} : { url: provider.url }), ...reach(provider) };
  }
  return out;
}

/** A contact as inline nodes: its name (linked to its website when it has one), then its phone number and email address. */
function _contactRun(contact: LocalContact, role: string): InlineNode[] {
  const parts: InlineNode[] = [contact.url ? _link(contact.url, contact.name) : _text(contact.name)];
  if (role) parts.push(_text(role));
  if (contact.phone) parts.push(_text(', '), _link(_tel(contact.phone), _phoneText(contact.phone)));
  if (contact.email) parts.push(_text(', '), _link(`mailto:${contact.email}`, contact.email));
  return parts;
}

/** The "Contacts in ..." section of a page, built from the details. */
function _contacts(details: LocalDetails): PageBlock[] {
  const la = details.localAuthority;
  const found = _localContacts(details);
  const items: InlineNode[][] = [];
  const team = found['sen-team'];
  if (team) {
    // The SEN team's name, then every way to reach it; a team with none still appears, saying so.
    const ways = [team.email && [_link(`mailto:${team.email}`, team.email)], team.phone && [_link(_tel(team.phone), _phoneText(team.phone))], team.url && [_link(team.url, 'website')]].filter(
      (way): way is InlineNode[] => Array.isArray(way),
    );
    if (ways.length === 0) ways.push([_text('contact details not supplied')]);
    const parts: InlineNode[] = [_text(`${team.name}: `)];
    ways.forEach((way, i) => {
      if (i > 0) parts.push(_text(i === ways.length - 1 ? ' or ' : ', '));
      parts.push(...way);
    });
    items.push(parts);
  }
  if (found.complaints?.url) items.push([_link(found.complaints.url, found.complaints.name)]);
  if (la.localOfferUrl) items.push([_link(la.localOfferUrl, `${la.name} SEND Local Offer`)]);
  if (found.iass) items.push(_contactRun(found.iass, ': your local information, advice and support (IAS) service'));
  if (found['mediation-service']) items.push(_contactRun(found['mediation-service'], ': the mediation service'));
  if (items.length === 0) return [];
  return [
    { type: 'heading', id: 'local-contacts', level: 2, content: [_text(`Contacts in ${la.name}`)] },
    { type: 'list', id: 'local-contacts-list', ordered: false, items },
  ];
}

/** "The council" and "your council" in flow text become the council's name (inserted literally). */
function _named(text: string, name: string): string {
  return text.replace(/\b(?:[Tt]he|[Yy]our) council\b/g, () => name);
}

/** The contacts a step asks for that the details give, in the step's order. */
function _stepContacts(local: unknown, found: Partial<Record<LocalContactKind, LocalContact>>): LocalContact[] {
  if (!Array.isArray(local)) return [];
  return local.flatMap((kind: LocalContactKind) => (found[kind] === undefined ? [] : [{ ...found[kind] }]));
}

function _localisedFor(details: LocalDetails): LocalisedFor {
  const la = details.localAuthority;
  return { localAuthority: la.name, ...(la.gssCode === undefined ? {} : { gssCode: la.gssCode }) };
}

function _refuseTwice(content: { localisedFor?: LocalisedFor | undefined }, argument: string, original: string): void {
  if ('localisedFor' in content && content.localisedFor !== undefined) {
    throw new GuidanceError(
      'INVALID_ARGUMENT',
      `${argument} is already localised for ${_excerpt(content.localisedFor.localAuthority)}. Localise the original from ${original} instead.`,
      { argument },
    );
  }
}

function _isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function _localisePage(page: GuidancePage, details: LocalDetails): GuidancePage {
  const body = page.body.map((block) => _block(block, details));
  const contacts = _contacts(details);
  const at = body.findIndex((block) => block.id === 'organisations-that-can-help');
  body.splice(at < 0 ? body.length : at, 0, ...contacts);
  return _deepFreeze({ ...structuredClone(page), body, localisedFor: _localisedFor(details) });
}

function _localiseOutcome(outcome: OutcomeNode, details: LocalDetails): OutcomeNode {
  const name = details.localAuthority.name;
  const found = _localContacts(details);
  const steps = outcome.steps.map((step): OutcomeStep => {
    const contacts = _stepContacts(step.local, found);
    const copy = structuredClone(step);
    copy.text = _named(step.text, name);
    if (contacts.length === 0) return copy;
    // The local IAS service takes the place of the national network, as on a localised page.
    if (contacts.some((c) => c.kind === 'iass')) copy.organisations = copy.organisations.filter((id) => id !== 'iassn');
    return { ...copy, contacts };
  });
  return _deepFreeze({ ...structuredClone(outcome), title: _named(outcome.title, name), summary: _named(outcome.summary, name), steps, localisedFor: _localisedFor(details) });
}

function _localiseResult(result: NextStepsResult, details: LocalDetails): NextStepsResult {
  const name = details.localAuthority.name;
  const found = _localContacts(details);
  const steps = result.steps.map((step): NextStep => {
    const contacts = _stepContacts(step.local, found);
    const copy: NextStep = {
      ...structuredClone(step),
      text: _named(step.text, name),
      dueDates: step.dueDates.map((due) => ({ ...structuredClone(due), label: _named(due.label, name), sentence: _named(due.sentence, name), caveats: due.caveats.map((c) => _named(c, name)) })),
    };
    if (contacts.length === 0) return copy;
    if (contacts.some((c) => c.kind === 'iass')) copy.organisations = copy.organisations.filter((org) => org.id !== 'iassn');
    copy.contacts = contacts;
    return copy;
  });
  return {
    outcome: { ...result.outcome, title: _named(result.outcome.title, name), summary: _named(result.outcome.summary, name) },
    steps,
    state: structuredClone(result.state),
    localisedFor: _localisedFor(details),
  };
}

/**
 * Puts a council's (or mediation provider's) own details into a guidance page, a flow outcome or a
 * {@link nextSteps} result. The details are checked as untrusted input; renderers escape them like any other text.
 *
 * - **A page**: "your council" becomes the council's name, the local IAS service is named and linked instead of the
 *   national network, and a "Contacts in ..." section lists the SEN team, the complaints page, the Local Offer, the
 *   IAS service and the mediation service, before the list of organisations.
 * - **An outcome or a `nextSteps` result**: "the council" becomes the council's name in the title, the summary, each
 *   step and each due date, and each step that names one of the council's own contacts (its `local` list: the SEN
 *   team, the complaints page, the local IAS service, the mediation service) gets them in `contacts`, with their
 *   web address, phone number and email address. The local IAS service replaces the national network in that step.
 *   A contact the details do not give is left out. Renderers show `contacts` in the step's "Contact" list.
 *
 * @param content - A page from {@link getGuidancePage}, an outcome from {@link outcomeOf} or {@link getFlow}, or a
 * result from {@link nextSteps}. It is not changed.
 * @param details - The council's details (see {@link LocalDetails}).
 * @returns A new value of the same kind with `localisedFor` set: pages and outcomes deeply frozen, like the package's
 * other data; a `nextSteps` result, like `nextSteps` returns it, not frozen.
 * Names are inserted literally (a "$&" in a name stays "$&"). Localising something that is already localised is
 * refused, so two councils' details never mix.
 *
 * @throws {@link GuidanceError} `INVALID_DETAILS` naming the field, for example a web address that is not written in
 * full as `https://...`, a name containing `<`, `>`, a control, bidi-control or zero-width character, or text over
 * 200 characters; `INVALID_ARGUMENT` when `content` is not a page, an outcome or a `nextSteps` result, or is already
 * localised.
 *
 * @example
 * import { getGuidancePage, localise, nextSteps } from 'send-mediation-guidance';
 * const details = {
 *   localAuthority: { name: 'Kent County Council', complaintsUrl: 'https://www.kent.gov.uk/complaints' },
 * };
 * const page = localise(getGuidancePage('after-mediation'), details);
 * page.localisedFor //=> { localAuthority: 'Kent County Council' }
 * page.body.some((block) => block.id === 'local-contacts') //=> true
 *
 * const result = localise(nextSteps({ mediationDate: '2026-09-20', mediationResult: 'all-agreed', mediationSubject: ['plan-contents'], satisfied: true, writtenAgreement: true, agreementDate: '2026-10-01', agreedActions: ['make-plan'], councilDoneIt: false, notDoneBy: ['council'], writtenToCouncil: true, complained: false }, { today: '2026-12-01' }), details);
 * result.outcome.title //=> 'Make a formal complaint to Kent County Council'
 * result.steps[0].contacts //=> [{ kind: 'complaints', name: 'How to make a complaint to Kent County Council', url: 'https://www.kent.gov.uk/complaints' }]
 */
export function localise<T extends GuidancePage | OutcomeNode | NextStepsResult>(content: T, details: LocalDetails): T {
  const value: unknown = content;
  if (_isObject(value) && Array.isArray(value['body'])) {
    _refuseTwice(value as GuidancePage, 'page', 'getGuidancePage');
    _validateLocalDetails(details);
    return _localisePage(value as GuidancePage, details) as T;
  }
  if (_isObject(value) && value['type'] === 'outcome' && Array.isArray(value['steps'])) {
    _refuseTwice(value as OutcomeNode, 'outcome', 'outcomeOf or getFlow');
    _validateLocalDetails(details);
    return _localiseOutcome(value as OutcomeNode, details) as T;
  }
  if (_isObject(value) && _isObject(value['outcome']) && Array.isArray(value['steps']) && _isObject(value['state'])) {
    _refuseTwice(value as unknown as NextStepsResult, 'result', 'nextSteps');
    _validateLocalDetails(details);
    return _localiseResult(value as unknown as NextStepsResult, details) as T;
  }
  throw new GuidanceError('INVALID_ARGUMENT', 'localise expects a guidance page from getGuidancePage, an outcome from outcomeOf, or a result from nextSteps.', { argument: 'content' });
}
