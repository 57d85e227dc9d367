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
import { isGuidanceError } from './errors.js';
import { nextSteps, type Situation } from './faq/nextSteps.js';
import { formatCitation } from './legislation/formatCitation.js';
import { getLegislation } from './legislation/getLegislation.js';
import { parseCitation } from './legislation/parseCitation.js';
import { renderHtml } from './render/renderHtml.js';
import { renderMarkdown } from './render/renderMarkdown.js';
import { renderText } from './render/renderText.js';
import { toJsonLd } from './render/toJsonLd.js';
import { formatDate } from './render/formatDate.js';
import { formatTime } from './render/formatTime.js';
import { getFlow } from './faq/getFlow.js';
import { getOrganisation } from './directory/getOrganisation.js';
import { _wrap } from './_lib/wrap.js';
import { _interactive } from './_cli/interactive.js';
import { _DATE_FORMS, _parseDate } from './_cli/parseDate.js';
import { _findCouncil } from './_cli/findCouncil.js';
import { _actionChoices, _parseAction } from './_cli/actions.js';
import { _colours, _InputFileError, _parseJsonFile, _readInputFile, _terminalSafe } from './_cli/terminal.js';
import { _excerpt } from './_lib/limits.js';
import type { AgreementAction } from './schemas/deadline.js';
import type { FaqId, GuidancePageId } from './_generated/ids.js';

const EXIT_USAGE = 1;
const EXIT_INVALID = 2;
const EXIT_OUTPUT = 3;
const pc = _colours(process.stdout);
const pcErr = _colours(process.stderr);

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

/** The terminal's width (at most 100 columns, for readable lines), or 80 when output is not a terminal. */
function terminalWidth(): number {
  const columns = process.stdout.columns;
  return typeof columns === 'number' && columns >= 20 ? Math.min(columns, 100) : 80;
}

/** The width to wrap at: the command's --width, else the one before the command, else the terminal's. */
function width(option: number | undefined): number {
  return option ?? program.opts<{ width?: number }>().width ?? terminalWidth();
}

/** --width as typed anywhere on the command line, for text written before or without the options being parsed. */
function typedWidth(): number | undefined {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = arg.startsWith('--width=') ? arg.slice(8) : arg === '--width' || arg === '-w' ? args[i + 1] : undefined;
    const n = Number(value);
    if (value !== undefined && Number.isInteger(n) && n >= 20 && n <= 400) return n;
  }
  return undefined;
}

/** The width for the help text. */
function helpWidth(): number {
  return typedWidth() ?? terminalWidth();
}

/** Wraps a message for stderr: at --width, or the terminal's width; piped to a program or a log, one line each. */
function wrapError(text: string): string {
  const columns = typedWidth() ?? (process.stderr.isTTY === true && typeof process.stderr.columns === 'number' ? Math.min(Math.max(process.stderr.columns, 20), 100) : undefined);
  return columns === undefined ? text : _wrap(text, columns);
}

/** Prints a paragraph wrapped at `columns`; an address longer than a line stays whole on its own line. */
function say(text: string, columns: number, first = '', rest = first): void {
  out(_wrap(text, columns, first, rest));
}

/** Prints "Label: text" wrapped, with the label in bold. */
function sayLabelled(label: string, text: string, columns: number): void {
  const wrapped = _wrap(`${label} ${text}`, columns);
  out(wrapped.startsWith(label) ? `${bold(label)}${wrapped.slice(label.length)}` : wrapped);
}

/** Reads a date option in any form a parent types, or stops with a message that names the option and the forms. */
function dateOption(value: string, option: string): string {
  const result = _parseDate(value, today());
  if (!result.ok) throw new _InvalidInput(`${option} ${_excerpt(value, 40)}: ${result.problem}`);
  return result.date;
}

/** Today in England, or the date given with --today. */
function today(): string {
  const given = program.opts<{ today?: string }>().today;
  if (given === undefined) return todayInEngland();
  const result = _parseDate(given, todayInEngland());
  if (!result.ok) throw new _InvalidInput(`--today ${_excerpt(given, 40)}: ${result.problem}`);
  return result.date;
}

// The library's messages name its arguments for programmers; on the command line the parent typed options.
const ARGUMENT_WORDS: Record<string, string> = {
  decisionLetterDate: 'the date of the decision letter (--decision-letter)',
  mediationCertificateDate: 'the date of the mediation certificate (--certificate)',
  agreementDate: 'the date of the agreement (--date)',
};

/** A library message in the words of the command line: option names, and dates in words. */
function forParents(message: string): string {
  return message
    .replace(/\b(decisionLetterDate|mediationCertificateDate|agreementDate) \((\d{4}-\d{2}-\d{2})\)/g, (_, name: string, date: string) => `${ARGUMENT_WORDS[name]}, ${inWords(date)},`)
    .replace(/\b(decisionLetterDate|mediationCertificateDate|agreementDate)\b/g, (name: string) => ARGUMENT_WORDS[name] ?? name)
    .replace('this library applies', 'this tool applies')
    .replace(/,\./g, '.')
    .replace(/^the /, 'The ');
}

/** "Thursday 1 October 2026". */
function inWords(date: string): string {
  return formatDate(date, { weekday: true });
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

/** Prints a heading in bold, wrapped like everything else. */
function heading(text: string, columns: number): void {
  out(_wrap(text, columns).split('\n').map(bold).join('\n'));
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
  .option('--today <date>', `today's date, for deadlines and for "today" and "yesterday"; default: today in England`)
  .configureHelp({ helpWidth: helpWidth(), minWidthToWrap: 16 })
  .exitOverride()
  .showHelpAfterError(_wrap('(Type send-mediation-guidance --help to see the commands and what they need.)', helpWidth()))
  .configureOutput({ writeOut: (text) => out(text), writeErr: (text) => err(text), outputError: (text, write) => write(pcErr.red(`${wrapError(text.trimEnd())}\n`)) })
  .action(async (options: { width?: number; today?: string }) => {
    if (process.stdin.isTTY && process.stdout.isTTY) {
      process.exitCode = await _interactive(today(), width(options.width));
      return;
    }
    out(renderText(getGuidancePage('after-mediation'), { width: width(options.width) }));
    out(program.helpInformation());
  })
  .addHelpText('after', () => `\n${_wrap(`Dates can be typed as ${_DATE_FORMS}. Every command takes --width to set the line length.`, helpWidth())}`);

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
      for (const faq of listFaqs()) out(`${faq.id}\n${_wrap(faq.question, width(options.width), '  ')}`);
      return;
    }
    out(renderText(getFaq(id as FaqId), { width: width(options.width) }));
  });

program
  .command('deadline')
  .description('the last day for an appeal to reach the SEND Tribunal, with the rules applied')
  .requiredOption('--decision-letter <date>', 'when the council sent its decision, for example 1/10/2026')
  .option('--certificate <date>', 'the date of your mediation certificate, for example 29 November 2026')
  .option('-w, --width <columns>', 'wrap text at this many columns', widthOption)
  .option('--json', 'print JSON')
  .addHelpText('after', () => `\n${_wrap(`Dates can be typed as ${_DATE_FORMS}.`, helpWidth())}\n\nExample:\n  send-mediation-guidance deadline \\\n    --decision-letter 1/10/2026 --certificate 29/11/2026`)
  .action((options: { decisionLetter: string; certificate?: string; width?: number; json?: boolean }) => {
    const decisionLetterDate = dateOption(options.decisionLetter, '--decision-letter');
    const certificate = options.certificate === undefined ? undefined : dateOption(options.certificate, '--certificate');
    const result = appealDeadline({ decisionLetterDate, ...(certificate === undefined ? {} : { mediationCertificateDate: certificate }) });
    if (options.json) return json(result);
    const w = width(options.width);
    sayLabelled('Decision letter sent:', inWords(decisionLetterDate), w);
    if (certificate !== undefined) sayLabelled('Mediation certificate dated:', inWords(certificate), w);
    out('');
    sayLabelled('Last day to appeal:', `${inWords(result.lastDay)}, by ${formatTime(result.time)}. Your appeal must reach the tribunal by then.`, w);
    if (certificate === undefined) say('If you went to mediation, add the date on your mediation certificate with --certificate. Your time then runs until at least 1 month after the date on the certificate, if that is later than the day above.', w);
    if (result.lastDay < today()) say(`That day has passed (today is ${inWords(today())}). Appeal as soon as you can and explain why you are late: the tribunal can decide to accept a late appeal.`, w);
    const howToAppeal = getOrganisation('send-tribunal').contacts.find((contact) => contact.type === 'website');
    if (howToAppeal) {
      out('');
    heading('What to do next', w);
      say(`Send your appeal to the SEND Tribunal. GOV.UK explains how: ${howToAppeal.value}`, w);
    }
    out('');
    heading('How this date was worked out', w);
    result.steps.forEach((step, i) => say(`${step.rule}: ${step.description}`, w, `${i + 1}. `, '   '));
    out('');
    heading('Please note', w);
    for (const caveat of result.caveats) say(caveat, w, '- ', '  ');
  });

program
  .command('agreement')
  .description('what the council must do after a mediation agreement, and by when')
  .requiredOption('--date <date>', 'the date of the written mediation agreement, for example 2/11/2026')
  .addOption(new Option('--action <actions...>', 'what was agreed: one or more of the choices below (in quotes if it has spaces)').argParser(_parseAction).makeOptionMandatory())
  .option('-w, --width <columns>', 'wrap text at this many columns', widthOption)
  .option('--json', 'print JSON')
  .addHelpText('after', () => `\n${_wrap('What was agreed: type the short form or the words in full, in any capitals.', helpWidth())}\n${_actionChoices(getFlow('after-mediation'), helpWidth())}\n\n${_wrap(`Dates can be typed as ${_DATE_FORMS}.`, helpWidth())}\n\nExample:\n  send-mediation-guidance agreement \\\n    --date 2/11/2026 --action issue-plan other`)
  .action((options: { date: string; action: AgreementAction[]; width?: number; json?: boolean }) => {
    const agreementDate = dateOption(options.date, '--date');
    const entries = mediationAgreementDeadlines({ agreementDate, actions: [...new Set(options.action)] });
    if (options.json) return json(entries);
    const w = width(options.width);
    sayLabelled('Agreement dated:', inWords(agreementDate), w);
    out('');
    for (const entry of entries) {
      const when = entry.dueDate === null ? 'we found no time limit in the law for this: check your agreement, and ask the council when it will be done' : entry.dueDate === 'immediately' ? 'straight away' : `by ${inWords(entry.dueDate)}`;
      sayLabelled(`${entry.description.replace(/\.$/, '')}:`, when, w);
      for (const step of entry.steps) say(`${step.rule}: ${step.description}`, w, '  - ', '    ');
      for (const caveat of entry.caveats) say(caveat, w, '  ! ', '    ');
      out('');
    }
    say('If the council does not do what it agreed by then, write to it and ask when it will. To see what else you can do, type:', w);
    say('send-mediation-guidance faq council-not-done-what-it-agreed', w);
  });

program
  .command('next-steps')
  .description('from a situation (a JSON file) to the ordered next steps')
  .requiredOption('--situation <file>', 'a JSON file with the situation, for example {"mediationResult": "none-agreed", ...}')
  .option('--today <date>', 'today\'s date; default: today in England')
  .option('-w, --width <columns>', 'wrap text at this many columns', widthOption)
  .option('--json', 'print JSON')
  .action((options: { situation: string; today?: string; width?: number; json?: boolean }) => {
    const text = _readInputFile(options.situation, '--situation');
    const situation = _parseJsonFile(text, options.situation, '--situation', '{"mediationResult": "not-sure"}') as Situation;
    const result = nextSteps(situation, { today: options.today === undefined ? today() : dateOption(options.today, '--today') });
    if (options.json) return json(result);
    out(renderText(result, { width: width(options.width) }));
  });

program
  .command('render')
  .description('render the guidance page or an FAQ in another format')
  .argument('<what>', 'page or faq')
  .argument('[id]', 'the page or FAQ id')
  .addOption(new Option('--format <format>', 'the output format').choices(['html', 'govuk', 'md', 'text', 'jsonld']).default('text'))
  .option('-w, --width <columns>', 'wrap text at this many columns (text format)', widthOption)
  .action((what: string, id: string | undefined, options: { format: string; width?: number }) => {
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
        return out(renderText(content, { width: width(options.width) }));
    }
  });

program
  .command('cite')
  .description('recognise a legal citation, correct it if needed, and print it in full')
  .argument('<citation>', 'for example "SEND Regulations 2015 reg 42"')
  .option('-w, --width <columns>', 'wrap text at this many columns', widthOption)
  .option('--json', 'print JSON')
  .action((text: string, options: { width?: number; json?: boolean }) => {
    const parsed = parseCitation(text);
    if (parsed === null) {
      throw new _InvalidInput(`Could not recognise ${_excerpt(text, 80)} as a provision in the register. Try a form such as "SEND Regulations 2014 reg 42" or "s.55 CFA 2014".`);
    }
    const reference = getLegislation(parsed.reference.id);
    if (options.json) return json({ ...parsed, full: formatCitation(parsed.reference, 'full'), oscola: formatCitation(parsed.reference, 'oscola'), url: reference.url });
    const w = width(options.width);
    out(bold(formatCitation(parsed.reference, 'short')));
    say(formatCitation(parsed.reference, 'full'), w);
    say(`Read it: ${reference.url}`, w);
    for (const correction of parsed.corrections) say(`Corrected: ${correction}`, w);
    out('');
    say(`${reference.heading}: ${reference.summary}`, w);
    const part = reference.parts?.find((candidate) => candidate.label === parsed.reference.subdivision);
    if (part) {
      out('');
      say(`${part.label}: ${part.summary}`, w);
    }
  });

program
  .command('la')
  .description('your council, and who can help you there')
  .argument('<nameOrCode>', 'a council name or ONS code, for example "Kent", "St Helens" or E10000016')
  .option('-w, --width <columns>', 'wrap text at this many columns', widthOption)
  .option('--json', 'print JSON')
  .action((query: string, options: { width?: number; json?: boolean }) => {
    const w = width(options.width);
    const match = _findCouncil(query);
    if (match.kind === 'none') {
      const hint = match.suggestions.length > 0 ? ` Did you mean ${match.suggestions.map((name) => `"${name}"`).join(' or ')}?` : '';
      throw new _InvalidInput(`No council in England that deals with special educational needs is called or coded ${_excerpt(query, 60)}.${hint} Type the name of your county, city or borough council, such as "Kent" or "Leeds", or an ONS code such as E10000016.`);
    }
    if (match.kind === 'former') {
      const { former, successors } = match;
      if (options.json) return json({ former, successors });
      say(`${former.name} no longer exists. Since ${formatDate(former.replacedOn)}, ${successors.length === 1 ? `${successors[0]?.name} has dealt with special educational needs there.` : `these councils have dealt with special educational needs there, each for its own area:`}`, w);
      for (const successor of successors) say(`${successor.name}: ${successor.homepage}`, w, '- ', '  ');
      out('');
      say(`To see who can help you, type the name of your council, for example: send-mediation-guidance la "${successors[0]?.shortName}"`, w);
      return;
    }
    if (match.kind === 'district' && options.json) return json({ district: match.district, localAuthority: match.county });
    if (match.kind === 'district') {
      say(`${match.district.name} does not deal with special educational needs. ${match.county.name} does, for everyone in ${match.district.shortName}.`, w);
      out('');
    }
    const authority = match.kind === 'district' ? match.county : match.authority;
    const iass = findLocalIass(authority.gssCode);
    const help = findOrganisations({ need: 'advice' });
    if (options.json) return json({ localAuthority: authority, iass, help: help.map((m) => (m.kind === 'national' ? m.organisation.id : m.service.name)) });
    out(bold(authority.name));
    say(`${authority.region}. ONS code ${authority.gssCode}.`, w);
    say(`Council website: ${authority.homepage}`, w);
    if (authority.validTo) {
      const next = (authority.successors ?? []).map((s) => s.name).join(' and ');
      say(`${authority.name} is due to be replaced after ${formatDate(authority.validTo)}${next ? ` by ${next}` : ''}. Check the council's website for who to contact.`, w);
    }
    out('');
    heading('Free, impartial advice near you', w);
    if (iass.kind === 'local') {
      say(`${iass.service.name}: ${iass.service.website}`, w);
    } else {
      say(
        `Every council must give families free, impartial information, advice and support about special educational needs and disability. This is often called SENDIASS or the IAS service. To find the one for ${authority.shortName}, search the council's website for "SENDIASS" or "information, advice and support", or ask the council: ${authority.homepage}`,
        w,
      );
    }
    out('');
    heading('Free advice from national charities', w);
    for (const match of help) if (match.kind === 'national' && match.organisation.website) say(`${match.organisation.name}: ${match.organisation.website}`, w, '- ', '  ');
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : EXIT_USAGE;
  } else if (isGuidanceError(error) || error instanceof _InvalidInput || error instanceof _InputFileError) {
    const message = wrapError(`send-mediation-guidance: ${isGuidanceError(error) ? forParents(error.message) : error.message}`);
    err(`${pcErr.red('send-mediation-guidance:')}${message.slice('send-mediation-guidance:'.length)}\n`);
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
