// The string-literal id types of the published content, generated from data/ so that editors autocomplete them.
export type { FaqId, FlowId, GlossaryTermId, GuidancePageId, InstrumentId, LegislationId, OrganisationId } from '../_generated/ids.js';
