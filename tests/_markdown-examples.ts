// Runs the code in a Markdown page (README.md, docs/getting-started.md) as a reader would copy it:
// - every ```ts or ```js block must start with an import from 'send-mediation-guidance', and import only real exports;
// - the block runs against the source (src/index.ts, src/schemas/index.ts) with only what it imports in scope;
// - a line `expression //=> value` asserts that the expression deep-equals the value;
// - a ```text block right after it (with at most one line of prose between, such as "It prints:") is exactly what
//   the block prints with console.log.
// Shell blocks are checked elsewhere (their commands must exist).
import { format } from 'node:util';
import { transformSync } from 'esbuild';
import * as root from '../src/index.js';
import * as schemas from '../src/schemas/index.js';

export interface Block {
  lang: string;
  code: string;
  /** The line of the opening fence, 1-based. */
  line: number;
  /** What the page says the block prints. */
  output?: string;
}

const FENCE = /^```(\w*)[^\n]*\n([\s\S]*?)^```[ \t]*$/gm;

/** Every fenced block, with the `text` block that follows a code block attached as its output. */
export function codeBlocks(markdown: string): Block[] {
  const found = [...markdown.matchAll(FENCE)].map((match) => ({
    lang: match[1] ?? '',
    code: match[2] ?? '',
    line: markdown.slice(0, match.index).split('\n').length,
    start: match.index,
    end: match.index + match[0].length,
  }));
  const blocks: Block[] = [];
  for (let index = 0; index < found.length; index++) {
    const { lang, code, line, end } = found[index] as (typeof found)[number];
    const next = found[index + 1];
    const prose = next ? markdown.slice(end, next.start).split('\n').filter((l) => l.trim() !== '').length : 0;
    if (next?.lang === 'text' && (lang === 'ts' || lang === 'js') && prose <= 1) {
      blocks.push({ lang, code, line, output: next.code });
      index++;
    } else {
      blocks.push({ lang, code, line });
    }
  }
  return blocks;
}

const MODULES: Record<string, Record<string, unknown>> = {
  'send-mediation-guidance': root,
  'send-mediation-guidance/schemas': schemas,
};
const IMPORT = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';?\s*$/gm;

/** The names a block imports (values only), checked against the package's exports. Throws for a missing import. */
export function importsOf(code: string): Record<string, unknown> {
  const scope: Record<string, unknown> = {};
  const imports = [...code.matchAll(IMPORT)];
  if (imports.length === 0 || !code.trimStart().startsWith('import')) throw new Error('the block does not start with an import from send-mediation-guidance');
  for (const [, typeOnly, names, from] of imports) {
    const module = MODULES[from as string];
    if (!module) throw new Error(`imports from "${from}", which is not this package`);
    if (typeOnly) continue;
    for (const raw of (names as string).split(',').map((name) => name.trim()).filter(Boolean)) {
      if (raw.startsWith('type ')) continue;
      const name = raw.split(/\s+as\s+/)[0] as string;
      if (!(name in module)) throw new Error(`imports ${name} from "${from}", which does not export it`);
      scope[raw.split(/\s+as\s+/)[1] ?? name] = module[name];
    }
  }
  return scope;
}

/** Turns `expression //=> value` lines into assertions. */
function withAssertions(code: string): { program: string; assertions: number } {
  const out: string[] = [];
  let buffer: string[] = [];
  let assertions = 0;
  for (const line of code.replace(IMPORT, '').split('\n')) {
    const marker = line.indexOf('//=>');
    if (marker >= 0) {
      // `//=>` on a line of its own asserts on the statement just before it.
      if (line.slice(0, marker).trim() === '' && buffer.length === 0) buffer = [out.pop() ?? ''];
      const expression = [...buffer, line.slice(0, marker)].join('\n').trim().replace(/;$/, '');
      out.push(`__assert((${expression}), (${line.slice(marker + 4).trim()}), ${JSON.stringify(expression.split('\n').pop())});`);
      buffer = [];
      assertions++;
    } else if (/[;{}]\s*(\/\/.*)?$/.test(line) || line.trim() === '' || line.trim().startsWith('//')) {
      out.push(...buffer, line);
      buffer = [];
    } else {
      buffer.push(line);
    }
  }
  out.push(...buffer);
  return { program: out.join('\n'), assertions };
}

export interface RunResult {
  /** What the block printed, line by line. */
  printed: string;
  /** How many `//=>` assertions it made. */
  assertions: number;
}

/** Runs a block. `assert(actual, expected, where)` is called for each `//=>` line. */
export async function runBlock(block: Block, assert: (actual: unknown, expected: unknown, where: string) => void): Promise<RunResult> {
  const scope = importsOf(block.code);
  const { program, assertions } = withAssertions(block.code);
  const code = transformSync(program, { loader: 'ts', format: 'esm' }).code;
  const printed: string[] = [];
  const fakeConsole = { log: (...args: unknown[]) => printed.push(format(...args)), error: (...args: unknown[]) => printed.push(format(...args)) };
  const names = Object.keys(scope);
  const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
  await new AsyncFunction('__assert', 'console', ...names, `"use strict";\n${code}`)(assert, fakeConsole, ...names.map((name) => scope[name]));
  return { printed: printed.join('\n'), assertions };
}
