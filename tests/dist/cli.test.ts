// The command-line tool, run as a child process from the built package: output, JSON shape, exit codes and bad
// input for each command, and the interactive flow driven through a pseudo-terminal (util-linux `script`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasScript, openTerminal } from './_terminal.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('send-mediation-guidance (not in a terminal)', () => {
  it('prints the guidance page and the help instead of waiting for input', () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^After your mediation\n/);
    expect(result.stdout).toContain('Usage: send-mediation-guidance');
    expect(result.stdout).toContain('deadline');
  });

  it('has --help for each command', () => {
    for (const command of ['deadline', 'agreement', 'next-steps', 'render', 'cite', 'la', 'page', 'faq']) {
      const result = run(command, '--help');
      expect(result.status, command).toBe(0);
      expect(result.stdout).toContain(`Usage: send-mediation-guidance ${command}`);
    }
  });

  it('exits 1 for a usage error, with a hint on stderr', () => {
    const result = run('deadline');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("required option '--decision-letter <date>' not specified");
    expect(result.stderr).toContain('--help');
  });
});

describe('deadline', () => {
  it('prints the last day with its explanation', () => {
    const result = run('deadline', '--decision-letter', '2025-10-01', '--certificate', '2025-11-29');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Last day to appeal: Friday 2 January 2026, by 5pm');
    expect(result.stdout).toContain('rule 12(3)(a)');
  });

  it('prints JSON with --json', () => {
    const data = JSON.parse(run('deadline', '--decision-letter', '2026-10-01', '--json').stdout) as { lastDay: string; time: string; steps: unknown[] };
    expect(data).toMatchObject({ lastDay: '2026-12-01', time: '17:00' });
    expect(data.steps.length).toBeGreaterThan(1);
  });

  it('exits 2 for an impossible date, saying what to type', () => {
    const result = run('deadline', '--decision-letter', '2026-02-30');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.replace(/\s+/g, ' ')).toContain('--decision-letter "2026-02-30": 30 February 2026 is not a date in the calendar: February 2026 has 28 days');
  });
});

describe('agreement', () => {
  it('prints each duty and its date, or JSON', () => {
    const text = run('agreement', '--date', '2026-11-02', '--action', 'make-plan', 'other');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^Agreement dated: Monday 2 November 2026\n/);
    expect(text.stdout.replace(/\s+/g, ' ')).toContain('Send you a draft education, health and care (EHC) plan: by Monday 7 December 2026');
    const data = JSON.parse(run('agreement', '--date', '2026-11-02', '--action', 'make-plan', '--json').stdout) as { step: string; dueDate: string }[];
    expect(data.map((d) => [d.step, d.dueDate])).toEqual([
      ['draft-plan', '2026-12-07'],
      ['final-plan', '2027-01-18'],
    ]);
  });

  it('exits 1 for an unknown action, pointing to --help', () => {
    const result = run('agreement', '--date', '2026-11-02', '--action', 'make-plans');
    expect(result.status).toBe(1);
    expect(result.stderr.replace(/\s+/g, ' ')).toContain('"make-plans" is not one of the things a council can agree');
  });
});

describe('next-steps', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smg-cli-'));
  const file = join(dir, 'situation.json');
  writeFileSync(
    file,
    JSON.stringify({ mediationDate: '2026-11-20', mediationResult: 'none-agreed', mediationSubject: ['plan-contents'], satisfied: false, decisionLetterDate: '2026-11-02', mediationCertificateDate: '2026-11-24' }),
  );

  it('prints the steps for a situation, or JSON', () => {
    const text = run('next-steps', '--situation', file, '--today', '2026-11-28');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^You can appeal to the SEND Tribunal/);
    const data = JSON.parse(run('next-steps', '--situation', file, '--today', '2026-11-28', '--json').stdout) as { outcome: { id: string } };
    expect(data.outcome.id).toBe('appeal');
  });

  it('exits 2 for a file that is not JSON, or a situation that lacks a fact', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, 'not json');
    expect(run('next-steps', '--situation', bad).status).toBe(2);
    const partial = join(dir, 'partial.json');
    writeFileSync(partial, JSON.stringify({ mediationDate: '2026-11-20', mediationResult: 'none-agreed' }));
    const result = run('next-steps', '--situation', partial, '--today', '2026-11-28');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('situation.mediationSubject is needed');
  });
});

describe('render, cite and la', () => {
  it.each([
    ['html', '<article><h1>After your mediation</h1>'],
    ['govuk', '<article class="govuk-!-margin-bottom-6"><h1 class="govuk-heading-xl">'],
    ['md', '# After your mediation'],
    ['text', 'After your mediation\n===================='],
    ['jsonld', '"@type": "FAQPage"'],
  ])('render page --format %s', (format, expected) => {
    const result = run('render', 'page', '--format', format);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(expected);
  });

  it('render faq needs an id; render of something else is refused', () => {
    expect(run('render', 'faq', 'council-not-done-what-it-agreed', '--format', 'md').stdout).toMatch(/^# My council has not done/);
    expect(run('render', 'faq').status).toBe(2);
    expect(run('render', 'letter').status).toBe(2);
    expect(run('render', 'page', '--format', 'pdf').status).toBe(1);
  });

  it('cite corrects a citation, or exits 2 when it cannot recognise one', () => {
    const result = run('cite', 'SEND Regulations 2015 reg 42');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('SEND Regulations 2014, reg. 42');
    expect(result.stdout).toContain('Corrected: Changed the year 2015 to 2014');
    const data = JSON.parse(run('cite', 's.55 CFA 2014', '--json').stdout) as { reference: { id: string }; oscola: string };
    expect(data).toMatchObject({ reference: { id: 'cfa-2014/s-55' }, oscola: 'Children and Families Act 2014, s 55' });
    expect(run('cite', 'SEND Regs 2014 reg 42(3)').stdout).toContain('(3): For anything agreed that you cannot appeal');
    const unknown = run('cite', 'rule of thumb');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Try a form such as');
  });

  it('la finds a council and its help, or suggests a name', () => {
    const result = run('la', 'kent county council');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Kent County Council\nSouth East\. ONS code E10000016\./);
    expect(JSON.parse(run('la', 'E10000016', '--json').stdout).iass.fallback).toBe(true);
    const unknown = run('la', 'Kentt');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Did you mean "Kent"');
  });

  it('uses no colour when NO_COLOR is set or output is not a terminal', () => {
    expect(run('deadline', '--decision-letter', '2026-10-01').stdout).not.toMatch(/\u001b\[/);
  });
});

describe('hostile and careless input (issue 14)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smg-cli-hostile-'));
  const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at [^\n]+:\d+:\d+/);

  it('exits 2 with a true message, and no stack trace, for a date past the supported range', () => {
    const result = run('deadline', '--decision-letter', '9999-11-15');
    expect(result.status).toBe(2);
    expect(result.stderr.replace(/\s+/g, ' ')).toContain('Type a date from 1 January 2014 to 31 December 2099, the dates this tool supports.');
    noStack(result.stderr);
  });

  it('never writes a control sequence from an argument back to the terminal', () => {
    for (const args of [['cite', '\u001b]0;pwned\u0007reg 99'], ['la', 'Kent\u001b[2J\u001bc'], ['render', '\u001b[2J'], ['\u001b[2J'], ['deadline', '--decision-letter', '\u009b2J\u202e']]) {
      const result = run(...args);
      expect(result.status, args.join(' ')).toBeGreaterThan(0);
      expect(result.stderr + result.stdout, args.join(' ')).not.toMatch(/[\u001b\u0007\u009b\u202e]/);
    }
    expect(run('cite', '\u001b]0;pwned\u0007reg 99').stderr).toContain('"\\u001b]0;pwned\\u0007reg');
  });

  it('reads at most 1 MiB from an input file: /dev/zero is refused at once', () => {
    const result = run('next-steps', '--situation', '/dev/zero');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is larger than 1048576 bytes');
  });

  it('never echoes a file it cannot use, even through a link to a system file', () => {
    const link = join(dir, 'situation.json');
    symlinkSync('/etc/passwd', link);
    const result = run('next-steps', '--situation', link);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is not valid JSON');
    expect(result.stderr).not.toContain('root');
    const secret = join(dir, 'secret.json');
    writeFileSync(secret, '{"password": "hunter2", ');
    expect(run('next-steps', '--situation', secret).stderr).not.toContain('hunter2');
    const missing = run('next-steps', '--situation', join(dir, 'nope.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('(ENOENT)');
    expect(run('next-steps', '--situation', dir).stderr).toContain('is a folder');
  });

  it('uses colour only for a terminal: not in piped output, even when CI or FORCE_COLOR is set', () => {
    const piped = spawnSync(process.execPath, [cli, 'deadline', '--decision-letter', '2026-10-01'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '', CI: 'true', FORCE_COLOR: '1' } });
    expect(piped.status).toBe(0);
    expect(piped.stdout).not.toMatch(/\u001b\[/);
  });

  it.runIf(existsSync('/dev/full'))('says plainly when the output cannot be written (ENOSPC), with exit 3 and no stack trace', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" deadline --decision-letter 2026-10-01 > /dev/full`], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('could not write the output (ENOSPC');
    noStack(result.stderr);
  });

  it('stops quietly when the reader stops early (EPIPE)', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" page | head -c 10 >/dev/null; echo "exit \${PIPESTATUS:-0}"`], { encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/EPIPE|Error/);
  });
});

// The interactive flow, in a pseudo-terminal.
function terminal(args: string) {
  const t = openTerminal(cli, args, { columns: 100, env: { COLUMNS: '100', LINES: '40' } });
  return { waitFor: t.waitFor, type: t.type, done: t.closed, screen: t.screen };
}

describe.runIf(hasScript)('the interactive flow in a terminal', () => {
  const DOWN = '\u001b[B';
  it('walks to an outcome, refusing an impossible date with a clear message', async () => {
    const t = terminal('--today 2026-11-28 --width 80');
    await t.waitFor('What kind of meeting did you have?');
    await t.type('\r'); // Mediation
    await t.waitFor('When was the meeting?');
    await t.type('2026-11-27\r');
    await t.waitFor('How did the meeting end?');
    await t.type(`${DOWN}${DOWN}\r`); // We did not agree anything
    await t.waitFor('What was the meeting about?');
    await t.type(`${DOWN}${DOWN} \r`); // What the EHC plan says
    await t.waitFor('Are you happy with the outcome?');
    await t.type(`${DOWN}\r`); // No
    await t.waitFor('When did the council send the letter');
    await t.type('2026-02-30\r');
    await t.waitFor('30 February 2026 is not a date in the calendar');
    // Past the supported range: a message, not a crash (issue 14).
    await t.type('\u007f'.repeat(12) + '9999-11-15\r');
    await t.waitFor('Type a date from 1 January 2014 to 31 December 2099');
    await t.type('\u007f'.repeat(12) + '2026-09-01\r');
    await t.waitFor('Have you got your mediation certificate?');
    await t.type(`${DOWN}\r`); // No, not yet
    await t.waitFor('Here is what to do next.');
    expect(await t.done).toBe(0);
    const screen = t.screen().replace(/\s+/g, ' ');
    // The 2-month date (1 November) has passed, but the certificate is still to come: not late.
    expect(screen).toContain('Get your mediation certificate, then appeal');
    expect(screen).toContain('Monday 4 January 2027');
    expect(screen).not.toContain('The time limit for appealing has passed');
  }, 30_000);
});
