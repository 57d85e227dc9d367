// The "after mediation" question flow, one question a screen, as GOV.UK forms do it: a back link, one question
// with radios, checkboxes or a date input, "Continue", then "Check your answers" with Change links, then the outcome.
import {
  answer,
  currentNode,
  formatDate,
  getFlow,
  isGuidanceError,
  nextSteps,
  renderHtml,
  startFlow,
  type DueDate,
  type FlowState,
  type QuestionNode,
} from 'send-mediation-guidance';
import { backLink, button, choices, dateInput, dateParts, errorSummary, esc, readDate, type FieldError } from './html';
import { href } from './links';

const FLOW_ID = 'after-mediation';
const STORAGE_KEY = 'send-mediation-guidance:after-mediation';
const flow = getFlow(FLOW_ID);
/** The flow's first question. */
export const FIRST_QUESTION = currentNode(startFlow(FLOW_ID)).id;

export interface View {
  title: string;
  html: string;
  /** Runs once the HTML is in the page (form handlers). */
  attach?: (root: HTMLElement) => void;
}

/** The saved state, checked again by the library (a stale or edited state starts again), with today's date. */
export function loadState(today: string): FlowState {
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as FlowState | null;
    if (saved && saved.flowId === FLOW_ID) {
      const state: FlowState = { flowId: FLOW_ID, answers: saved.answers, today };
      currentNode(state); // throws a GuidanceError if the answers no longer hold (for example a date after today)
      return state;
    }
  } catch (error) {
    if (!isGuidanceError(error) && !(error instanceof SyntaxError)) throw error;
  }
  return startFlow(FLOW_ID, { today });
}

function saveState(state: FlowState): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
}

export function resetState(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

function question(id: string): QuestionNode | undefined {
  const node = flow.nodes.find((n) => n.id === id);
  return node?.type === 'question' ? node : undefined;
}

/** The questions answered so far, in the order they were asked. */
function answered(state: FlowState): string[] {
  return Object.keys(state.answers);
}

/** Where "Back" goes from a question: the question asked before it, or the start page. */
function previous(state: FlowState, id: string): string {
  const path = answered(state);
  const at = path.indexOf(id);
  const before = at === -1 ? path[path.length - 1] : path[at - 1];
  return before === undefined ? href('home') : href('question', { id: before });
}

/** The stored answer as the form's values: option values, with yes-no answers (stored as true/false) as 'yes'/'no'. */
function formValues(node: QuestionNode, value: FlowState['answers'][string] | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === 'boolean') return [value ? 'yes' : 'no'];
  if (Array.isArray(value)) return value;
  return node.kind === 'date' ? [] : [value];
}

/** An answer as a parent would read it back: option labels, or a GOV.UK date. */
function describe(node: QuestionNode, value: FlowState['answers'][string]): string {
  if (node.kind === 'date' && typeof value === 'string') return esc(formatDate(value));
  const labels = formValues(node, value).map((v) => node.options?.find((o) => o.value === v)?.label ?? v);
  return labels.length > 1 ? `<ul class="govuk-list govuk-list--bullet">${labels.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` : esc(labels[0] ?? '');
}

/** The library's message for a refused answer, in words for a parent (it calls the answer "value"). */
function refusal(error: unknown): string {
  if (!isGuidanceError(error)) throw error;
  return error.message.replace(/^value /, 'The date you entered ');
}

export function questionView(today: string, id: string, change: boolean, errors: FieldError[] = [], entered?: { day: string; month: string; year: string }): View {
  const state = loadState(today);
  const now = currentNode(state);
  const node = question(id);
  // Only the current question or one already answered can be shown; anything else goes to where the parent is.
  if (node === undefined || (now.id !== id && !(id in state.answers))) {
    return redirect(now.type === 'outcome' ? href('check-answers') : href('question', { id: now.id }));
  }
  const error = errors[0];
  let field: string;
  if (node.kind === 'date') {
    const stored = state.answers[id];
    field = dateInput({ name: id, legend: node.text, hint: node.hint, value: entered ?? dateParts(typeof stored === 'string' ? stored : undefined), error, asHeading: true });
  } else {
    field = choices({
      kind: node.kind === 'multiple' ? 'checkboxes' : 'radios',
      name: id,
      legend: node.text,
      hint: node.hint,
      items: node.options ?? [],
      checked: formValues(node, state.answers[id]),
      error,
    });
  }
  const back = change ? href('check-answers') : previous(state, id);
  return {
    title: `${errors.length > 0 ? 'Error: ' : ''}${node.text} - After your mediation`,
    html: `${backLink(back)}<main class="govuk-main-wrapper" id="main-content"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">${errorSummary(errors)}<form novalidate>${field}${button('Continue')}</form></div></div></main>`,
    attach(root) {
      root.querySelector('form')?.addEventListener('submit', (event) => {
        event.preventDefault();
        const data = new FormData(event.target as HTMLFormElement);
        let value: string | string[];
        if (node.kind === 'date') {
          const read = readDate(data, id, 'the date');
          if ('error' in read) return show(questionView(today, id, change, [{ href: `${id}-day`, text: read.error }], read.value));
          value = read.date;
        } else if (node.kind === 'multiple') {
          value = data.getAll(id).map(String);
          if (value.length === 0) return show(questionView(today, id, change, [{ href: id, text: 'Select all that apply' }]));
        } else {
          const picked = data.get(id);
          if (picked === null) return show(questionView(today, id, change, [{ href: id, text: 'Select one option' }]));
          value = String(picked);
        }
        let next: FlowState;
        try {
          next = answer(loadState(today), id, value);
        } catch (err) {
          const target = node.kind === 'date' ? `${id}-day` : id;
          return show(questionView(today, id, change, [{ href: target, text: refusal(err) }], node.kind === 'date' ? readDateParts(data, id) : undefined));
        }
        saveState(next);
        const after = currentNode(next);
        if (after.type === 'outcome') return go(href('check-answers'));
        if (change) return go(href('question', { id: after.id }));
        // Going forward from a question answered before: the next question on the (possibly new) path.
        const path = answered(next);
        const following = path[path.indexOf(id) + 1] ?? after.id;
        return go(href('question', { id: following }));
      });
    },
  };
}

function readDateParts(data: FormData, id: string): { day: string; month: string; year: string } {
  return { day: String(data.get(`${id}-day`) ?? ''), month: String(data.get(`${id}-month`) ?? ''), year: String(data.get(`${id}-year`) ?? '') };
}

export function checkAnswersView(today: string): View {
  const state = loadState(today);
  const now = currentNode(state);
  if (now.type !== 'outcome') return redirect(href('question', { id: now.id }));
  const rows = answered(state)
    .map((id) => {
      const node = question(id);
      const value = state.answers[id];
      if (node === undefined || value === undefined) return '';
      return `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${esc(node.text)}</dt><dd class="govuk-summary-list__value">${describe(node, value)}</dd><dd class="govuk-summary-list__actions"><a class="govuk-link" href="${esc(href('question', { id, change: 'yes' }))}">Change<span class="govuk-visually-hidden"> your answer to: ${esc(node.text)}</span></a></dd></div>`;
    })
    .join('');
  const last = answered(state).at(-1);
  return {
    title: 'Check your answers - After your mediation',
    html: `${backLink(last === undefined ? href('home') : href('question', { id: last }))}<main class="govuk-main-wrapper" id="main-content"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><h1 class="govuk-heading-l">Check your answers</h1><dl class="govuk-summary-list govuk-!-margin-bottom-9">${rows}</dl><h2 class="govuk-heading-m">Now see what to do next</h2><p class="govuk-body">We work out your next steps and dates from these answers and today's date, ${esc(formatDate(today))}.</p><a href="${esc(href('outcome'))}" role="button" draggable="false" class="govuk-button" data-module="govuk-button">See what to do next</a></div></div></main>`,
  };
}

export function outcomeView(today: string): View {
  const state = loadState(today);
  const now = currentNode(state);
  if (now.type !== 'outcome') return redirect(href('question', { id: now.id }));
  const result = nextSteps(state, { today });
  const rows = result.steps.flatMap((step) =>
    step.dueDates.map(
      (due) =>
        `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${esc(due.label)}</dt><dd class="govuk-summary-list__value">${whenDue(due)}${due.passed === true ? ' <strong class="govuk-tag govuk-tag--grey">Passed</strong>' : ''}</dd></div>`,
    ),
  );
  const dates = rows.length > 0 ? `<h2 class="govuk-heading-m" id="your-dates">Your dates</h2><dl class="govuk-summary-list">${rows.join('')}</dl>` : '';
  return {
    title: `${result.outcome.title} - After your mediation`,
    html: `${backLink(href('check-answers'))}<main class="govuk-main-wrapper" id="main-content" data-outcome="${esc(result.outcome.id)}"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">${renderHtml(result, { style: 'govuk' })}${dates}<p class="govuk-body">These dates are worked out from today's date, ${esc(formatDate(today))}, and your answers.</p><p class="govuk-body"><a class="govuk-link" href="${esc(href('check-answers'))}">Check or change your answers</a></p><p class="govuk-body"><a class="govuk-link" href="${esc(href('question', { id: FIRST_QUESTION, restart: 'yes' }))}">Start again</a></p></div></div></main>`,
  };
}

/** A due date in GOV.UK style ("Friday 2 January 2026"); "Straight away" or the library's sentence when there is no date. */
function whenDue(due: DueDate): string {
  if (due.dueDate === 'immediately') return 'Straight away';
  if (due.dueDate === null) return esc(due.sentence);
  return `<time datetime="${esc(due.dueDate)}">${esc(formatDate(due.dueDate, { weekday: true }))}</time>`;
}

// Navigation helpers, set by main.ts (kept here as hooks so the screens stay free of page plumbing).
let show: (view: View) => void = () => undefined;
let go: (url: string) => void = () => undefined;
export function setNavigation(hooks: { show: (view: View) => void; go: (url: string) => void }): void {
  show = hooks.show;
  go = hooks.go;
}

function redirect(url: string): View {
  return { title: 'Redirecting', html: '', attach: () => location.replace(url) };
}
