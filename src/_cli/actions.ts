// What a parent can type for `agreement --action`: the label the interactive mode shows ("Issue an EHC plan"), a
// short form ("issue-plan", "stop") or the code ("make-plan"), in any letter case.
import { InvalidArgumentError } from 'commander';
import { getFlow } from '../faq/getFlow.js';
import type { Flow } from '../schemas/flow.js';
import type { AgreementAction } from '../schemas/deadline.js';
import { _wrap } from '../_lib/wrap.js';

/** Short forms for each action, first one shown in the help. The codes themselves are always accepted too. */
export const _ACTION_SHORT_FORMS: Readonly<Record<AgreementAction, readonly string[]>> = {
  assess: ['assessment', 'reassessment', 'assess'],
  'make-plan': ['issue-plan', 'issue', 'new-plan'],
  'amend-plan': ['change-plan', 'amend', 'change'],
  'name-school': ['change-school', 'school'],
  'continue-plan': ['keep-plan', 'keep', 'continue'],
  'continue-and-amend-plan': ['keep-and-change', 'keep-and-amend'],
  'cease-plan': ['stop-plan', 'stop', 'cease'],
  reconsider: ['reconsider'],
  other: ['other'],
  'notify-local-authority': ['nhs-tells-council', 'notify'],
};

/** Lower case, with spaces, hyphens and underscores the same and no full stop at the end. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[.]$/, '')
    .replace(/[\s_-]+/g, ' ');
}

let lookup: Map<string, AgreementAction> | undefined;
function table(flow: Flow): Map<string, AgreementAction> {
  if (lookup) return lookup;
  const built = new Map<string, AgreementAction>();
  for (const [code, forms] of Object.entries(_ACTION_SHORT_FORMS) as [AgreementAction, readonly string[]][]) {
    for (const form of [code, ...forms]) built.set(normalise(form), code);
  }
  for (const option of _options(flow)) built.set(normalise(option.label), option.value as AgreementAction);
  lookup = built;
  return built;
}

/** The interactive mode's choices for "What did the council or the NHS agree to do?". */
function _options(flow: Flow): { value: string; label: string }[] {
  const node = flow.nodes.find((candidate) => candidate.id === 'agreed-actions');
  return node && 'options' in node && Array.isArray(node.options) ? (node.options as { value: string; label: string }[]) : [];
}

/** Reads one --action value (commander calls this once per value, with the ones read so far). */
export function _parseAction(value: string, previous: AgreementAction[] | undefined): AgreementAction[] {
  const found = table(getFlow('after-mediation')).get(normalise(value));
  if (found === undefined) {
    const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
    throw new InvalidArgumentError(`"${shown}" is not one of the things a council can agree. Type a short form such as issue-plan, or the words in full; send-mediation-guidance agreement --help lists them.`);
  }
  return [...(previous ?? []), found];
}

/** The list of choices for --help: short form, then the words the interactive mode shows. */
export function _actionChoices(flow: Flow, width: number): string {
  return _options(flow)
    .map((option) => {
      const short = _ACTION_SHORT_FORMS[option.value as AgreementAction]?.[0] ?? option.value;
      return _wrap(option.label, width, `  ${short.padEnd(17)} `, ' '.repeat(20));
    })
    .join('\n');
}
