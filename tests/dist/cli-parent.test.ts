// The command-line tool as a parent uses it (issue 17, point 4), run from the built package: dates typed the ways
// people write them and confirmed in words, lines that fit the terminal, council names as people spell them, and the
// words the interactive mode shows accepted by `agreement --action`. Each is checked through a child process and,
// where the terminal matters, through a pseudo-terminal (util-linux `script`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasScript, openTerminal, strip } from './_terminal.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const flat = (text: string) => text.replace(/\s+/g, ' ');
const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

/** Runs a command in a pseudo-terminal of the given width and returns what the screen showed. */
function inTerminal(columns: number, ...args: string[]): { status: number | null; screen: string } {
  const command = `stty cols ${columns} rows 50; ${process.execPath} ${cli} ${args.map(quote).join(' ')}`;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, TERM: 'xterm', NO_COLOR: '1' } });
  return { status: result.status, screen: strip(result.stdout) };
}

/** Lines longer than the width, except a web address on a line of its own (after a list marker at most). */
function overlong(text: string, width: number): string[] {
  return text.split('\n').filter((line) => line.length > width && !/^[\s\-\d.[\]]*https?:\/\/\S+$/.test(line));
}

// The same date, written each way the tool accepts.
const FIRST_OCTOBER = ['2026-10-01', '1/10/2026', '01/10/2026', '1 October 2026', '1 Oct 2026', 'Thursday 1 October 2026', '1st october 2026'];

describe('dates a parent types', () => {
  it.each(FIRST_OCTOBER)('deadline --decision-letter "%s" is read as Thursday 1 October 2026 and gives the right last day', (typed) => {
    const result = run('deadline', '--decision-letter', typed);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Decision letter sent: Thursday 1 October 2026\n/);
    expect(flat(result.stdout)).toContain('Last day to appeal: Tuesday 1 December 2026, by 5pm.');
    expect(flat(result.stdout)).toContain('Send your appeal to the SEND Tribunal. GOV.UK explains how: https://www.gov.uk/appeal-ehc-plan-decision');
  });

  it('reads "today" and "yesterday" from --today, and confirms them in words', () => {
    expect(run('--today', '2/10/2026', 'deadline', '--decision-letter', 'yesterday').stdout).toMatch(/^Decision letter sent: Thursday 1 October 2026\n/);
    const today = run('--today', '1 October 2026', 'agreement', '--date', 'today', '--action', 'stop');
    expect(today.stdout).toMatch(/^Agreement dated: Thursday 1 October 2026\n/);
    expect(flat(today.stdout)).toContain('Stop the education, health and care (EHC) plan: straight away');
  });

  it('confirms the certificate date too, and moves the last day for it', () => {
    const result = run('deadline', '--decision-letter', '1/10/2025', '--certificate', '29 Nov 2025');
    expect(result.stdout).toContain('Mediation certificate dated: Saturday 29 November 2025');
    expect(flat(result.stdout)).not.toContain('add the date on your mediation certificate');
    expect(flat(run('deadline', '--decision-letter', '1/10/2025').stdout)).toContain('If you went to mediation, add the date on your mediation certificate with --certificate');
    expect(flat(result.stdout)).toContain('Last day to appeal: Friday 2 January 2026, by 5pm.');
  });

  it.each([
    ['2026-02-30', '30 February 2026 is not a date in the calendar: February 2026 has 28 days'],
    ['13/13/2026', 'There is no month 13.'],
    ['10/13/2026', 'Put the day first, then the month: 13/10/2026'],
    ['1/10/26', 'Write the year in full'],
    ['October 1 2026', 'Put the day before the month'],
    ['Friday 1 October 2026', '1 October 2026 is a Thursday, not a Friday'],
    ['next Tuesday', 'Type the date like this'],
  ])('refuses "%s" with exit 2, printing no date and naming the forms that work', (typed, message) => {
    const result = run('deadline', '--decision-letter', typed);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(flat(result.stderr)).toContain(message);
    if (!/calendar|Thursday/.test(message)) expect(flat(result.stderr)).toContain('1 October 2026, 1 Oct 2026, 1/10/2026, 2026-10-01, today or yesterday');
  });

  it('explains dates that are real but out of order, in words and with the option to change', () => {
    const result = run('deadline', '--decision-letter', '1/10/2026', '--certificate', '1/9/2026');
    expect(result.status).toBe(2);
    expect(flat(result.stderr)).toContain('The date of the mediation certificate (--certificate), Tuesday 1 September 2026, is before the date of the decision letter (--decision-letter), Thursday 1 October 2026. A mediation certificate is issued after the decision');
    expect(result.stderr).not.toMatch(/[a-z][A-Z]\w*Date\b/); // no argument names such as mediationCertificateDate
  });

  it('refuses a bad --today the same way', () => {
    const result = run('--today', '31/11/2026', 'deadline', '--decision-letter', 'today');
    expect(result.status).toBe(2);
    expect(flat(result.stderr)).toContain('--today "31/11/2026": 31 November 2026 is not a date in the calendar');
  });

  it.runIf(hasScript).each(FIRST_OCTOBER)('in a terminal, "%s" is read the same', (typed) => {
    const result = inTerminal(80, 'deadline', '--decision-letter', typed);
    expect(result.status).toBe(0);
    expect(result.screen).toContain('Decision letter sent: Thursday 1 October 2026');
    expect(flat(result.screen)).toContain('Last day to appeal: Tuesday 1 December 2026, by 5pm.');
  });
});

describe('every command fits the width', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smg-cli-width-'));
  const situation = join(dir, 'situation.json');
  writeFileSync(situation, JSON.stringify({ mediationDate: '2026-11-20', mediationResult: 'none-agreed', mediationSubject: ['plan-contents'], satisfied: false, decisionLetterDate: '2026-11-02', mediationCertificateDate: '2026-11-24' }));
  const commands: string[][] = [
    [],
    ['--help'],
    ['page'],
    ['faq'],
    ['faq', 'council-not-done-what-it-agreed'],
    ['deadline', '--decision-letter', '1/10/2026', '--certificate', '29/11/2026'],
    ['deadline', '--decision-letter', '1/10/2020'],
    ['deadline', '--help'],
    ['agreement', '--date', '2/11/2026', '--action', 'stop', 'other', 'nhs-tells-council', 'assess'],
    ['agreement', '--help'],
    ['la', 'Kent'],
    ['la', 'Cumbria'],
    ['la', 'Surrey'],
    ['la', 'Newcastle-under-Lyme'],
    ['cite', 'SEND Regs 2014 reg 42(3)'],
    ['render', 'page'],
    ['next-steps', '--situation', situation, '--today', '2026-11-28'],
  ];

  for (const width of [60, 100]) {
    it.each(commands.map((args) => [args.join(' ') || '(no command)', args] as const))(`at --width ${width}: %s`, (_name, args) => {
      const result = run(...args, '--width', String(width));
      expect(result.status).toBe(0);
      expect(result.stdout.length).toBeGreaterThan(50);
      expect(overlong(result.stdout, width)).toEqual([]);
    });

    it.runIf(hasScript)(`in a terminal ${width} columns wide, with no --width`, () => {
      for (const args of commands.slice(2)) {
        const result = inTerminal(width, ...args);
        expect(result.status, args.join(' ')).toBe(0);
        expect(overlong(result.screen, width), args.join(' ')).toEqual([]);
      }
    }, 60_000);
  }

  it('keeps a web address whole, on its own line, when it is longer than the width', () => {
    const result = run('cite', 'SEND Regs 2014 reg 42', '--width', '40');
    expect(result.stdout).toContain('\nhttps://www.legislation.gov.uk/uksi/2014/1530/regulation/42\n');
  });

  it.runIf(hasScript)('uses at most 100 columns in a wider terminal, for readable lines', () => {
    const result = inTerminal(160, 'deadline', '--decision-letter', '1/10/2026');
    expect(overlong(result.screen, 100)).toEqual([]);
    expect(Math.max(...result.screen.split('\n').map((line) => line.length))).toBeGreaterThan(80);
  });
});

describe('la: finding your council', () => {
  it('tells a parent in Kent where to get free advice, with links, in words about what to do', () => {
    const result = run('la', 'Kent');
    expect(result.status).toBe(0);
    const text = flat(result.stdout);
    expect(text).toContain('Council website: http://www.kent.gov.uk/');
    expect(text).toContain("To find the one for Kent, search the council's website for \"SENDIASS\"");
    expect(text).toContain('IPSEA (Independent Provider of Special Education Advice): https://www.ipsea.org.uk');
    expect(text).not.toMatch(/was supplied|fallback/i);
  });

  it('names both councils that took over from Cumbria, with their websites', () => {
    const result = run('la', 'Cumbria');
    expect(result.status).toBe(0);
    const text = flat(result.stdout);
    expect(text).toContain('Cumbria County Council no longer exists. Since 1 April 2023');
    expect(text).toContain('Cumberland Council: https://www.cumberland.gov.uk/');
    expect(text).toContain('Westmorland and Furness Council: https://www.westmorlandandfurness.gov.uk/');
    expect(text).toContain('send-mediation-guidance la "Cumberland"');
  });

  it.each([
    ['Harrogate', 'Harrogate Borough Council no longer exists. Since 1 April 2023, North Yorkshire Council has dealt with special educational needs there.'],
    ['Northamptonshire', 'North Northamptonshire Council: https://www.northnorthants.gov.uk/'],
    ['E10000027', 'Somerset County Council no longer exists. Since 1 April 2023, Somerset Council'],
    ['Poole', 'Since 1 April 2019, Bournemouth, Christchurch and Poole Council'],
  ])('%s: the council that took over', (query, expected) => {
    expect(flat(run('la', query).stdout)).toContain(expected);
  });

  it('sends a parent who names a district council to the county council, and shows its advice', () => {
    const result = run('la', 'Sevenoaks');
    expect(result.status).toBe(0);
    expect(flat(result.stdout)).toMatch(/^Sevenoaks District Council does not deal with special educational needs\. Kent County Council does, for everyone in Sevenoaks\. Kent County Council /);
    expect(flat(result.stdout)).toContain('Council website: http://www.kent.gov.uk/');
  });

  it.each([
    ['Saint Helens', 'St Helens Council'],
    ['St. Helens', 'St Helens Council'],
    ['Telford and Wrekin', 'Telford & Wrekin Council'],
    ['Brighton & Hove', 'Brighton and Hove City Council'],
  ])('finds "%s" as %s', (query, name) => {
    const result = run('la', query);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(name);
  });

  it.each([
    ['Manchster', 'Manchester'],
    ['Knet', 'Kent'],
    ['Westmoreland', 'Westmorland and Furness'],
  ])('suggests a close spelling for "%s", with exit 2', (query, suggestion) => {
    const result = run('la', query);
    expect(result.status).toBe(2);
    expect(flat(result.stderr)).toContain(`Did you mean "${suggestion}"`);
  });

  it('wraps a message on stderr to the terminal, and leaves it on one line for a program or a log', () => {
    expect(run('la', 'Knet').stderr.trimEnd().split('\n')).toHaveLength(1);
    if (hasScript) {
      const screen = inTerminal(60, 'la', 'Knet').screen;
      expect(flat(screen)).toContain('Did you mean "Kent"?');
      expect(overlong(screen, 60)).toEqual([]);
      expect(screen.trimEnd().split('\n').length).toBeGreaterThan(2);
    }
  });

  it('says what to type when nothing is close', () => {
    const result = run('la', 'Atlantis');
    expect(result.status).toBe(2);
    expect(flat(result.stderr)).not.toContain('Did you mean');
    expect(flat(result.stderr)).toContain('Type the name of your county, city or borough council');
  });
});

describe('agreement --action', () => {
  it('accepts the words the interactive mode shows, and short forms, in any capitals', () => {
    const label = run('agreement', '--date', '2/11/2026', '--action', 'Issue an EHC plan', '--json');
    const short = run('agreement', '--date', '2/11/2026', '--action', 'ISSUE-PLAN', '--json');
    const code = run('agreement', '--date', '2/11/2026', '--action', 'make-plan', '--json');
    expect(label.status).toBe(0);
    expect(label.stdout).toBe(code.stdout);
    expect(short.stdout).toBe(code.stdout);
    expect(flat(run('agreement', '--date', '2/11/2026', '--action', 'issue an ehc plan').stdout)).toContain('Send you a draft education, health and care (EHC) plan: by Monday 7 December 2026');
  });

  it('lists the choices in --help', () => {
    const help = run('agreement', '--help').stdout;
    expect(help).toContain('issue-plan        Issue an EHC plan');
    expect(help).toContain('stop-plan         Stop the EHC plan');
    expect(help).toContain('Dates can be typed as 1 October 2026');
  });

  it('tells the parent what to do if the council is late', () => {
    expect(flat(run('agreement', '--date', '2/11/2026', '--action', 'other').stdout)).toContain('If the council does not do what it agreed by then, write to it and ask when it will.');
  });
});

// The interactive mode: each date form at the first date question, confirmed in words; no placeholder.
function interactive(columns: number, args: string) {
  return openTerminal(cli, args, { columns });
}

describe.runIf(hasScript)('the interactive mode in a terminal', () => {
  it.each([
    ['27/11/2026', 'That is Friday 27 November 2026.'],
    ['27 Nov 2026', 'That is Friday 27 November 2026.'],
    ['2026-11-27', 'That is Friday 27 November 2026.'],
    ['yesterday', 'That is Friday 27 November 2026.'],
    ['today', 'That is Saturday 28 November 2026.'],
  ])('reads "%s" and says the date back in words', async (typed, confirmation) => {
    const t = interactive(80, '--today 2026-11-28');
    await t.waitFor('What kind of meeting did you have?');
    await t.type('\r');
    await t.waitFor('When was the meeting?');
    await t.type(`${typed}\r`);
    await t.waitFor(confirmation);
    await t.waitFor('How did the meeting end?');
    await t.stop();
  }, 20_000);

  it('refuses a meeting date after today in words about the dates, not the program', async () => {
    const t = interactive(80, '--today 2026-11-28');
    await t.waitFor('What kind of meeting did you have?');
    await t.type('\r');
    await t.waitFor('When was the meeting?');
    await t.type('1/12/2026\r');
    await t.waitFor('asks about a date that has happened.');
    expect(flat(t.screen())).toContain('Tuesday 1 December 2026 is after today (Saturday 28 November 2026).');
    expect(t.screen()).not.toMatch(/\bvalue \(/);
    await t.stop();
  }, 20_000);

  it('shows the forms as a hint, not a date that looks like a default, and refuses Enter on its own', async () => {
    const t = interactive(60, '--today 2026-11-28');
    await t.waitFor('What kind of meeting did you have?');
    await t.type('\r');
    await t.waitFor('When was the meeting?');
    await t.waitFor('today or yesterday.');
    expect(t.screen()).not.toContain('2026-11-28');
    expect(t.screen()).not.toContain('28/11/2026');
    await t.type('\r');
    await t.waitFor('Type a date.');
    await t.type('1/10/26\r');
    await t.waitFor('Write the year in full');
    await t.stop();
  }, 20_000);
});
