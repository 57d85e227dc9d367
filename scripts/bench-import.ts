// Import time: what loading the built package adds to a bare Node start. Each round starts, in alternating order,
// a bare `node -e ''` (the baseline of issue 15) and starts that `require` or `import` the package (an ES module start,
// `node --input-type=module -e "import '<entry>'"`, costs the same as a bare one when it imports nothing); the figure
// is the median over rounds of (load - bare). Both sides share the machine's load in the same round, so the difference is fairer than
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

/** Wall time of one `node` start running `code` (as an ES module when `esm`), and what the code printed. */
function timeNode(code: string, esm: boolean): { wall: number; printed: number } {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, esm ? ['--input-type=module', '-e', code] : ['-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node failed: ${code}\n${result.stderr.toString()}`);
  return { wall, printed: Number(result.stdout.toString() || 'NaN') };
}

export interface ImportTiming {
  /** Median wall time of a bare `node -e ''`, in ms. */
  bare: number;
  /** Median wall time of a start that loads the entry, in ms. */
  withImport: number;
  /** Median over rounds of (with the load - bare), in ms. */
  cost: number;
  /** Interquartile range of the per-round cost, in ms. */
  costIqr: [number, number];
  /** Median of the load as timed inside the process (performance.now() around `await import()` or `require()`), in ms. */
  inProcess: number;
  /** Interquartile range of that, in ms. */
  inProcessIqr: [number, number];
  rounds: number;
}

/** One way of loading a file: `import` (an ES module start) or `require` (a CommonJS start), then `extra` (code that uses `m`). */
export interface LoadSpec {
  file: string;
  how?: 'import' | 'require';
  extra?: string;
}

/** Times loading each entry over a bare `node -e ''`, in interleaved rounds (a warm-up round is discarded). */
export function timeImports(entries: Record<string, LoadSpec>, rounds = 25): Record<string, ImportTiming> {
  const names = Object.keys(entries);
  const code = (name: string): string => {
    const { file, how = 'import', extra: then } = entries[name] as LoadSpec;
    const load = how === 'import' ? `await import(${JSON.stringify(pathToFileURL(file).href)})` : `require(${JSON.stringify(file)})`;
    return `const t = performance.now(); const m = ${load}; ${then ?? 'void m;'} process.stdout.write(String(performance.now() - t));`;
  };
  const bare: number[] = [];
  const withImport: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const cost: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const inProcess: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = -1; round < rounds; round++) {
    const order = round % 2 === 0 ? ['', ...names] : [...names].reverse().concat('');
    const times: Record<string, { wall: number; printed: number }> = {};
    for (const name of order) times[name] = name === '' ? timeNode('', false) : timeNode(code(name), (entries[name]?.how ?? 'import') === 'import');
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
  // The files Node loads for `import` and `require` of the package (a build from before dist/index.node.js existed has only index.js).
  const esmEntry = (d: string): string => (existsSync(join(d, 'index.node.js')) ? join(d, 'index.node.js') : join(d, 'index.js'));
  // References: an empty file, imported and required. What they cost is Node starting its module loader, which any
  // import or require pays before any of the package.
  const folder = mkdtempSync(join(tmpdir(), 'smg-empty-'));
  writeFileSync(join(folder, 'empty.mjs'), '');
  writeFileSync(join(folder, 'empty.cjs'), '');
  const page = `m.getGuidancePage('after-mediation');`;
  const entries: Record<string, LoadSpec> = {
    'require an empty file (the loader itself)': { file: join(folder, 'empty.cjs'), how: 'require' },
    'require the root entry': { file: join(dist, 'index.cjs'), how: 'require' },
    'require, then getGuidancePage once': { file: join(dist, 'index.cjs'), how: 'require', extra: page },
    'import an empty module file (the loader itself)': { file: join(folder, 'empty.mjs') },
    'import the root entry': { file: esmEntry(dist) },
    'import, then getGuidancePage once': { file: esmEntry(dist), extra: page },
  };
  // --also <dist>: another build (for example one from before a change) timed in the same interleaved rounds.
  const also = arg('--also');
  if (also !== undefined) {
    entries[`require the root entry of ${also}`] = { file: join(resolve(also), 'index.cjs'), how: 'require' };
    entries[`import the root entry of ${also}`] = { file: esmEntry(resolve(also)) };
    entries[`import, then getGuidancePage once, of ${also}`] = { file: esmEntry(resolve(also)), extra: page };
  }
  const results = timeImports(entries, rounds);
  console.log(`Import time over a bare \`node -e ''\` (${rounds} interleaved rounds, ${dist}; machine load ${loadavg()[0]?.toFixed(2)})\n`);
  console.log('| start | median wall time (ms) | cost over bare node: median of per-round differences (ms) | its interquartile range (ms) | the import timed inside the process: median (interquartile range), ms |');
  console.log('|---|---|---|---|---|');
  const first = Object.values(results)[0] as ImportTiming;
  console.log(`| \`node -e ''\` (bare) | ${first.bare.toFixed(1)} | | | |`);
  for (const [name, t] of Object.entries(results)) {
    console.log(
      `| ${name} | ${t.withImport.toFixed(1)} | ${t.cost.toFixed(1)} | ${t.costIqr[0].toFixed(1)}–${t.costIqr[1].toFixed(1)} | ${t.inProcess.toFixed(1)} (${t.inProcessIqr[0].toFixed(1)}–${t.inProcessIqr[1].toFixed(1)}) |`,
    );
  }
}
