// Runs recheck (a ReDoS checker) over every pattern the citation recogniser uses and prints its verdicts:
//   npm run check:redos
// Advisory, not part of npm test: recheck's fuzzing is time-boxed, so on a busy machine it sometimes reports patterns
// with lookarounds as "vulnerable" with an attack string that V8 runs in linear time (for example
// '0.00'.repeat(n) for the paragraph-number pattern). The gate is src/legislation/_citations.redos.test.ts, which
// runs the recogniser on 1 MB versions of every attack shape found so far and checks the exact answers.
import { checkSync } from 'recheck';
import { _CITATION_PATTERNS } from '../src/legislation/_citations.js';

let flagged = 0;
for (const pattern of _CITATION_PATTERNS) {
  const result = checkSync(pattern.source, pattern.flags, { randomSeed: 2026, timeout: 45_000 });
  const attack = (result as { attack?: { pattern?: string } }).attack?.pattern;
  if (result.status !== 'safe') flagged++;
  console.log(`${result.status.padEnd(10)} ${pattern.source.slice(0, 70)}${attack ? `\n           attack: ${attack.slice(0, 120)}` : ''}`);
}
console.log(`\n${flagged} of ${_CITATION_PATTERNS.length} patterns not reported safe (check any attack string with npm run bench or by hand).`);
