// A small benchmark harness for comparing two ways of doing the same work on a shared, noisy machine.
//
// Each round times both sides, one block of calls each, in alternating order (A then B, then B then A), so that a
// burst of load from another process lands on both sides of the same round. The report is the median of the
// per-round ratios, with their minimum and maximum, rather than a ratio of two medians taken minutes apart.
// Block sizes are calibrated once, after a warm-up, so that each block takes about `blockMs`.

/** One side of a comparison: a name and a function doing one unit of the work. Its result is kept, so that the work is not optimised away. */
export interface BenchSide {
  name: string;
  run: () => unknown;
}

/** Options for {@link compareInterleaved}. */
export interface InterleaveOptions {
  /** Rounds of timing (default 101: an odd number, so the median is one of the rounds). */
  rounds?: number;
  /** Target duration of one block of calls, in milliseconds (default 10). */
  blockMs?: number;
  /** Warm-up per side before calibrating, in milliseconds (default 300). */
  warmupMs?: number;
}

/** The result of a comparison: per-call times of each side and the ratio of B to A (how many times longer B takes). */
export interface Comparison {
  a: string;
  b: string;
  /** Median time per call of A, in microseconds, and the interquartile range. */
  aUs: Spread;
  bUs: Spread;
  /** Time of B divided by time of A, per round: the median, the interquartile range and the whole range. */
  ratio: Spread;
  rounds: number;
  callsPerBlock: { a: number; b: number };
}

/** A median with its interquartile range and its minimum and maximum. */
export interface Spread {
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
}

/** Median, quartiles, minimum and maximum of a list of numbers (nearest-rank quartiles). */
export function spread(values: readonly number[]): Spread {
  const s = [...values].sort((x, y) => x - y);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))] as number;
  return { median: at(0.5), q1: at(0.25), q3: at(0.75), min: s[0] as number, max: s[s.length - 1] as number };
}

let sink = 0;
/** Keeps a result alive, so that the engine cannot drop the call that made it. */
function consume(value: unknown): void {
  if (typeof value === 'string') sink += value.length;
  else if (typeof value === 'object' && value !== null) sink += 1;
  else sink ^= Number(value) | 0;
}

function block(fn: () => unknown, calls: number): number {
  const start = performance.now();
  for (let i = 0; i < calls; i++) consume(fn());
  return performance.now() - start;
}

function calibrate(fn: () => unknown, warmupMs: number, blockMs: number): number {
  const end = performance.now() + warmupMs;
  let calls = 0;
  while (performance.now() < end) {
    consume(fn());
    calls++;
  }
  const perCall = warmupMs / Math.max(1, calls);
  return Math.max(1, Math.round(blockMs / perCall));
}

/** Times A and B in interleaved rounds; see the comment at the top of this file. */
export function compareInterleaved(a: BenchSide, b: BenchSide, options: InterleaveOptions = {}): Comparison {
  const rounds = options.rounds ?? 101;
  const blockMs = options.blockMs ?? 10;
  const warmupMs = options.warmupMs ?? 300;
  const callsA = calibrate(a.run, warmupMs, blockMs);
  const callsB = calibrate(b.run, warmupMs, blockMs);
  const aUs: number[] = [];
  const bUs: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let ta: number;
    let tb: number;
    if (round % 2 === 0) {
      ta = block(a.run, callsA);
      tb = block(b.run, callsB);
    } else {
      tb = block(b.run, callsB);
      ta = block(a.run, callsA);
    }
    const perA = (ta * 1000) / callsA;
    const perB = (tb * 1000) / callsB;
    aUs.push(perA);
    bUs.push(perB);
    ratios.push(perB / perA);
  }
  if (sink === Number.MIN_VALUE) console.log(sink); // never true; reads the sink so it stays live
  return { a: a.name, b: b.name, aUs: spread(aUs), bUs: spread(bUs), ratio: spread(ratios), rounds, callsPerBlock: { a: callsA, b: callsB } };
}

/** Markdown table rows for comparisons: per-call medians (with interquartile ranges) and the ratio with its range. */
export function comparisonTable(comparisons: readonly Comparison[]): string {
  const us = (s: Spread) => `${s.median.toFixed(1)} (${s.q1.toFixed(1)}–${s.q3.toFixed(1)})`;
  const lines = [
    '| A (this library) | median µs per call (IQR) | B (the alternative) | median µs per call (IQR) | B ÷ A, median of per-round ratios | IQR of the ratios | min–max over rounds |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const c of comparisons) {
    lines.push(`| ${c.a} | ${us(c.aUs)} | ${c.b} | ${us(c.bUs)} | **${c.ratio.median.toFixed(2)}x** | ${c.ratio.q1.toFixed(2)}–${c.ratio.q3.toFixed(2)}x | ${c.ratio.min.toFixed(2)}–${c.ratio.max.toFixed(2)}x |`);
  }
  return lines.join('\n');
}
