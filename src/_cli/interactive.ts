// The interactive walk through the "after mediation" flow, with @clack/prompts.
import * as p from '@clack/prompts';
import { formatDate } from '../render/formatDate.js';
import { _wrap } from '../_lib/wrap.js';
import { _DATE_FORMS, _parseDate } from './parseDate.js';
import { answer } from '../faq/answer.js';
import { currentNode } from '../faq/currentNode.js';
import { getFlow } from '../faq/getFlow.js';
import { startFlow } from '../faq/startFlow.js';
import { _resultFor } from '../faq/_result.js';
import { renderText } from '../render/renderText.js';
import { isGuidanceError } from '../errors.js';

/** Checks a typed date and says what to type instead (undefined when it is fine). */
export function _dateProblem(value: string | undefined, today: string): string | undefined {
  const result = _parseDate(value ?? '', today);
  return result.ok ? undefined : result.problem;
}

/** Runs the flow in the terminal and prints the outcome. Returns the exit code. */
export async function _interactive(today: string, width: number): Promise<number> {
  const flow = getFlow('after-mediation');
  let state = startFlow(flow, { today });
  p.intro('After your mediation: what to do next');
  for (let guard = 0; guard < 50; guard++) {
    const node = currentNode(state);
    if (node.type === 'outcome') break;
    let value: unknown;
    const message = node.hint ? `${node.text} (${node.hint})` : node.text;
    if (node.kind === 'single') {
      value = await p.select({ message, options: (node.options ?? []).map((o) => ({ value: o.value, label: o.label })) });
    } else if (node.kind === 'yes-no') {
      value = await p.select({ message, options: (node.options ?? []).map((o) => ({ value: o.value === 'yes', label: o.label })) });
    } else if (node.kind === 'multiple') {
      value = await p.multiselect({ message: `${message} Press space to choose, Enter to continue.`, options: (node.options ?? []).map((o) => ({ value: o.value, label: o.label })), required: true });
    } else {
      // No placeholder: a greyed-out date looks like a default but is not one. The forms are the hint instead.
      value = await p.text({ message: _wrap(`${message} Type a date such as ${_DATE_FORMS}.`, width - 3), validate: (typed) => {
          const problem = _dateProblem(typed, today);
          return problem === undefined ? undefined : _wrap(problem, width - 3);
        },
      });
      if (typeof value === 'string') {
        const result = _parseDate(value, today);
        if (result.ok) {
          value = result.date;
          p.log.info(`That is ${formatDate(result.date, { weekday: true })}.`);
        }
      }
    }
    if (p.isCancel(value)) {
      p.cancel('Stopped. Nothing was saved.');
      return 0;
    }
    try {
      state = answer(state, node.id, value, flow);
    } catch (error) {
      if (!isGuidanceError(error)) throw error;
      // The engine names the answer "value" for programs; a parent needs only the dates.
      p.log.error(_wrap(error.message.replace(/^value \(([^)]*)\)/, '$1'), width - 3));
    }
  }
  p.outro('Here is what to do next.');
  process.stdout.write(`\n${renderText(_resultFor(flow, state, today), { width })}`);
  return 0;
}
