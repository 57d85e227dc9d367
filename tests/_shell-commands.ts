// Checks that a shell command shown in the docs exists: npm scripts in package.json, the package's own commands
// (its `bin` and the CLI's subcommands), files and folders in the repository.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  bin: Record<string, string>;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const cliSource = readFileSync(join(root, 'src', 'cli.ts'), 'utf8');
/** The CLI's subcommands, as commander declares them. */
export const CLI_COMMANDS = new Set([...cliSource.matchAll(/\.command\('([\w-]+)/g)].map((match) => match[1] as string));
const BUILT_IN = new Set(['install', 'ci', 'test', 'start', 'pack']);

/** What is wrong with a command, or [] when it exists. */
export function checkCommand(command: string): string[] {
  const words = command.split(/\s+/);
  const [tool, first, ...rest] = words;
  const problems: string[] = [];
  if (tool === 'npm') {
    if (first === 'run') {
      if (!rest[0] || !Object.hasOwn(pkg.scripts, rest[0])) problems.push(`no npm script "${rest[0]}" in package.json`);
    } else if (first === 'test' || first === 'start') {
      if (!Object.hasOwn(pkg.scripts, first)) problems.push(`no npm script "${first}" in package.json`);
    } else if (first === 'install' || first === 'i') {
      for (const name of rest.filter((word) => !word.startsWith('-'))) {
        const bare = name.replace(/(?<=.)@.*$/, '');
        if (bare !== pkg.name && !Object.hasOwn(pkg.dependencies, bare) && !Object.hasOwn(pkg.devDependencies, bare)) problems.push(`"${bare}" is neither this package nor one it uses`);
      }
    } else if (!BUILT_IN.has(first ?? '')) {
      problems.push(`npm ${first} is not a command the docs should need`);
    }
  } else if (tool === 'npx' && first === pkg.name) {
    problems.push(...checkCli(rest));
  } else if (tool === pkg.name) {
    problems.push(...checkCli([first ?? '', ...rest].filter(Boolean)));
  } else if (tool === 'npx' && first === 'tsx') {
    if (!rest[0] || !existsSync(join(root, rest[0]))) problems.push(`no file ${rest[0]}`);
  } else if (tool === 'cd') {
    if (!first || !existsSync(join(root, first))) problems.push(`no folder ${first}`);
  } else {
    problems.push(`unknown command "${command}"`);
  }
  return problems;
}

function checkCli(args: string[]): string[] {
  if (!Object.hasOwn(pkg.bin, pkg.name)) return [`package.json has no bin "${pkg.name}"`];
  const command = args.find((arg) => !arg.startsWith('-'));
  if (command !== undefined && !CLI_COMMANDS.has(command)) return [`the CLI has no command "${command}" (it has ${[...CLI_COMMANDS].join(', ')})`];
  return [];
}
