// The package root. Re-exports only: every public function lives in its own file under a folder per part.
export * from './errors.js';
export * from './content/getGuidancePage.js';
export * from './content/listGuidancePages.js';
export * from './content/getFaq.js';
export * from './content/listFaqs.js';
export * from './render/renderText.js';
export type * from './schemas/index.js';
