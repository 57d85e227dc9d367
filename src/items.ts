// The `send-mediation-guidance/items` entry: one accessor per item of content, named by kind and id. Import the
// items you show by name and a bundler keeps only those, however much content the package ships:
//
//   import { pageAfterMediation } from 'send-mediation-guidance/items';
//   import { renderHtml } from 'send-mediation-guidance';
//   renderHtml(pageAfterMediation(), { style: 'govuk' });
//
// Each accessor returns the same deeply frozen object as the look-up by id (`getGuidancePage('after-mediation')`),
// read on its first call. Accessors: `page…` (guidance pages), `faq…`, `glossary…` (glossary terms),
// `organisation…` and `legislation…` (legal references), then the id in PascalCase (`cfa-2014/s-51` gives
// `legislationCfa2014S51`).
export * from './_generated/items.js';
