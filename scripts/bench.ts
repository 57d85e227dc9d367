// Benchmarks, each side by side in one run with what a user would otherwise reach for (the cold-start part imports
// the built package, so run `npm run build` first):
//   npm run bench
//   npx tsx scripts/bench.ts --no-cold-start [--src DIR] [--before DIR]   (the speed pairs only; another src/; this
//   src/ against an earlier one, for example `git archive <commit> src | tar -x -C /tmp/before` plus its _generated/)
// Each pair runs in interleaved rounds (scripts/lib/interleave.ts) and the report gives the median of the per-round
// ratios with their range. tests/bench-same-work.test.ts checks that both sides of each pair do the same work.
// docs/performance.md records a run with its machine, load and date.
// nextSteps against json-rules-engine is in scripts/bench-next-steps.ts (interleaved rounds), run after this one.
import { spawnSync } from 'node:child_process';
import MarkdownIt from 'markdown-it';
import { dateFnsAppeal as dateFnsAppealWith } from './lib/dateFnsAppeal.js';
import { compareInterleaved, comparisonTable } from './lib/interleave.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// The library as a user's bundler or the published build runs it: src/ bundled with esbuild. Importing src/ through
// tsx instead would wrap every function in a name-keeping helper that neither markdown-it nor date-fns pays for.
type Library = typeof import('../src/index.js');
async function bundled(srcDir: string): Promise<Library> {
  const dir = mkdtempSync(join(tmpdir(), 'smg-bench-'));
  try {
    await build({ entryPoints: [join(srcDir, 'index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: join(dir, 'index.mjs'), logLevel: 'silent' });
    return (await import(pathToFileURL(join(dir, 'index.mjs')).href)) as Library;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const option = (name: string) => (process.argv.includes(name) ? (process.argv[process.argv.indexOf(name) + 1] as string) : undefined);
// `--src DIR` benchmarks another checkout's src/ (with its src/_generated built) instead of this one's.
const { appealDeadline, englandAndWalesCalendar, getGuidancePage, renderHtml, renderMarkdown } = await bundled(option('--src') ?? join(import.meta.dirname, '..', 'src'));
// `--before DIR` also times this src/ against another checkout's src/, interleaved: before and after a change.
const beforeDir = option('--before');
const before = beforeDir === undefined ? undefined : await bundled(beforeDir);

// The same appeal computation written with date-fns and a bank-holiday list.
const holidays = new Set(englandAndWalesCalendar.holidays.map((h) => h.date));
const dateFnsAppeal = (decision: string, certificate?: string) => dateFnsAppealWith(holidays, decision, certificate);
if (dateFnsAppeal('2025-10-01', '2025-11-29') !== appealDeadline({ decisionLetterDate: '2025-10-01', mediationCertificateDate: '2025-11-29' }).lastDay) {
  throw new Error('the date-fns version disagrees with appealDeadline');
}

const page = getGuidancePage('after-mediation');
const markdown = renderMarkdown(page);
const md = new MarkdownIt();

const renderVsMarkdownIt = compareInterleaved(
  { name: '`renderHtml` of the guidance page (GOV.UK style)', run: () => renderHtml(page, { style: 'govuk' }) },
  { name: 'markdown-it rendering the same page from Markdown', run: () => md.render(markdown) },
);
const appealVsDateFns = compareInterleaved(
  { name: '`appealDeadline` (with the explanation)', run: () => appealDeadline({ decisionLetterDate: '2025-10-01', mediationCertificateDate: '2025-11-29' }) },
  { name: 'date-fns and a bank-holiday list (the date only)', run: () => dateFnsAppeal('2025-10-01', '2025-11-29') },
);
const load = loadavg().map((l) => l.toFixed(2)).join(', ');
console.log(`Machine: ${cpus()[0]?.model ?? 'unknown'} x ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${load}. Date: ${new Date().toISOString().slice(0, 10)}`);
console.log(`Interleaved: ${renderVsMarkdownIt.rounds} rounds per pair, blocks of about 10 ms, order alternating each round.\n`);
console.log(comparisonTable([renderVsMarkdownIt, appealVsDateFns]));
if (before) {
  const beforePage = before.getGuidancePage('after-mediation');
  console.log(`\nThis src/ (A) against ${beforeDir} (B), interleaved:\n`);
  console.log(
    comparisonTable([
      compareInterleaved({ name: '`renderHtml`, this src/', run: () => renderHtml(page, { style: 'govuk' }) }, { name: '`renderHtml`, before', run: () => before.renderHtml(beforePage, { style: 'govuk' }) }),
      compareInterleaved(
        { name: '`appealDeadline`, this src/', run: () => appealDeadline({ decisionLetterDate: '2025-10-01', mediationCertificateDate: '2025-11-29' }) },
        { name: '`appealDeadline`, before', run: () => before.appealDeadline({ decisionLetterDate: '2025-10-01', mediationCertificateDate: '2025-11-29' }) },
      ),
    ]),
  );
}

// Cold start: a fresh Node process importing the package, against a bare `node -e ''` (skip with --no-cold-start).
if (process.argv.includes('--no-cold-start')) process.exit(0);
function timeRuns(args: string[], runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}
const bare = timeRuns(['-e', ''], 20);
const withImport = timeRuns(['--input-type=module', '-e', "await import('send-mediation-guidance')"], 20);
const med = (xs: number[]) => xs[Math.floor(xs.length / 2)] as number;
const iqr = (xs: number[]) => `${(xs[Math.floor(xs.length / 4)] as number).toFixed(0)}–${(xs[Math.floor((xs.length * 3) / 4)] as number).toFixed(0)}`;
console.log('\n| cold start (20 runs) | median (ms) | interquartile range (ms) |');
console.log('|---|---|---|');
console.log(`| node -e '' | ${med(bare).toFixed(0)} | ${iqr(bare)} |`);
console.log(`| node -e "await import('send-mediation-guidance')" | ${med(withImport).toFixed(0)} | ${iqr(withImport)} |`);
console.log(`| cost of the import | ${(med(withImport) - med(bare)).toFixed(0)} | |`);
