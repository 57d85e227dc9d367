// The renderers exactly as they were on main at 357782a (before the speed and size work on perf-render), kept as the
// oracle for tests/render/same-output.test.ts: every file here is a copy of src/ at that commit, with only its
// imports of src/errors, src/schemas, src/faq and src/_generated pointed back at src/ (and _lib/ukPhone, patterns and
// wrap, which the work did not change and which hold no state, are re-exported from src/). The date helpers of that
// commit (plainDate, assertPlainDate and what they use) are the copies in ../appealDeadlineBefore/, the oracle of the
// deadline work, which are the same files. Do not change these files; they are what the renderers must keep giving.
// Remove the folder once the lead no longer needs the comparison.
export { renderHtml } from './render/renderHtml.js';
export { renderMarkdown } from './render/renderMarkdown.js';
export { renderText } from './render/renderText.js';
