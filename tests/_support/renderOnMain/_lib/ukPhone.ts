// Oracle: ukPhone.ts did not change in the work this oracle checks (it is the same as src/_lib/ukPhone.ts at 357782a), and it
// holds no state, so the oracle uses it from src/ rather than keeping a second copy.
export * from '../../../../src/_lib/ukPhone.js';
