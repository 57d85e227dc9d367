// Copies GOV.UK Frontend's fonts and images into public/assets, where Vite serves them as they are.
// govuk-frontend.min.css refers to them by absolute paths (/assets/fonts/..., /assets/images/...), so without
// this copy every font and the crest would 404.
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const from = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist', 'govuk', 'assets');
const to = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'assets');
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
console.log(`GOV.UK Frontend assets copied to ${to}`);
