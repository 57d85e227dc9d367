// The command-line tool: `send-mediation-guidance` (or `npm start` in a clone of the repository).
// Exit codes: 0 ok, 1 usage error, 2 invalid input, 3 output could not be written or an unexpected error. Errors go
// to stderr and say what to type instead; no stack trace is printed for bad input, and nothing an argument or a file
// contains can send control sequences to the terminal (see src/_cli/terminal.ts).
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { getFaq } from './content/getFaq.js';
import { getGuidancePage } from './content/getGuidancePage.js';
import { listFaqs } from './content/listFaqs.js';
import { listGuidancePages } from './content/listGuidancePages.js';
import { appealDeadline } from './deadlines/appealDeadline.js';
import { mediationAgreementDeadlines } from './deadlines/mediationAgreementDeadlines.js';
import { findLocalIass } from './directory/findLocalIass.js';
import { findOrganisations } from './directory/findOrganisations.js';
import { getLocalAuthority } from './directory/getLocalAuthority.js';
import { isGuidanceError } from './errors.js';
import { nextSteps, type Situation } from './faq/nextSteps.js';
import { formatCitation } from './legislation/formatCitation.js';
import { getLegislation } from './legislation/getLegislation.js';
import { parseCitation } from './legislation/parseCitation.js';
import { renderHtml } from './render/renderHtml.js';
import { renderMarkdown } from './render/renderMarkdown.js';
import { renderText } from './render/renderText.js';
import { toJsonLd } from './render/toJsonLd.js';
import { _longDate } from './_lib/plainDate.js';
import { _interactive } from './_cli/interactive.js';
import { _colours, _InputFileError, _parseJsonFile, _readInputFile, _terminalSafe } from './_cli/terminal.js';
import { _excerpt } from './_lib/limits.js';
import type { AgreementAction } from './schemas/deadline.js';
import type { FaqId, GuidancePageId } from './_generated/ids.js';

const EXIT_USAGE = 1;
const EXIT_INVALID = 2;
const EXIT_OUTPUT = 3;
const pc = _colours(process.stdout);
const pcErr = _colours(process.stderr);
const ACTIONS = ['cease-plan', 'assess', 'make-plan', 'reconsider', 'amend-plan', 'name-school', 'continue-plan', 'continue-and-amend-plan', 'other', 'notify-local-authority'];

class _InvalidInput extends Error {}

function out(text: string): void {
  const safe = _terminalSafe(text);
  process.stdout.write(safe.endsWith('\n') ? safe : `${safe}\n`);
}

function err(text: string): void {
  process.stderr.write(_terminalSafe(text));
}

function json(value: unknown): void {
  // \u escapes keep the JSON valid and the terminal safe.
  out(JSON.stringify(value, null, 2));
}

function width(option: number | undefined): number {
  if (option !== undefined) return option;
  const columns = process.stdout.columns;
  return typeof columns === 'number' && columns >= 20 ? Math.min(columns, 100) : 80;
}

function widthOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 20 || n > 400) throw new InvalidArgumentError('Type a whole number from 20 to 400, for example --width 72.');
  return n;
}

/** Today in England, for commands that compare dates with today (the library itself never reads the clock). */
function todayInEngland(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function bold(text: string): string {
  return pc.bold(text);
}

/** Output that cannot be written: a reader that stopped early (EPIPE) is fine; a full disk (ENOSPC) is said plainly. */
function outputFailed(error: NodeJS.ErrnoException): never {
  if (error.code === 'EPIPE') process.exit(0);
  try {
    process.stderr.write(`send-mediation-guidance: could not write the output (${error.code ?? 'error'}${error.code === 'ENOSPC' ? ': no space left on the device' : ''}).\n`);
  } catch {
    // stderr is gone too: the exit code says it.
  }
  process.exit(EXIT_OUTPUT);
}
process.stdout.on('error', outputFailed);
process.stderr.on('error', () => process.exit(EXIT_OUTPUT));

const program = new Command();
program
  .name('send-mediation-guidance')
  .description('What parents and young people in England need after a SEND mediation meeting.\nWith no command in a terminal, asks a few questions and tells you what to do next.')
  .option('-w, --width <columns>', 'wrap text at this many columns', widthOption)
  .option('--today <date>', 'today\'s date (YYYY-MM-DD), for deadlines; default: today in England')
  .exitOverride()
  .showHelpAfterError('(Type send-mediation-guidance --help to see the commands and what they need.)')
  .configureOutput({ writeOut: (text) => out(text), writeErr: (text) => err(text), outputError: (text, write) => write(pcErr.red(text)) })
  .action(async (options: { width?: number; today?: string }) => {
    if (process.stdin.isTTY && process.stdout.isTTY) {
      process.exitCode = await _interactive(options.today ?? todayInEngland(), width(options.width));
      return;
    }
    out(renderText(getGuidancePage('after-mediation'), { width: width(options.width) }));
    out(program.helpInformation());
  });

program
  .command('page')
  .description('print a guidance page as text')
  .argument('[id]', `the page id (${listGuidancePages().map((page) => page.id).join(', ')})`, 'after-mediation')
  .option('-w, --width <columns>', 'wrap text at this many columns', widthOption)
  .action((id: string, options: { width?: number }) => out(renderText(getGuidancePage(id as GuidancePageId), { width: width(options.width) })));

program
  .command('faq')
  .description('print a question and its answer as text; without an id, list the questions')
  .argument('[id]', 'the FAQ id')
  .option('-w, --width <columns>', 'wrap text at this many columns', widthOption)
  .action((id: string | undefined, options: { width?: number }) => {
    if (id === undefined) {
      for (const faq of listFaqs()) out(`${faq.id}\n  ${faq.question}`);
      return;
    }
    out(renderText(getFaq(id as FaqId), { width: width(options.width) }));
  });

program
  .command('deadline')
  .description('the last day for an appeal to reach the SEND Tribunal, with the rules applied')
  .requiredOption('--decision-letter <date>', 'when the council sent its decision (YYYY-MM-DD)')
  .option('--certificate <date>', 'the date of your mediation certificate (YYYY-MM-DD)')
  .option('--json', 'print JSON')
  .addHelpText('after', '\nExample:\n  send-mediation-guidance deadline --decision-letter 2026-10-01 --certificate 2026-11-29')
  .action((options: { decisionLetter: string; certificate?: string; json?: boolean }) => {
    const result = appealDeadline({ decisionLetterDate: options.decisionLetter, ...(options.certificate === undefined ? {} : { mediationCertificateDate: options.certificate }) });
    if (options.json) return json(result);
    out(`${bold('Last day to appeal:')} ${_longDate(result.lastDay)}, by 5pm (the appeal must reach the tribunal)\n`);
    out(bold('How it was worked out:'));
    result.steps.forEach((step, i) => out(`${i + 1}. ${step.rule}: ${step.description}`));
    out(`\n${bold('Please note:')}`);
    for (const caveat of result.caveats) out(`- ${caveat}`);
  });

program
  .command('agreement')
  .description('what the council must do after a mediation agreement, and by when')
  .requiredOption('--date <date>', 'the date of the written mediation agreement (YYYY-MM-DD)')
  .addOption(new Option('--action <actions...>', 'what was agreed (one or more)').choices(ACTIONS).makeOptionMandatory())
  .option('--json', 'print JSON')
  .addHelpText('after', '\nExample:\n  send-mediation-guidance agreement --date 2026-11-02 --action make-plan other')
  .action((options: { date: string; action: string[]; json?: boolean }) => {
    const entries = mediationAgreementDeadlines({ agreementDate: options.date, actions: options.action as AgreementAction[] });
    if (options.json) return json(entries);
    for (const entry of entries) {
      const when = entry.dueDate === null ? 'no verified time limit: check your agreement and ask the council' : entry.dueDate === 'immediately' ? 'straight away' : `by ${_longDate(entry.dueDate)}`;
      out(`${bold(entry.description.replace(/\.$/, ''))}: ${when}`);
      for (const step of entry.steps) out(`  - ${step.rule}: ${step.description}`);
      for (const caveat of entry.caveats) out(`  ! ${caveat}`);
      out('');
    }
  });

program
  .command('next-steps')
  .description('from a situation (a JSON file) to the ordered next steps')
  .requiredOption('--situation <file>', 'a JSON file with the situation, for example {"mediationResult": "none-agreed", ...}')
  .option('--today <date>', 'today\'s date (YYYY-MM-DD); default: today in England')
  .option('-w, --width <columns>', 'wrap text at this many columns', widthOption)
  .option('--json', 'print JSON')
  .action((options: { situation: string; today?: string; width?: number; json?: boolean }) => {
    const text = _readInputFile(options.situation, '--situation');
    const situation = _parseJsonFile(text, options.situation, '--situation', '{"mediationResult": "not-sure"}') as Situation;
    const result = nextSteps(situation, { today: options.today ?? program.opts<{ today?: string }>().today ?? todayInEngland() });
    if (options.json) return json(result);
    out(renderText(result, { width: width(options.width) }));
  });

program
  .command('render')
  .description('render the guidance page or an FAQ in another format')
  .argument('<what>', 'page or faq')
  .argument('[id]', 'the page or FAQ id')
  .addOption(new Option('--format <format>', 'the output format').choices(['html', 'govuk', 'md', 'text', 'jsonld']).default('text'))
  .action((what: string, id: string | undefined, options: { format: string }) => {
    let content;
    if (what === 'page') content = getGuidancePage((id ?? 'after-mediation') as GuidancePageId);
    else if (what === 'faq') {
      if (id === undefined) throw new _InvalidInput(`Name the FAQ, for example: render faq ${listFaqs()[0]?.id ?? ''} --format md`);
      content = getFaq(id as FaqId);
    } else throw new _InvalidInput(`Render "page" or "faq", not ${_excerpt(what)}. For example: render page --format html`);
    switch (options.format) {
      case 'html':
        return out(renderHtml(content));
      case 'govuk':
        return out(renderHtml(content, { style: 'govuk' }));
      case 'md':
        return out(renderMarkdown(content));
      case 'jsonld':
        return json(toJsonLd(content));
      default:
        return out(renderText(content));
    }
  });

program
  .command('cite')
  .description('recognise a legal citation, correct it if needed, and print it in full')
  .argument('<citation>', 'for example "SEND Regulations 2015 reg 42"')
  .option('--json', 'print JSON')
  .action((text: string, options: { json?: boolean }) => {
    const parsed = parseCitation(text);
    if (parsed === null) {
      throw new _InvalidInput(`Could not recognise ${_excerpt(text, 80)} as a provision in the register. Try a form such as "SEND Regulations 2014 reg 42" or "s.55 CFA 2014".`);
    }
    const reference = getLegislation(parsed.reference.id);
    if (options.json) return json({ ...parsed, full: formatCitation(parsed.reference, 'full'), oscola: formatCitation(parsed.reference, 'oscola'), url: reference.url });
    out(`${bold(formatCitation(parsed.reference, 'short'))}\n${formatCitation(parsed.reference, 'full')}\n${reference.url}\n`);
    for (const correction of parsed.corrections) out(`Corrected: ${correction}`);
    out(`\n${reference.heading}: ${reference.summary}`);
    const part = reference.parts?.find((candidate) => candidate.label === parsed.reference.subdivision);
    if (part) out(`\n${part.label}: ${part.summary}`);
  });

program
  .command('la')
  .description('a local authority, and who can help there')
  .argument('<nameOrCode>', 'a council name or ONS code, for example "Kent" or E10000016')
  .option('--json', 'print JSON')
  .action((query: string, options: { json?: boolean }) => {
    const authority = getLocalAuthority(query);
    const iass = findLocalIass(authority.gssCode);
    const help = findOrganisations({ need: 'advice' });
    if (options.json) return json({ localAuthority: authority, iass, help: help.map((m) => (m.kind === 'national' ? m.organisation.id : m.service.name)) });
    out(`${bold(authority.name)} (${authority.gssCode}), ${authority.region}\nWebsite: ${authority.homepage}`);
    if (authority.validTo) out(`Exists until ${_longDate(authority.validTo)}; then: ${(authority.successors ?? []).map((s) => s.name).join(', ')}.`);
    out(`\n${bold('Local IAS service:')} ${iass.kind === 'national-directory' ? iass.message : iass.service.name}`);
    out(`\n${bold('Free advice:')}`);
    for (const match of help) if (match.kind === 'national') out(`- ${match.organisation.name}${match.organisation.website ? `: ${match.organisation.website}` : ''}`);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : EXIT_USAGE;
  } else if (isGuidanceError(error) || error instanceof _InvalidInput || error instanceof _InputFileError) {
    err(`${pcErr.red('send-mediation-guidance:')} ${error.message}\n`);
    process.exitCode = EXIT_INVALID;
  } else if (typeof error === 'object' && error !== null && ['EPIPE', 'ENOSPC', 'EIO', 'EBADF'].includes(String((error as NodeJS.ErrnoException).code))) {
    outputFailed(error as NodeJS.ErrnoException);
  } else {
    // A bug, not bad input: one line, no stack trace (set SMG_DEBUG=1 to see it).
    if (process.env['SMG_DEBUG']) console.error(error);
    err(`${pcErr.red('send-mediation-guidance:')} unexpected error (${error instanceof Error ? error.name : typeof error}). Please report it, with the command you ran.\n`);
    process.exitCode = EXIT_OUTPUT;
  }
}
