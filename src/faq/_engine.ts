// The flow engine's internals. A flow is compiled once (node and option look-ups, derived facts, the static parts of
// each outcome step); a walk then evaluates one situation or state in a single pass from the start, checking every
// answer as it goes. Derived facts are worked out only when a route or step reads them, and each calculator runs at
// most once per distinct input within a walk.
import { faqs } from '../_generated/faqs.js';
import { flows } from '../_generated/flows.js';
import { faqIds, legislationIds, organisationIds } from '../_generated/ids.js';
import { legislation } from '../_generated/legislation.js';
import { organisations } from '../_generated/organisations.js';
import { _assertPlainDate } from '../_lib/assertPlainDate.js';
import { _excerpt } from '../_lib/limits.js';
import { _longDate, _parsePlainDate } from '../_lib/plainDate.js';
import { GuidanceError } from '../errors.js';
import { formatCitation } from '../legislation/formatCitation.js';
import type { CalculatorRef, Condition, DateOrderRule, DerivedFact, Flow, LocalContactKind, OutcomeNode, OutcomeStep, QuestionNode } from '../schemas/flow.js';
import { _anyPassed, _calculatorInputs, _calculatorKey, _runCalculator, type _Due } from './_calculators.js';
import { _assertFlowNodes, _assertFlowShape } from './_checkFlow.js';
import { _validateFlowGraph } from './_validateFlowGraph.js';

/** A checked answer: an option value, an array of option values, a boolean (yes/no) or a `YYYY-MM-DD` date. */
export type _AnswerValue = string | string[] | boolean;

/** The static, resolved parts of an outcome step. */
export interface _CompiledStep {
  step: OutcomeStep;
  organisations: readonly { id: string; name: string; website?: string }[];
  legislation: readonly { id: string; citation: string; url: string }[];
  faqs: readonly { id: string; question: string }[];
  sources: readonly { title: string; url: string; publisher?: string }[];
  local: readonly LocalContactKind[] | undefined;
}

export interface _CompiledQuestion {
  node: QuestionNode;
  values: ReadonlySet<string>;
  optionNext: ReadonlyMap<string, string>;
  /** The question's routes, each condition compiled to a function once, in order. */
  routes: readonly { test: (ctx: _Context) => boolean; next: string }[];
}

export interface _Compiled {
  flow: Flow;
  start: string;
  questions: ReadonlyMap<string, _CompiledQuestion>;
  outcomes: ReadonlyMap<string, { node: OutcomeNode; steps: readonly _CompiledStep[] }>;
  derived: ReadonlyMap<string, DerivedFact>;
  nodeCount: number;
}

const compiledFlows = new WeakMap<Flow, _Compiled>();

function isPublished(flow: Flow): boolean {
  return Object.prototype.hasOwnProperty.call(flows, flow.id) && (flows as Record<string, Flow>)[flow.id] === flow;
}

/** Freezes an array of flat objects and each object (the static lists of a step are shared by every result). */
function frozen<T extends object>(items: T[]): readonly T[] {
  for (const item of items) Object.freeze(item);
  return Object.freeze(items);
}

function compileStep(step: OutcomeStep): _CompiledStep {
  return {
    step,
    organisations: frozen(
      step.organisations.map((id) => {
        const org = organisations[id as keyof typeof organisations];
        return org.website === undefined ? { id, name: org.name } : { id, name: org.name, website: org.website };
      }),
    ),
    legislation: frozen(step.legislation.map((id) => ({ id, citation: formatCitation(id as never), url: legislation[id as keyof typeof legislation].url }))),
    faqs: frozen(step.faqs.map((id) => ({ id, question: faqs[id as keyof typeof faqs].question }))),
    sources: frozen((step.sources ?? []).map((s) => (s.publisher === undefined ? { title: s.title, url: s.url } : { title: s.title, url: s.url, publisher: s.publisher }))),
    local: step.local === undefined ? undefined : Object.freeze([...step.local]),
  };
}

/**
 * Compiles a flow (once per flow object). A flow that is not published in this package is checked first: a broken
 * graph is refused with `INVALID_FLOW`, listing what `validateFlow` found.
 */
export function _compile(flow: Flow): _Compiled {
  const cached = compiledFlows.get(flow);
  if (cached !== undefined) return cached;
  _assertFlowShape(flow);
  if (!isPublished(flow)) {
    _assertFlowNodes(flow);
    const issues = _validateFlowGraph(flow, { faq: new Set(faqIds), organisation: new Set(organisationIds), legislation: new Set(legislationIds) });
    if (issues.length > 0) {
      throw new GuidanceError('INVALID_FLOW', `Flow ${_excerpt(flow.id)} is broken: ${issues.map((i) => `${i.code}: ${i.message}`).join(' ').slice(0, 500)}`, { argument: 'flow' });
    }
  }
  const questions = new Map<string, _CompiledQuestion>();
  const outcomes = new Map<string, { node: OutcomeNode; steps: readonly _CompiledStep[] }>();
  for (const node of flow.nodes) {
    if (node.type === 'question') {
      const options = node.options ?? [];
      const optionNext = new Map<string, string>();
      for (const option of options) if (option.next !== undefined) optionNext.set(option.value, option.next);
      const routes = (node.routes ?? []).map((route) => ({ test: _compiledTest(route.when), next: route.next }));
      questions.set(node.id, { node, values: new Set(options.map((o) => o.value)), optionNext, routes });
    } else {
      outcomes.set(node.id, { node, steps: node.steps.map(compileStep) });
    }
  }
  const compiled: _Compiled = {
    flow,
    start: flow.start,
    questions,
    outcomes,
    derived: new Map(flow.derived.map((d) => [d.fact, d])),
    nodeCount: flow.nodes.length,
  };
  compiledFlows.set(flow, compiled);
  return compiled;
}

/** The facts of one walk: checked answers, `today`, and the derived facts and calculator runs worked out so far. */
export class _Context {
  readonly answers = new Map<string, _AnswerValue>();
  // Created on first use: most walks read no derived fact and run few calculators.
  private derivedValues: Map<string, unknown> | undefined;
  private runs: Map<string, _Due[]> | undefined;
  readonly fact = (id: string): unknown => this.get(id);

  constructor(
    readonly compiled: _Compiled,
    readonly today: string | undefined,
  ) {}

  get(id: string): unknown {
    const answer = this.answers.get(id);
    if (answer !== undefined) return answer;
    const derived = this.compiled.derived.get(id);
    if (derived === undefined || this.today === undefined) return undefined;
    this.derivedValues ??= new Map();
    if (this.derivedValues.has(id)) return this.derivedValues.get(id);
    const dues = this.run(derived.calculator);
    const value = dues === undefined ? undefined : _anyPassed(dues, this.today);
    this.derivedValues.set(id, value);
    return value;
  }

  /** Runs a calculator at most once per distinct input; undefined when a required input has no value. */
  run(ref: CalculatorRef): _Due[] | undefined {
    const inputs = _calculatorInputs(ref, this.fact);
    if (inputs === undefined) return undefined;
    const key = _calculatorKey(ref, inputs);
    this.runs ??= new Map();
    let dues = this.runs.get(key);
    if (dues === undefined) {
      dues = _runCalculator(ref, inputs);
      this.runs.set(key, dues);
    }
    return dues;
  }
}

/** A condition compiled to a function of the facts (done once per condition object, then reused). */
type _Test = (ctx: _Context) => boolean;
const compiledConditions = new WeakMap<Condition, _Test>();

function compileCondition(condition: Condition): _Test {
  if ('all' in condition) {
    const parts = condition.all.map(compileCondition);
    return (ctx) => {
      for (let i = 0; i < parts.length; i++) if (!(parts[i] as _Test)(ctx)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileCondition);
    return (ctx) => {
      for (let i = 0; i < parts.length; i++) if ((parts[i] as _Test)(ctx)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not);
    return (ctx) => !inner(ctx);
  }
  const { fact, value: expected } = condition;
  switch (condition.operator) {
    case 'exists':
      return (ctx) => ctx.get(fact) !== undefined;
    case 'equals':
      return (ctx) => {
        const value = ctx.get(fact);
        return value !== undefined && value === expected;
      };
    case 'notEquals':
      return (ctx) => {
        const value = ctx.get(fact);
        return value !== undefined && value !== expected;
      };
    case 'in':
      return (ctx) => Array.isArray(expected) && (expected as unknown[]).includes(ctx.get(fact));
    case 'includes':
      return (ctx) => {
        const value = ctx.get(fact);
        return Array.isArray(value) && value.includes(expected);
      };
    case 'includesAny':
      return (ctx) => {
        const value = ctx.get(fact);
        return Array.isArray(value) && Array.isArray(expected) && expected.some((v) => (value as unknown[]).includes(v));
      };
  }
}

/** Evaluates a condition; a fact with no value makes every test false except `not`. */
export function _evaluate(condition: Condition, ctx: _Context): boolean {
  return _compiledTest(condition)(ctx);
}

/** A condition's compiled function (compiled on first use, then reused). */
function _compiledTest(condition: Condition): _Test {
  let test = compiledConditions.get(condition);
  if (test === undefined) {
    test = compileCondition(condition);
    compiledConditions.set(condition, test);
  }
  return test;
}

function invalid(q: QuestionNode, argument: string, message: string, expected?: string[]): GuidanceError {
  return new GuidanceError('INVALID_ANSWER', `${argument}: "${q.id}" (${q.text.slice(0, 120)}) ${message}`, {
    argument,
    expected: expected ?? (q.options ?? []).map((o) => o.value),
  });
}

/** A short, safe description of a value for an error message (long strings cut, control characters escaped). */
const show = (value: unknown): string => _excerpt(value);

function checkOrder(value: string, ctx: _Context, arg: () => string, rules: readonly DateOrderRule[] | undefined, direction: 'before' | 'after'): void {
  for (const rule of rules ?? []) {
    if (rule.when !== undefined && !_evaluate(rule.when, ctx)) continue;
    const other = ctx.answers.get(rule.fact);
    if (typeof other !== 'string') continue;
    const wrong = direction === 'before' ? value < other : value > other;
    if (wrong) {
      const otherText = ctx.compiled.questions.get(rule.fact)?.node.text ?? rule.fact;
      throw new GuidanceError('DATE_ORDER', `${arg()} (${_longDate(value)}) is ${direction} ${_longDate(other)}, your answer to "${otherText}". Check both dates.`, { argument: arg() });
    }
  }
}

/** Checks one answer against its question and the answers before it; returns the value to store. */
export function _checkAnswer(cq: _CompiledQuestion, value: unknown, ctx: _Context, argumentOf: (q: QuestionNode) => string): _AnswerValue {
  const q = cq.node;
  // The argument's name is built only for an error message (argumentOf is called only when one is thrown).
  switch (q.kind) {
    case 'yes-no':
      if (value === true || value === 'yes') return true;
      if (value === false || value === 'no') return false;
      throw invalid(q, argumentOf(q), `takes true or "yes", false or "no"; got ${show(value)}.`, ['yes', 'no']);
    case 'single':
      if (typeof value !== 'string' || !cq.values.has(value)) throw invalid(q, argumentOf(q), `takes one of: ${[...cq.values].join(', ')}; got ${show(value)}.`);
      return value;
    case 'multiple': {
      const arg = (): string => argumentOf(q);
      if (!Array.isArray(value) || value.length === 0) throw invalid(q, arg(), `takes a non-empty array of: ${[...cq.values].join(', ')}; got ${show(value)}.`);
      const seen = new Set<string>();
      value.forEach((v: unknown, i) => {
        if (typeof v !== 'string' || !cq.values.has(v)) throw invalid(q, arg(), `takes only: ${[...cq.values].join(', ')}; item ${i} is ${show(v)}.`);
        if (seen.has(v)) throw invalid(q, arg(), `lists "${v}" twice.`);
        seen.add(v);
      });
      return [...(value as string[])];
    }
    case 'date': {
      const arg = (): string => argumentOf(q);
      if (typeof value !== 'string' || _parsePlainDate(value) === undefined) _assertPlainDate(value, arg());
      if (q.notAfterToday === true && ctx.today !== undefined && value > ctx.today) {
        throw new GuidanceError('DATE_ORDER', `${arg()} (${_longDate(value)}) is after today (${_longDate(ctx.today)}). "${q.text}" asks about a date that has happened.`, { argument: arg() });
      }
      checkOrder(value, ctx, arg, q.notBefore, 'before');
      checkOrder(value, ctx, arg, q.notAfter, 'after');
      return value;
    }
  }
}

/** Where a question leads, given the facts (its own answer among them). */
export function _next(cq: _CompiledQuestion, ctx: _Context): string | undefined {
  const q = cq.node;
  const answer = ctx.answers.get(q.id);
  if (q.kind === 'single' || q.kind === 'yes-no') {
    const value = q.kind === 'yes-no' ? (answer === true ? 'yes' : 'no') : (answer as string);
    const next = cq.optionNext.get(value);
    if (next !== undefined) return next;
  }
  const routes = cq.routes;
  for (let i = 0; i < routes.length; i++) {
    const route = routes[i] as _CompiledQuestion['routes'][number];
    if (route.test(ctx)) return route.next;
  }
  return q.next;
}

/** The result of a walk: the questions answered on the path, in order, and where it stopped. */
export interface _Walk {
  ctx: _Context;
  path: QuestionNode[];
  current: QuestionNode | OutcomeNode;
}

/**
 * Walks from the start in one pass. `read` gives the raw answer for a question (undefined: not answered yet), and
 * `argumentOf` names it in errors. Every answer is checked as it is read.
 */
export function _walk(compiled: _Compiled, today: string | undefined, read: (q: QuestionNode) => unknown, argumentOf: (q: QuestionNode) => string): _Walk {
  const ctx = new _Context(compiled, today);
  const path: QuestionNode[] = [];
  let id: string | undefined = compiled.start;
  for (let guard = 0; guard <= compiled.nodeCount; guard++) {
    const outcome = id === undefined ? undefined : compiled.outcomes.get(id);
    if (outcome !== undefined) return { ctx, path, current: outcome.node };
    const cq = id === undefined ? undefined : compiled.questions.get(id);
    if (cq === undefined) break;
    const raw = read(cq.node);
    if (raw === undefined) return { ctx, path, current: cq.node };
    ctx.answers.set(cq.node.id, _checkAnswer(cq, raw, ctx, argumentOf));
    path.push(cq.node);
    id = _next(cq, ctx);
  }
  throw new GuidanceError('INVALID_FLOW', `Flow "${compiled.flow.id}" is broken (a question leads nowhere, or the flow goes round in a circle); validateFlow reports why.`, {
    argument: 'flow',
  });
}
