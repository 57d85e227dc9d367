// The interactive walk through the "after mediation" flow, with @clack/prompts.
import * as p from '@clack/prompts';
import { _parsePlainDate } from '../_lib/plainDate.js';
import { answer } from '../faq/answer.js';
import { currentNode } from '../faq/currentNode.js';
import { getFlow } from '../faq/getFlow.js';
import { startFlow } from '../faq/startFlow.js';
import { _resultFor } from '../faq/_result.js';
import { renderText } from '../render/renderText.js';
import { isGuidanceError } from '../errors.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Checks a typed date and says what to type instead. */
export function _dateProblem(value: string | undefined): string | undefined {
  const text = (value ?? '').trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return 'Type the date as YYYY-MM-DD, for example 2026-11-02.';
  if (_parsePlainDate(text) === undefined) {
    const month = Number(text.slice(5, 7));
    const day = Number(text.slice(8, 10));
    if (month < 1 || month > 12) return `There is no month ${month}. Type the date as YYYY-MM-DD, for example 2026-11-02.`;
    return `${day} ${MONTHS[month - 1]} ${text.slice(0, 4)} is not a date in the calendar. Check the day and try again.`;
  }
  if (text < '2014-01-01' || text > '2099-12-31') return 'Type a date from 2014-01-01 to 2099-12-31, the dates this tool supports.';
  return undefined;
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
      value = await p.text({ message: `${message} (YYYY-MM-DD)`, placeholder: today, validate: _dateProblem });
      if (typeof value === 'string') value = value.trim();
    }
    if (p.isCancel(value)) {
      p.cancel('Stopped. Nothing was saved.');
      return 0;
    }
    try {
      state = answer(state, node.id, value, flow);
    } catch (error) {
      if (!isGuidanceError(error)) throw error;
      p.log.error(error.message);
    }
  }
  p.outro('Here is what to do next.');
  process.stdout.write(`\n${renderText(_resultFor(flow, state, today), { width })}`);
  return 0;
}
