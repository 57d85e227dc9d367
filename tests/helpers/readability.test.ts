import { describe, expect, it } from 'vitest';
import { counts, grade, sentences, syllables, words } from './readability.js';

describe('sentences', () => {
  it('splits at full stops, question marks, colons and semicolons', () => {
    expect(sentences('Write to the council. Did it reply? Then: complain; wait.')).toEqual(['Write to the council.', 'Did it reply?', 'Then:', 'complain;', 'wait.']);
  });

  it('does not split after abbreviations, but does after a possessive', () => {
    expect(sentences('Read reg. 42 and s. 51 now. It will not take your side or the council\'s. It is free.')).toEqual([
      'Read reg 42 and s 51 now.',
      "It will not take your side or the council's.",
      'It is free.',
    ]);
    expect(sentences('No. The time limit keeps running.')).toEqual(['No.', 'The time limit keeps running.']);
    expect(sentences('See SI No. 3 here.')).toEqual(['See SI No 3 here.']);
  });

  it('treats a text without a full stop, such as a heading, as one sentence', () => {
    expect(sentences('Step 1: write to the council')).toEqual(['Step 1:', 'write to the council']);
    expect(sentences('Why it matters')).toEqual(['Why it matters']);
  });
});

describe('words and syllables', () => {
  it('counts words with apostrophes and hyphens as one word, and numbers as words', () => {
    expect(words("The council's First-tier decision, 5 November 2026.")).toEqual(["council's", 'First-tier', 'decision', '5', 'November', '2026'].length === 6 ? ['The', "council's", 'First-tier', 'decision', '5', 'November', '2026'] : []);
  });

  it('reads abbreviations letter by letter unless they read as a word', () => {
    expect(syllables('EHC')).toBe(3);
    expect(syllables('NHS')).toBe(3);
    expect(syllables('SEND')).toBe(1);
    expect(syllables('12')).toBe(1);
    expect(syllables('2026')).toBe(2);
    expect(syllables('mediation')).toBe(4);
  });
});

describe('grade', () => {
  it('is the Flesch-Kincaid formula over the counts', () => {
    const c = counts(['The cat sat on the mat.']);
    expect(c).toEqual({ sentence: 1, word: 6, syllable: 6 });
    expect(grade(['The cat sat on the mat.'])).toBeCloseTo(0.39 * 6 + 11.8 * 1 - 15.59, 5);
  });

  it('rises with long sentences and long words', () => {
    expect(grade(['Write to the council now.'])).toBeLessThan(grade(['Correspondence to the local authority should be despatched immediately, notwithstanding any outstanding considerations.']));
  });

  it('is 0 for no words', () => {
    expect(grade([])).toBe(0);
  });
});
