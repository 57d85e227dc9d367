import { _deepFreeze } from '../_lib/deepFreeze.js';
import { _excerpt } from '../_lib/limits.js';
import { _normaliseUkPhone, _telUri } from '../_lib/ukPhone.js';
import { _validateLocalDetails } from '../_lib/validateLocal.js';
import { GuidanceError } from '../errors.js';
import type { ContentBlock, PageBlock } from '../schemas/block.js';
import type { GuidancePage } from '../schemas/guidancePage.js';
import type { InlineNode } from '../schemas/inline.js';
import type { LocalDetails } from '../schemas/localAuthority.js';

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

/** The "Local contacts" section built from the details. */
function _contacts(details: LocalDetails): PageBlock[] {
  const la = details.localAuthority;
  const items: InlineNode[][] = [];
  const team = la.senTeam;
  if (team) {
    const parts: InlineNode[] = [_text(`${team.name ?? `Special educational needs (SEN) team, ${la.name}`}: `)];
    const ways: InlineNode[][] = [];
    if (team.email) ways.push([_link(`mailto:${team.email}`, team.email)]);
    if (team.phone) ways.push([_link(_tel(team.phone), _phoneText(team.phone))]);
    if (team.url) ways.push([_link(team.url, 'website')]);
    if (ways.length === 0) ways.push([_text('contact details not supplied')]);
    ways.forEach((way, i) => {
      if (i > 0) parts.push(_text(i === ways.length - 1 ? ' or ' : ', '));
      parts.push(...way);
    });
    items.push(parts);
  }
  if (la.complaintsUrl) items.push([_link(la.complaintsUrl, `How to make a complaint to ${la.name}`)]);
  if (la.localOfferUrl) items.push([_link(la.localOfferUrl, `${la.name} SEND Local Offer`)]);
  if (details.iass) {
    const parts: InlineNode[] = [_link(details.iass.website, details.iass.name), _text(': your local information, advice and support (IAS) service')];
    if (details.iass.phone) parts.push(_text(', '), _link(_tel(details.iass.phone), _phoneText(details.iass.phone)));
    if (details.iass.email) parts.push(_text(', '), _link(`mailto:${details.iass.email}`, details.iass.email));
    items.push(parts);
  }
  if (details.mediationProvider) {
    const provider = details.mediationProvider;
    const parts: InlineNode[] = [provider.url ? _link(provider.url, provider.name) : _text(provider.name), _text(': the mediation service')];
    if (provider.phone) parts.push(_text(', '), _link(_tel(provider.phone), _phoneText(provider.phone)));
    if (provider.email) parts.push(_text(', '), _link(`mailto:${provider.email}`, provider.email));
    items.push(parts);
  }
  if (items.length === 0) return [];
  return [
    { type: 'heading', id: 'local-contacts', level: 2, content: [_text(`Contacts in ${la.name}`)] },
    { type: 'list', id: 'local-contacts-list', ordered: false, items },
  ];
}

/**
 * Puts a council's (or mediation provider's) own details into a guidance page: "your council" becomes the council's
 * name, the local IAS service is named and linked instead of the national network, and a "Contacts in ..." section
 * lists the SEN team, the complaints page, the Local Offer, the IAS service and the mediation service, before the
 * list of organisations. The details are checked as untrusted input; renderers escape them like any other text.
 *
 * @param page - A page from {@link getGuidancePage}. It is not changed.
 * @param details - The council's details (see {@link LocalDetails}).
 * @returns A new, deeply frozen page with `localisedFor` set.
 * Names are inserted literally (a "$&" in a name stays "$&"). Localising a page that is already localised is refused,
 * so two councils' details never mix.
 *
 * @throws {@link GuidanceError} `INVALID_DETAILS` naming the field, for example a web address that is not written in
 * full as `https://...`, a name containing `<`, `>`, a control, bidi-control or zero-width character, or text over
 * 200 characters; `INVALID_ARGUMENT` when `page` is not a page or is already localised.
 *
 * @example
 * const page = localise(getGuidancePage('after-mediation'), {
 *   localAuthority: { name: 'Kent County Council', complaintsUrl: 'https://www.kent.gov.uk/complaints' },
 * });
 * page.localisedFor //=> { localAuthority: 'Kent County Council' }
 * page.body.some((block) => block.id === 'local-contacts') //=> true
 */
export function localise(page: GuidancePage, details: LocalDetails): GuidancePage {
  if (typeof page !== 'object' || page === null || !Array.isArray(page.body)) {
    throw new GuidanceError('INVALID_ARGUMENT', 'localise expects a guidance page from getGuidancePage.', { argument: 'page' });
  }
  if ('localisedFor' in page && page.localisedFor !== undefined) {
    throw new GuidanceError(
      'INVALID_ARGUMENT',
      `page is already localised for ${_excerpt(page.localisedFor.localAuthority)}. Localise the original page from getGuidancePage instead.`,
      { argument: 'page' },
    );
  }
  _validateLocalDetails(details);
  const body = page.body.map((block) => _block(block, details));
  const contacts = _contacts(details);
  const at = body.findIndex((block) => block.id === 'organisations-that-can-help');
  body.splice(at < 0 ? body.length : at, 0, ...contacts);
  const localised: GuidancePage = {
    ...structuredClone(page),
    body,
    localisedFor: {
      localAuthority: details.localAuthority.name,
      ...(details.localAuthority.gssCode === undefined ? {} : { gssCode: details.localAuthority.gssCode }),
    },
  };
  return _deepFreeze(localised);
}
