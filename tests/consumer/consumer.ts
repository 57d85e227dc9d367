// A consumer of the packed package, type-checked (not run) under each TypeScript module setting by
// tests/dist/consumer-types.test.ts. The @ts-expect-error lines make the check fail if a type resolves to `any`.
import { appealDeadline, formatDate, getGuidancePage, isGuidanceError, toJsonLdScript, toOpenReferral } from 'send-mediation-guidance';
import type { AppealDeadline, GuidancePage, OpenReferralExport } from 'send-mediation-guidance';
import { PlainDate, UkPhoneNumber } from 'send-mediation-guidance/schemas';
import { pageAfterMediation } from 'send-mediation-guidance/items';

const deadline: AppealDeadline = appealDeadline({ decisionLetterDate: '2025-10-01' });
const lastDay: string = deadline.lastDay;
// @ts-expect-error lastDay is a date string, not a number
const wrong: number = deadline.lastDay;

const page: GuidancePage = getGuidancePage('after-mediation');
// @ts-expect-error only known page ids are accepted
getGuidancePage('no-such-page');

// One item by name, for bundlers that keep only what is imported.
const one: GuidancePage = pageAfterMediation();
// @ts-expect-error an accessor is a function, not the page itself
const notCalled: GuidancePage = pageAfterMediation;

const exported: OpenReferralExport = toOpenReferral();
const serviceUrl: string | undefined = exported.organizations[0]?.services[0]?.url;

const parsed: string = PlainDate.parse('2026-01-02');
const phone: string = UkPhoneNumber.parse('03000 41 3000');

export const results = [lastDay, wrong, page.title, serviceUrl, parsed, phone, formatDate(lastDay), toJsonLdScript(page), isGuidanceError(null), one.title, notCalled];
