// Import time: what importing the built package adds to a bare Node start. Each round starts, in alternating order,
// `node --input-type=module -e ''` and `node --input-type=module -e "import '<entry>'"`; the figure is the median over
// rounds of (import - bare). Both sides share the machine's load in the same round, so the difference is fairer than
// two separate medians. Usage: npm run build && tsx scripts/bench-import.ts [--rounds 25] [--dist path/to/dist]
// [--also path/to/another/dist]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The first and third quartiles of a list of numbers. */
export function quartiles(values: readonly number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => {
    const i = (sorted.length - 1) * q;
    const lo = Math.floor(i);
    const hi = Math.ceil(i);
    return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (i - lo);
  };
  return [at(0.25), at(0.75)];
}

/** Wall time of one `node` start running `code`, and what the code printed (a number, when it times itself). */
function timeNode(code: string): { wall: number; printed: number } {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node failed: ${code}\n${result.stderr.toString()}`);
  return { wall, printed: Number(result.stdout.toString() || 'NaN') };
}

export interface ImportTiming {
  /** Median wall time of a bare `node -e ''`, in ms. */
  bare: number;
  /** Median wall time of a start that imports the entry, in ms. */
  withImport: number;
  /** Median over rounds of (with import - bare), in ms. */
  cost: number;
  /** Interquartile range of the per-round cost, in ms. */
  costIqr: [number, number];
  /** Median of the import as timed inside the process (performance.now() around `await import()`), in ms. */
  inProcess: number;
  /** Interquartile range of that, in ms. */
  inProcessIqr: [number, number];
  rounds: number;
}

/**
 * Times importing each entry (a file path) over bare Node, in interleaved rounds. A warm-up round is discarded.
 * `extra` is run after the import, for example to time the first use of a function.
 */
export function timeImports(entries: Record<string, string>, rounds = 25, extra: Record<string, string> = {}): Record<string, ImportTiming> {
  const names = Object.keys(entries);
  const code = (name: string): string =>
    `const t = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(entries[name] as string).href)}); ${extra[name] ?? 'void m;'} process.stdout.write(String(performance.now() - t));`;
  const bare: number[] = [];
  const withImport: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const cost: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const inProcess: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = -1; round < rounds; round++) {
    const order = round % 2 === 0 ? ['', ...names] : [...names].reverse().concat('');
    const times: Record<string, { wall: number; printed: number }> = {};
    for (const name of order) times[name] = timeNode(name === '' ? '' : code(name));
    if (round < 0) continue;
    const bareWall = (times[''] as { wall: number }).wall;
    bare.push(bareWall);
    for (const name of names) {
      const t = times[name] as { wall: number; printed: number };
      withImport[name]?.push(t.wall);
      cost[name]?.push(t.wall - bareWall);
      inProcess[name]?.push(t.printed);
    }
  }
  return Object.fromEntries(
    names.map((name) => [
      name,
      {
        bare: median(bare),
        withImport: median(withImport[name] ?? []),
        cost: median(cost[name] ?? []),
        costIqr: quartiles(cost[name] ?? []),
        inProcess: median(inProcess[name] ?? []),
        inProcessIqr: quartiles(inProcess[name] ?? []),
        rounds,
      },
    ]),
  );
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i === -1 ? undefined : process.argv[i + 1];
  };
  const rounds = Number(arg('--rounds') ?? 25);
  const dist = resolve(arg('--dist') ?? join(import.meta.dirname, '..', 'dist'));
  // The file Node loads for `import 'send-mediation-guidance'` (dist/index.node.js; a build from before it existed has only index.js).
  const entry = existsSync(join(dist, 'index.node.js')) ? join(dist, 'index.node.js') : join(dist, 'index.js');
  // A reference: an empty module file. What it costs is Node starting its ES module loader, which any import pays.
  const empty = join(mkdtempSync(join(tmpdir(), 'smg-empty-')), 'empty.mjs');
  writeFileSync(empty, '');
  const entries: Record<string, string> = { 'import an empty module file (the loader itself)': empty, 'import the root entry': entry, 'import, then getGuidancePage once': entry };
  const extra: Record<string, string> = { 'import, then getGuidancePage once': `m.getGuidancePage('after-mediation');` };
  // --also <dist>: another build (for example one from before a change) timed in the same interleaved rounds.
  const also = arg('--also');
  if (also !== undefined) {
    const other = existsSync(join(also, 'index.node.js')) ? join(also, 'index.node.js') : join(also, 'index.js');
    entries[`import the root entry of ${also}`] = other;
    entries[`import, then getGuidancePage once, of ${also}`] = other;
    extra[`import, then getGuidancePage once, of ${also}`] = `m.getGuidancePage('after-mediation');`;
  }
  const results = timeImports(entries, rounds, extra);
  console.log(`Import time over bare node (${rounds} interleaved rounds, ${dist}; machine load ${loadavg()[0]?.toFixed(2)})\n`);
  console.log('| start | median wall time (ms) | cost over bare node: median of per-round differences (ms) | its interquartile range (ms) | the import timed inside the process: median (interquartile range), ms |');
  console.log('|---|---|---|---|---|');
  const first = Object.values(results)[0] as ImportTiming;
  console.log(`| \`node --input-type=module -e ''\` | ${first.bare.toFixed(1)} | | | |`);
  for (const [name, t] of Object.entries(results)) {
    console.log(
      `| ${name} | ${t.withImport.toFixed(1)} | ${t.cost.toFixed(1)} | ${t.costIqr[0].toFixed(1)}–${t.costIqr[1].toFixed(1)} | ${t.inProcess.toFixed(1)} (${t.inProcessIqr[0].toFixed(1)}–${t.inProcessIqr[1].toFixed(1)}) |`,
    );
  }
}
