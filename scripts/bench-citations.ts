// Scaling of the citation recogniser and the look-ups on large and hostile input (issue 14): time per call at 10 KB,
// 100 KB and 1 MB, so that linear time shows as roughly ten times more per ten times more input.
//   npm run bench              (runs this after scripts/bench.ts)
//   tsx scripts/bench-citations.ts [--src <folder with index.ts>]   (measure another copy, for example an older one)
// Each figure is the median of three runs. A case is skipped at a size once the size before it took more than
// BUDGET_MS; the table says so. No test reads
// these figures: tests assert on structure (src/legislation/_citations.redos.test.ts), timings belong here.
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const srcArg = process.argv.indexOf('--src');
const src = resolve(srcArg > 0 ? (process.argv[srcArg + 1] as string) : new URL('../src', import.meta.url).pathname);
const lib = (await import(pathToFileURL(`${src}/index.ts`).href)) as typeof import('../src/index.js');

const BUDGET_MS = 5_000;
const SIZES = [10_000, 100_000, 1_000_000];
const sentence = 'Under the SEND Regulations 2014, regulation 42(3) says the council must act within two weeks. ';

const INPUTS: Record<string, (n: number) => string> = {
  'prose with a citation in every sentence': (n) => sentence.repeat(Math.ceil(n / sentence.length)).slice(0, n),
  'a keyword, then spaces ("reg 1" + spaces)': (n) => 'reg 1'.padEnd(n, ' '),
  'a list ("SEND regs reg 1 and 2 and 2 ...")': (n) => `SEND regs reg 1${' and 2'.repeat(Math.floor((n - 15) / 6))}`,
  '"code of practice" then spaces': (n) => 'code of practice'.padEnd(n, ' '),
  'digits only': (n) => '1'.repeat(n),
};

function time(run: () => unknown): { ms: number; outcome: string } {
  const start = performance.now();
  let outcome: string;
  try {
    const result = run();
    outcome = Array.isArray(result) ? `${result.length} found` : 'ok';
  } catch (error) {
    outcome = lib.isGuidanceError(error) ? `GuidanceError ${error.code} (message ${error.message.length} chars)` : `${(error as Error).name}: ${(error as Error).message.slice(0, 40)}`;
  }
  return { ms: performance.now() - start, outcome };
}

const rows: string[] = [];
function measure(label: string, make: (n: number) => string, call: (input: string) => unknown): void {
  let previous = 0;
  const cells: string[] = [];
  for (const n of SIZES) {
    if (previous > BUDGET_MS) {
      cells.push(`skipped (the size before took ${(previous / 1000).toFixed(1)} s)`);
      continue;
    }
    const input = make(n);
    time(() => call(make(1_000))); // warm up
    // The median of three runs (one run when it is slow).
    const first = time(() => call(input));
    const runs = first.ms > 1_000 ? [first] : [first, time(() => call(input)), time(() => call(input))];
    const ms = (runs.map((r) => r.ms).sort((a, b) => a - b)[Math.floor(runs.length / 2)] as number);
    const { outcome } = first;
    previous = ms;
    cells.push(`${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms (${outcome})`);
  }
  rows.push(`| ${label} | ${cells.join(' | ')} |`);
}

for (const [label, make] of Object.entries(INPUTS)) measure(`findCitations: ${label}`, make, (t) => lib.findCitations(t));
measure('getLocalAuthority: a long name', (n) => 'x'.repeat(n), (t) => lib.getLocalAuthority(t));
measure('findLocalIass: a long name', (n) => 'x'.repeat(n), (t) => lib.findLocalIass(t));
measure('formatCitation: a long id', (n) => 'x'.repeat(n), (t) => lib.formatCitation(t as never));
measure('getLegislation: a long id', (n) => 'x'.repeat(n), (t) => lib.getLegislation(t as never));

console.log(`Citations and look-ups on large input (${src}), Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}\n`);
console.log(`| case | ${SIZES.map((n) => `${n / 1000} KB`).join(' | ')} |`);
console.log(`|---|${SIZES.map(() => '---').join('|')}|`);
for (const row of rows) console.log(row);
