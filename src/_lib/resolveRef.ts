import { faqs } from '../_generated/faqs.js';
import { legislation } from '../_generated/legislation.js';
import { organisations } from '../_generated/organisations.js';
import { pages } from '../_generated/pages.js';
import type { RefKind } from '../schemas/inline.js';

/** What an internal reference points to: a title, and the public address of the thing when it has one. */
export interface _ResolvedRef {
  title: string;
  url: string | undefined;
}

/** Resolves an internal reference to a title and address, or undefined when the id is unknown. */
export function _resolveRef(kind: RefKind, id: string): _ResolvedRef | undefined {
  const own = (record: object): boolean => Object.prototype.hasOwnProperty.call(record, id);
  switch (kind) {
    case 'organisation': {
      if (!own(organisations)) return undefined;
      const org = organisations[id as keyof typeof organisations];
      return { title: org.name, url: org.website };
    }
    case 'legislation': {
      if (!own(legislation)) return undefined;
      const ref = legislation[id as keyof typeof legislation];
      return { title: ref.heading, url: ref.url };
    }
    case 'faq': {
      if (!own(faqs)) return undefined;
      return { title: faqs[id as keyof typeof faqs].question, url: undefined };
    }
    case 'page': {
      if (!own(pages)) return undefined;
      return { title: pages[id as keyof typeof pages].title, url: undefined };
    }
  }
}
