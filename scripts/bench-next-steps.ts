// nextSteps against json-rules-engine, and the cost of a path as it grows. Interleaved rounds: each round times both
// sides on the same inputs, in alternating order, and the report gives the median of the per-round ratios.
//   npm run bench:next-steps   (also run by npm run bench)
// It runs bundled by esbuild, as a user's bundler or Node would load the package: not through tsx, whose keepNames
// helper wraps every closure the engine creates and adds a cost the shipped code does not have.
// The json-rules-engine rule set is faithful to the flow: tests/jre-faithful.test.ts checks it picks the same
// outcome as nextSteps on every enumerated path. It picks the outcome only; nextSteps also builds every step, date,
// explanation and citation.
import { cpus } from 'node:os';
import { _resultFor } from '../src/faq/_result.js';
import { nextSteps } from '../src/faq/nextSteps.js';
import type { Flow, FlowState } from '../src/index.js';
import { enumeratePaths, PATHS_TODAY, toSituation } from '../tests/_support/flowPaths.js';
import { jreAfterMediation, jreFacts } from '../tests/_support/jreAfterMediation.js';

const ROUNDS = 25;
// Calls per timed sample of a chain: enough that a sample lasts tens of milliseconds, well above timer and scheduler noise.
const CHAIN_CALLS = 2000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const quartiles = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${(s[Math.floor(s.length / 4)] as number).toFixed(1)}–${(s[Math.floor((s.length * 3) / 4)] as number).toFixed(1)}`;
};

async function interleave(a: () => Promise<number> | number, b: () => Promise<number> | number): Promise<{ a: number[]; b: number[]; ratios: number[] }> {
  await a();
  await b(); // warm-up
  const out = { a: [] as number[], b: [] as number[], ratios: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    const first = round % 2 === 0;
    const ta = first ? await a() : 0;
    const tb = await b();
    const ta2 = first ? ta : await a();
    out.a.push(ta2);
    out.b.push(tb);
    out.ratios.push(tb / ta2);
  }
  return out;
}

// --- 1. nextSteps against json-rules-engine, on every enumerated situation -------------------------------------------
const situations = enumeratePaths().map((p) => toSituation(p.state.answers));
const engine = jreAfterMediation();
const perCall = (ms: number) => (ms * 1000) / situations.length;
const ours = () => {
  const start = performance.now();
  for (const s of situations) nextSteps(s, { today: PATHS_TODAY });
  return perCall(performance.now() - start);
};
const theirs = async () => {
  const start = performance.now();
  for (const s of situations) await engine.run(jreFacts(s, PATHS_TODAY));
  return perCall(performance.now() - start);
};
const vsJre = await interleave(ours, theirs);

// --- 2. Cost as the path grows: synthetic flows of 10, 40 and 160 questions -------------------------------------------
function chain(n: number): { flow: Flow; state: FlowState } {
  const nodes: Flow['nodes'] = [{ id: 'd', type: 'question', kind: 'date', text: 'When?', next: 'q1' }];
  const answers: FlowState['answers'] = { d: '2026-10-01' };
  for (let i = 1; i <= n; i++) {
    const next = i === n ? 'done' : `q${i + 1}`;
    nodes.push({
      id: `q${i}`,
      type: 'question',
      kind: 'yes-no',
      text: `Question ${i}?`,
      options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }],
      routes: [{ when: { all: [{ fact: `q${i}`, operator: 'equals', value: false }, { fact: 'd', operator: 'exists' }] }, next }],
      next,
    });
    answers[`q${i}`] = i % 2 === 0;
  }
  nodes.push({
    id: 'done',
    type: 'outcome',
    title: 'Done',
    summary: 'Done.',
    steps: [
      { id: 'appeal', text: 'Appeal.', organisations: ['send-tribunal'], legislation: ['hesc-rules-2008/rule-20'], faqs: [], calculator: { id: 'appeal-deadline', inputs: { decisionLetterDate: 'd' } } },
      { id: 'advice', text: 'Get advice.', organisations: ['iassn', 'ipsea'], legislation: [], faqs: [] },
    ],
  });
  const flow: Flow = { id: `chain-${n}`, title: 'Chain', start: 'd', derived: [], nodes, sources: [{ url: 'https://www.gov.uk', title: 'GOV.UK', publisher: 'GOV.UK', checked: '2026-11-29' }] };
  return { flow, state: { flowId: flow.id, answers, today: PATHS_TODAY } };
}
const timeChain = (n: number) => {
  const { flow, state } = chain(n);
  return () => {
    const start = performance.now();
    for (let i = 0; i < CHAIN_CALLS; i++) _resultFor(flow, state, PATHS_TODAY);
    return ((performance.now() - start) * 1000) / CHAIN_CALLS;
  };
};
const tenVsForty = await interleave(timeChain(10), timeChain(40));
const tenVsOneSixty = await interleave(timeChain(10), timeChain(160));

console.log(`\n## nextSteps (${cpus()[0]?.model ?? 'unknown'} x ${cpus().length}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`);
console.log(`${ROUNDS} interleaved rounds over the ${situations.length} enumerated situations; per call, median and interquartile range.\n`);
console.log('| task | median (µs) | IQR (µs) |');
console.log('|---|---|---|');
console.log(`| nextSteps: outcome, steps, dates, explanations, citations | ${median(vsJre.a).toFixed(1)} | ${quartiles(vsJre.a)} |`);
console.log(`| json-rules-engine: the same decision, outcome only | ${median(vsJre.b).toFixed(1)} | ${quartiles(vsJre.b)} |`);
console.log(`| **json-rules-engine ÷ nextSteps** (median of per-round ratios) | **${median(vsJre.ratios).toFixed(1)}x** | ${quartiles(vsJre.ratios)} |`);
console.log('\nA complete state of a synthetic chain of yes/no questions, evaluated from the start (state checks, walk, outcome, one deadline):\n');
console.log('| path | median (µs) | ratio to 10 answers (median of per-round ratios) |');
console.log('|---|---|---|');
console.log(`| 10 answers | ${median(tenVsForty.a).toFixed(1)} | 1.0x |`);
console.log(`| 40 answers | ${median(tenVsForty.b).toFixed(1)} | ${median(tenVsForty.ratios).toFixed(2)}x |`);
console.log(`| 160 answers | ${median(tenVsOneSixty.b).toFixed(1)} | ${median(tenVsOneSixty.ratios).toFixed(2)}x |`);
