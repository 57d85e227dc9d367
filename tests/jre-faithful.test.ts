// The json-rules-engine rule set used by the benchmark picks the same outcome as nextSteps on every enumerated path,
// so the benchmark compares the same decision (npm run bench; docs/performance.md).
import { describe, expect, it } from 'vitest';
import { nextSteps } from '../src/faq/nextSteps.js';
import { enumeratePaths, PATHS_TODAY, toSituation } from './_support/flowPaths.js';
import { jreAfterMediation, jreOutcome } from './_support/jreAfterMediation.js';

describe('the json-rules-engine rule set for the benchmark', () => {
  it('picks the same outcome as nextSteps on every enumerated path', async () => {
    const engine = jreAfterMediation();
    const paths = enumeratePaths();
    expect(paths.length).toBeGreaterThan(500);
    for (const path of paths) {
      const situation = toSituation(path.state.answers);
      expect(await jreOutcome(engine, situation, PATHS_TODAY), JSON.stringify(situation)).toBe(nextSteps(situation, { today: PATHS_TODAY }).outcome.id);
    }
  });
});
