// A TypeDoc plugin for the API reference (loaded from typedoc.json). It changes only how the reference reads:
// - the modules are named as you import them ("send-mediation-guidance", "send-mediation-guidance/schemas"),
//   not after their file ("index", "schemas");
// - a function that declares its parameter or return type by name (`: AppealDeadline`, `readonly Faq[]`) shows that
//   name, linked to its page, instead of the type spelled out in full (TypeScript forgets the name of a type made
//   by `z.infer`);
// - every `@example` starts with the import line it needs (`import { appealDeadline } from '...'`), added from
//   the names the example uses when the doc comment does not have one. tests/doc-examples.test.ts runs the
//   examples; tests/browser/docs-content.test.ts checks the built pages.
import { ArrayType, Converter, IntrinsicType, LiteralType, ReflectionKind, ReflectionType, TypeOperatorType, UnionType } from 'typedoc';
import ts from 'typescript';

const PACKAGE = 'send-mediation-guidance';
const MODULE_NAMES = { index: PACKAGE, schemas: `${PACKAGE}/schemas` };

/**
 * The type as written in the source, when it is made only of names (`AppealDeadline`, `readonly Faq[]`,
 * `QuestionNode | OutcomeNode`, `string | null`) and TypeDoc spelled one of them out: names become links.
 */
function namedType(context, current, typeNode) {
  if (!typeNode || !spelledOut(current)) return undefined;
  return fromNode(context, typeNode);
}

/** Whether TypeDoc wrote out an object type somewhere in this type. */
function spelledOut(type) {
  if (!type) return false;
  if (type instanceof ReflectionType) return true;
  if (type.type === 'union' || type.type === 'intersection') return type.types.some(spelledOut);
  if (type.type === 'array') return spelledOut(type.elementType);
  if (type.type === 'typeOperator') return spelledOut(type.target);
  return false;
}

function fromNode(context, node) {
  if (ts.isParenthesizedTypeNode(node)) return fromNode(context, node.type);
  if (ts.isTypeReferenceNode(node)) {
    if (node.typeArguments?.length) return undefined;
    const symbol = context.checker.getSymbolAtLocation(node.typeName);
    if (!symbol) return undefined;
    const name = ts.isIdentifier(node.typeName) ? node.typeName.text : node.typeName.right.text;
    return context.createSymbolReference(context.resolveAliasedSymbol(symbol), context, name);
  }
  if (ts.isArrayTypeNode(node)) {
    const element = fromNode(context, node.elementType);
    return element && new ArrayType(element);
  }
  if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.ReadonlyKeyword) {
    const target = fromNode(context, node.type);
    return target && new TypeOperatorType(target, 'readonly');
  }
  if (ts.isUnionTypeNode(node)) {
    const types = node.types.map((type) => fromNode(context, type));
    return types.every(Boolean) ? new UnionType(types) : undefined;
  }
  if (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword) return new LiteralType(null);
  const keywords = { [ts.SyntaxKind.StringKeyword]: 'string', [ts.SyntaxKind.NumberKeyword]: 'number', [ts.SyntaxKind.BooleanKeyword]: 'boolean', [ts.SyntaxKind.UndefinedKeyword]: 'undefined' };
  if (keywords[node.kind]) return new IntrinsicType(keywords[node.kind]);
  return undefined;
}

/** The names an example uses from its module, in the order of the module's exports. */
function usedNames(code, exports) {
  const withoutText = code.replace(/\/\/.*$/gm, '').replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
  const words = new Set(withoutText.match(/[A-Za-z_$][\w$]*/g) ?? []);
  return exports.filter((entry) => words.has(entry.name));
}

function importLine(entries, from) {
  const names = entries.map((entry) => (entry.typeOnly ? `type ${entry.name}` : entry.name));
  return `import { ${names.join(', ')} } from '${from}';`;
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (_context, reflection) => {
    if (reflection.kindOf(ReflectionKind.Module) && Object.hasOwn(MODULE_NAMES, reflection.name)) {
      reflection.name = MODULE_NAMES[reflection.name];
    }
  });

  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration) => {
    if (!declaration || !('type' in declaration)) return;
    const returned = namedType(context, signature.type, declaration.type);
    if (returned) signature.type = returned;
    for (const [index, parameter] of (signature.parameters ?? []).entries()) {
      const node = declaration.parameters?.[index]?.type;
      const named = namedType(context, parameter.type, node);
      if (named) parameter.type = named;
    }
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    for (const module of project.getReflectionsByKind(ReflectionKind.Module)) {
      const from = module.name;
      const exports = (module.children ?? []).map((child) => ({
        name: child.name,
        typeOnly: child.kindOf(ReflectionKind.TypeAlias | ReflectionKind.Interface) && !(module.children ?? []).some((other) => other !== child && other.name === child.name && !other.kindOf(ReflectionKind.TypeAlias | ReflectionKind.Interface)),
      }));
      const seen = new Set();
      const unique = exports.filter((entry) => (seen.has(entry.name) ? false : (seen.add(entry.name), true)));
      const reflections = [module, ...Object.values(project.reflections).filter((r) => r !== module && r.parent && isWithin(r, module))];
      for (const reflection of reflections) {
        for (const tag of reflection.comment?.blockTags ?? []) {
          if (tag.tag !== '@example') continue;
          for (const part of tag.content) {
            if (part.kind !== 'code') continue;
            const fence = /^(```\w*\n)([\s\S]*)$/.exec(part.text);
            if (!fence) continue;
            const [, open, body] = fence;
            if (/^\s*import\s[\s\S]*?from\s+['"]send-mediation-guidance/m.test(body)) continue;
            const entries = usedNames(body, unique);
            if (entries.length === 0) continue;
            part.text = `${open}${importLine(entries, from)}\n\n${body}`;
          }
        }
      }
    }
  });
}

function isWithin(reflection, module) {
  for (let r = reflection.parent; r; r = r.parent) if (r === module) return true;
  return false;
}
