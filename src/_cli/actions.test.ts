import { describe, expect, it } from 'vitest';
import { getFlow } from '../faq/getFlow.js';
import { _ACTION_SHORT_FORMS, _actionChoices, _parseAction } from './actions.js';

describe('_parseAction', () => {
  it('accepts the label the interactive mode shows, a short form or the code, in any capitals', () => {
    expect(_parseAction('Issue an EHC plan', undefined)).toEqual(['make-plan']);
    expect(_parseAction('issue an ehc plan.', undefined)).toEqual(['make-plan']);
    expect(_parseAction('STOP', ['make-plan'])).toEqual(['make-plan', 'cease-plan']);
    expect(_parseAction('keep and change', undefined)).toEqual(['continue-and-amend-plan']);
    expect(_parseAction('continue_and_amend_plan', undefined)).toEqual(['continue-and-amend-plan']);
    expect(_parseAction('Something you could not have appealed about, such as a visit, a meeting or health care', undefined)).toEqual(['other']);
  });

  it('accepts every label in the flow, and every short form maps to one action', () => {
    const node = getFlow('after-mediation').nodes.find((n) => n.id === 'agreed-actions') as { options: { value: string; label: string }[] };
    for (const option of node.options) expect(_parseAction(option.label, undefined)).toEqual([option.value]);
    const forms = Object.values(_ACTION_SHORT_FORMS).flat();
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('refuses anything else, pointing to --help', () => {
    expect(() => _parseAction('make-plans', undefined)).toThrow(/not one of the things a council can agree.*agreement --help/);
  });

  it('lists each short form with its label for --help, wrapped at the width', () => {
    const help = _actionChoices(getFlow('after-mediation'), 60);
    expect(help).toContain('  issue-plan        Issue an EHC plan');
    expect(help).toContain('  stop-plan         Stop the EHC plan');
    for (const line of help.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });
});
