import { faqs } from '../_generated/faqs.js';
import { glossary } from '../_generated/glossary.js';
import { legislation } from '../_generated/legislation.js';
import { organisations } from '../_generated/organisations.js';
import { pages } from '../_generated/pages.js';
import { _assertPlainDate } from '../_lib/assertPlainDate.js';
import { _assertOptions } from '../_lib/limits.js';
import { _addMonths } from '../_lib/plainDate.js';
import { GuidanceError } from '../errors.js';

/**
 * An item of content that is due for review.
 *
 * @example
 * const item: StaleItem = { kind: 'page', id: 'after-mediation', due: '2027-05-28', reason: 'review due' };
 * item.kind //=> 'page'
 */
export interface StaleItem {
  /** What kind of item. */
  kind: 'page' | 'faq' | 'glossary' | 'organisation' | 'legislation';
  /** Its id. */
  id: string;
  /** The day its review fell due. */
  due: string;
  /** Why: its own review date, or facts last checked longer ago than `maxAgeMonths`. */
  reason: 'review due' | 'facts last checked too long ago';
}

/**
 * Lists the content that is stale on a given day, oldest first: pages, FAQs and glossary terms past their `reviewDue` date, and
 * organisations and legal references whose facts were last checked more than `maxAgeMonths` months before (default
 * 12). Pass the day explicitly: the library never reads the clock.
 *
 * @param on - The day to check, `YYYY-MM-DD`.
 * @throws {@link GuidanceError} `INVALID_DATE` for a bad date; `INVALID_ARGUMENT` for a bad `maxAgeMonths`.
 *
 * @example
 * reviewDue('2026-12-01') //=> []
 * reviewDue('2027-06-01').some((item) => item.kind === 'page' && item.id === 'after-mediation') //=> true
 * reviewDue('2027-06-01').some((item) => item.kind === 'glossary' && item.id === 'tribunal') //=> true
 */
export function reviewDue(on: string, options: { maxAgeMonths?: number } = {}): StaleItem[] {
  _assertPlainDate(on, 'on');
  _assertOptions(options, 'options');
  const months = options.maxAgeMonths ?? 12;
  if (!Number.isInteger(months) || months < 1 || months > 120) {
    throw new GuidanceError('INVALID_ARGUMENT', `options.maxAgeMonths must be a whole number from 1 to 120; got ${String(months)}.`, { argument: 'options.maxAgeMonths' });
  }
  const out: StaleItem[] = [];
  for (const page of Object.values(pages)) if (page.reviewDue <= on) out.push({ kind: 'page', id: page.id, due: page.reviewDue, reason: 'review due' });
  for (const faq of Object.values(faqs)) if (faq.reviewDue <= on) out.push({ kind: 'faq', id: faq.id, due: faq.reviewDue, reason: 'review due' });
  for (const term of Object.values(glossary)) if (term.reviewDue <= on) out.push({ kind: 'glossary', id: term.id, due: term.reviewDue, reason: 'review due' });
  for (const org of Object.values(organisations)) {
    const due = _addMonths(org.lastVerified, months);
    if (due <= on) out.push({ kind: 'organisation', id: org.id, due, reason: 'facts last checked too long ago' });
  }
  for (const ref of Object.values(legislation)) {
    const checked = ref.sources.map((s) => s.checked).sort()[0] as string;
    const due = _addMonths(checked, months);
    if (due <= on) out.push({ kind: 'legislation', id: ref.id, due, reason: 'facts last checked too long ago' });
  }
  return out.sort((a, b) => a.due.localeCompare(b.due) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}
