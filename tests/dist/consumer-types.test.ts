// The packed package as a TypeScript project sees it: tests/consumer/consumer.ts is type-checked against the
// tarball under every module setting people use (node10/commonjs, node16 from CommonJS and from ESM, bundler), with
// the current TypeScript and with the lowest supported one, and skipLibCheck off so that the package's own
// declarations (and zod's, which they import) are checked too. The older compilers are installed from
// tests/consumer/package-lock.json into the temporary project (npm ci, from the cache when it can), never into the
// root, where their `tsc` would replace the project's own. Run after `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const source = join(root, 'tests', 'consumer');
let dir: string;
let tarball: string;

/**
 * The TypeScript versions checked: the one the project builds with, and the lowest supported with skipLibCheck off
 * (see the README). Below 5.5, zod's declarations use `NoInfer` (TypeScript 5.4), so 5.0 is checked with
 * skipLibCheck on, as the README says.
 */
const COMPILERS = { current: 'typescript', lowest: 'typescript-5.5' } as const;
const SETTINGS = ['node10', 'node16-cjs', 'node16-esm', 'bundler'] as const;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'smg-consumer-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8' })) as { filename: string }[];
  tarball = packed[0]?.filename as string;
  for (const file of readdirSync(source)) copyFileSync(join(source, file), join(dir, file));
  copyFileSync(join(source, 'consumer.ts'), join(dir, 'consumer.cts'));
  copyFileSync(join(source, 'consumer.ts'), join(dir, 'consumer.mts'));
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' });
  // The package itself, as npm would install it (npm ci above clears node_modules).
  mkdirSync(join(dir, 'node_modules', 'send-mediation-guidance'), { recursive: true });
  execFileSync('tar', ['-xzf', join(dir, tarball), '-C', join(dir, 'node_modules', 'send-mediation-guidance'), '--strip-components=1']);
  // zod is the package's one dependency whose types its declarations import; linked from the root's install.
  symlinkSync(join(root, 'node_modules', 'zod'), join(dir, 'node_modules', 'zod'), 'dir');
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function tsc(compiler: string, setting: string, ...flags: string[]): { status: number | null; output: string } {
  const bin = join(compiler === 'typescript' ? root : dir, 'node_modules', compiler, 'bin', 'tsc');
  const run = spawnSync(process.execPath, [bin, '-p', `tsconfig.${setting}.json`, ...flags], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the packed package type-checks in a consumer project', () => {
  for (const [label, compiler] of Object.entries(COMPILERS)) {
    for (const setting of SETTINGS) {
      it(`${setting} with ${label} TypeScript (${compiler})`, () => {
        const { status, output } = tsc(compiler, setting);
        expect(output).toBe('');
        expect(status).toBe(0);
      });
    }
  }

  it('node16-esm with TypeScript 5.0 and skipLibCheck', () => {
    const { status, output } = tsc('typescript-5.0', 'node16-esm', '--skipLibCheck');
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('fails when a type is wrong, so the checks above can fail', () => {
    copyFileSync(join(source, 'consumer.ts'), join(dir, 'broken.ts'));
    execFileSync('sed', ['-i', 's/^\\/\\/ @ts-expect-error lastDay.*$//', join(dir, 'broken.ts')]);
    execFileSync('sed', ['-i', 's/"consumer.ts"/"broken.ts"/', join(dir, 'tsconfig.bundler.json')]);
    const { status, output } = tsc('typescript', 'bundler', '--skipLibCheck');
    execFileSync('sed', ['-i', 's/"broken.ts"/"consumer.ts"/', join(dir, 'tsconfig.bundler.json')]);
    expect(status).not.toBe(0);
    expect(output).toContain("Type 'string' is not assignable to type 'number'");
  });
});
