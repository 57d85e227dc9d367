// Where the bytes of `appealDeadline` alone go: bundles `export { appealDeadline } from './src/index.ts'` as
// `npm run size` bundles the built package (esbuild --bundle --minify --format=esm --platform=browser, gzip -9), and
// prints the gzipped size, the minified bytes each source module adds, and what the text costs.
//
// The text: every string and template part in the bundle that is prose (it has a space, or it is the name of a
// weekday or a month) and is at least 20 characters long is replaced by one letter, and the bundle gzipped again. The
// difference is what that text costs. Text inside a `throw` or an error's construction, or in a helper that only
// builds messages, counts as error text; the rest as explanation (steps, caveats, holiday names). `--min 0` counts
// every piece of prose, however short.
//
// Usage: npx tsx scripts/appeal-deadline-bytes.ts [--root <dir>] [--export <name>] [--min <characters>] [--list]
//   --root    another checkout, for a "before" figure: it needs src/ (with src/_generated), package.json and tsconfig.json
//   --export  another export of the root entry, bundled alone the same way (for example addWorkingDays)
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import ts from 'typescript';
import { CONSUMER_BUNDLE } from './size.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const root = resolve(arg('--root') ?? join(import.meta.dirname, '..'));
const minLength = Number(arg('--min') ?? 20);
const name = arg('--export') ?? 'appealDeadline';
const gz = (text: string | Uint8Array): number => gzipSync(text, { level: 9 }).length;

const result = await build({
  ...CONSUMER_BUNDLE,
  stdin: { contents: `export { ${name} } from './src/index.ts';`, resolveDir: root, loader: 'ts' },
});
const code = result.outputFiles[0]?.text ?? '';

interface Piece {
  start: number;
  end: number;
  text: string;
  error: boolean;
}
const ERROR_WORDING =
  /must be|is before|is after|expects|; got|not a plain date|JavaScript Date|which is not a date|characters\)|^an? (array|object|function)$|leads to|^, which$|this library supports|before then are not known|^ ends \($|^ starts \($/;
const DATE_WORD = /^(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const pieces: Piece[] = [];
const source = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
const visit = (node: ts.Node, inError: boolean): void => {
  const error = inError || ts.isThrowStatement(node) || (ts.isNewExpression(node) && (node.arguments?.length ?? 0) >= 2);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
    // The text between the quotes, backticks, `${` and `}`.
    const start = node.getStart(source) + 1;
    const end = node.getEnd() - (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) ? 2 : 1);
    const text = code.slice(start, end);
    if ((text.includes(' ') || DATE_WORD.test(text)) && text.length >= minLength) pieces.push({ start, end, text, error: error || ERROR_WORDING.test(text) });
  }
  ts.forEachChild(node, (child) => visit(child, error));
};
visit(source, false);

const without = (which: Piece[]): number => {
  let out = code;
  for (const p of [...which].sort((a, b) => b.start - a.start)) out = `${out.slice(0, p.start)}x${out.slice(p.end)}`;
  return gz(out);
};
const total = gz(code);
const noText = without(pieces);
const explanation = total - without(pieces.filter((p) => !p.error));
const errors = total - without(pieces.filter((p) => p.error));

console.log(`${name} alone, from ${root}/src: ${code.length} B minified, ${total} B gzipped\n`);
console.log('| module | minified bytes |\n|---|---|');
const output = Object.values(result.metafile.outputs)[0];
for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {}).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)) {
  if (bytesInOutput > 0) console.log(`| ${input.replace(/^.*?src\//, 'src/')} | ${bytesInOutput} |`);
}
console.log(`\ntext (${pieces.length} pieces of prose of ${minLength} characters or more), gzipped:`);
console.log(`  all of it: ${total - noText} B (the bundle without it: ${noText} B)`);
console.log(`  the explanation alone: ${explanation} B; the error messages alone: ${errors} B`);
console.log('  (each measured by taking out that text only; the two overlap a little, because gzip shares words between them)');
if (process.argv.includes('--list')) for (const p of pieces) console.log(`${p.error ? 'error      ' : 'explanation'} ${JSON.stringify(p.text)}`);
