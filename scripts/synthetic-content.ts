// Synthetic content: shows whether what a consumer pays grows with the content. Copies the project to a temporary
// folder, multiplies its content (every page, FAQ, glossary term, organisation and legal reference, copied N-1 times
// under new ids, with the letters of its prose shifted so that the copies compress no better than new text), builds it there, and measures the same things at 1x and at Nx: the one-page bundle (esbuild,
// gzip -9, as scripts/size.ts) and the import time over bare node (interleaved rounds, as scripts/bench-import.ts).
//
// Usage: tsx scripts/synthetic-content.ts [--scale 10] [--rounds 15] [--ref <git ref>]
//   --ref measures a committed version instead of the working tree (for example --ref main for a "before" figure).
// Run by `npm run bench`. It writes only under the system's temporary folder.
import { execFileSync, execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { type ImportTiming, type LoadSpec, timeImports } from './bench-import.js';
import { bundle, ENTRIES } from './size.js';

const root = join(import.meta.dirname, '..');
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : (process.argv[i + 1] as string);
};
const scale = Number(arg('--scale', '10'));
const rounds = Number(arg('--rounds', '15'));
const ref = arg('--ref', '');

type Item = Record<string, unknown>;

/** A new UUID for copy `k` of an item: the original with its last 12 hex digits replaced, so copies never collide. */
function copyUuid(uuid: string, k: number): string {
  return uuid.slice(0, 24) + k.toString(16).padStart(4, '0') + uuid.slice(28);
}

const PROSE = new Set(['summary', 'title', 'question', 'heading', 'text', 'term', 'definition', 'name']);

/** Letters shifted by `k` places (a to z only), so that a copy's prose is as hard to compress as new prose of the same length. */
function shifted(text: string, k: number): string {
  // Link targets in the data's Markdown-like text, "[words](target)", keep their target.
  return text
    .split(/(\]\([^)]*\))/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + k) % 26) + 97))))
    .join('');
}

/** Shifts the prose of a copy: text nodes and the fields that hold sentences; ids, addresses, dates and kinds stay valid. */
function reword(value: unknown, k: number): unknown {
  if (Array.isArray(value)) return value.map((v) => reword(v, k));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Item;
  return Object.fromEntries(
    Object.entries(record).map(([key, v]) => [
      key,
      typeof v === 'string' && (PROSE.has(key) || (key === 'value' && record['type'] === 'text')) ? shifted(v, k) : reword(v, k),
    ]),
  );
}

function copyItem(item: Item, k: number, newId: string): Item {
  const copy = reword(item, k) as Item;
  copy['id'] = newId;
  if (typeof copy['slug'] === 'string') copy['slug'] = `${copy['slug']}-x${k}`;
  for (const key of ['uuid', 'contentId']) if (typeof copy[key] === 'string') copy[key] = copyUuid(copy[key] as string, k);
  return copy;
}

/** Multiplies the YAML content in `data` in place. */
function multiply(data: string, n: number): void {
  for (const folder of ['pages', 'faqs', 'glossary', 'organisations']) {
    const dir = join(data, folder);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const item = parse(readFileSync(join(dir, file), 'utf8')) as Item;
      for (let k = 2; k <= n; k++) {
        const id = `${item['id'] as string}-x${k}`;
        writeFileSync(join(dir, `${id}.yaml`), stringify(copyItem(item, k, id)));
      }
    }
  }
  const dir = join(data, 'legislation');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'instruments.yaml')) {
    const raw = parse(readFileSync(join(dir, file), 'utf8')) as { references: Item[] };
    for (let k = 2; k <= n; k++) {
      const references = raw.references.map((ref) => copyItem(ref, k, `${ref['id'] as string}.x${k}`));
      writeFileSync(join(dir, `${basename(file, '.yaml')}-x${k}.yaml`), stringify({ ...raw, references }));
    }
  }
}

/** A copy of the project (the working tree, or a git ref) with its content multiplied by `n`, built. Returns its dist/. */
function buildAt(n: number, base: string): string {
  const dir = join(base, `x${n}`);
  mkdirSync(dir, { recursive: true });
  if (ref !== '') {
    execSync(`git archive ${ref} | tar -x -C ${JSON.stringify(dir)}`, { cwd: root, stdio: 'inherit' });
  } else {
    for (const name of ['src', 'data', 'scripts', 'package.json', 'tsconfig.json', 'tsup.config.ts']) cpSync(join(root, name), join(dir, name), { recursive: true });
    rmSync(join(dir, 'src', '_generated'), { recursive: true, force: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  if (n > 1) multiply(join(dir, 'data'), n);
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  console.error(execFileSync(tsx, ['scripts/build-data.ts'], { cwd: dir, encoding: 'utf8' }).trim());
  execFileSync(join(root, 'node_modules', '.bin', 'tsup'), { cwd: dir, stdio: 'ignore' });
  if (existsSync(join(dir, 'scripts', 'build-node-entries.ts'))) execFileSync(tsx, ['scripts/build-node-entries.ts'], { cwd: dir, stdio: 'ignore' });
  return join(dir, 'dist');
}

/** The file Node loads for `import 'send-mediation-guidance'` in a build. */
function nodeEntry(dist: string): string {
  return existsSync(join(dist, 'index.node.js')) ? join(dist, 'index.node.js') : join(dist, 'index.js');
}

const base = mkdtempSync(join(tmpdir(), 'smg-synthetic-'));
try {
  const dists = { '1x': buildAt(1, base), [`${scale}x`]: buildAt(scale, base) };
  const measured = Object.entries(ENTRIES).filter(([name]) => name.startsWith('one page') || name === 'getGuidancePage alone' || name === 'root (everything)');
  console.log(`Synthetic content${ref ? ` (${ref})` : ''}: the content multiplied by ${scale}, built, and measured beside the 1x build.\n`);
  console.log(`| bundle (esbuild --minify, gzip -9) | ${Object.keys(dists).join(' | ')} |`);
  console.log(`|---|${Object.keys(dists).map(() => '---').join('|')}|`);
  for (const [name, entry] of measured) {
    const cells: string[] = [];
    for (const dist of Object.values(dists)) {
      if (entry.code.includes('DIST/items.js') && !existsSync(join(dist, 'items.js'))) cells.push('n/a');
      else cells.push(`${((await bundle(entry.code, dist)).gzipped / 1024).toFixed(1)} KiB`);
    }
    console.log(`| ${name} | ${cells.join(' | ')} |`);
  }
  const loads: Record<string, LoadSpec> = {};
  for (const [k, dist] of Object.entries(dists)) {
    loads[`${k} import`] = { file: nodeEntry(dist) };
    loads[`${k} require`] = { file: join(dist, 'index.cjs'), how: 'require' };
  }
  const timings = timeImports(loads, rounds);
  const row = (how: string, value: (t: ImportTiming) => string): string => Object.keys(dists).map((k) => value(timings[`${k} ${how}`] as ImportTiming)).join(' | ');
  const wall = (t: ImportTiming): string => `${t.cost.toFixed(1)} ms (${t.costIqr[0].toFixed(1)}–${t.costIqr[1].toFixed(1)})`;
  const inside = (t: ImportTiming): string => `${t.inProcess.toFixed(1)} ms (${t.inProcessIqr[0].toFixed(1)}–${t.inProcessIqr[1].toFixed(1)})`;
  console.log(`\n| loading the root entry (${rounds} interleaved rounds; median, interquartile range) | ${Object.keys(dists).join(' | ')} |`);
  console.log(`|---|${Object.keys(dists).map(() => '---').join('|')}|`);
  console.log(`| \`require\`: cost over a bare \`node -e ''\` (wall time) | ${row('require', wall)} |`);
  console.log(`| \`require\`: timed inside the process | ${row('require', inside)} |`);
  console.log(`| \`import\`: cost over a bare \`node -e ''\` (wall time) | ${row('import', wall)} |`);
  console.log(`| \`import\`: timed inside the process | ${row('import', inside)} |`);
} finally {
  rmSync(base, { recursive: true, force: true });
}
