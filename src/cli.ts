// The command-line tool: `send-mediation-guidance` (or `npm start` in a clone of the repository).
import { Command, InvalidArgumentError } from 'commander';
import { getGuidancePage } from './content/getGuidancePage.js';
import { getFaq } from './content/getFaq.js';
import { listFaqs } from './content/listFaqs.js';
import { listGuidancePages } from './content/listGuidancePages.js';
import { isGuidanceError } from './errors.js';
import { renderText } from './render/renderText.js';
import type { FaqId, GuidancePageId } from './_generated/ids.js';

const EXIT_USAGE = 1;
const EXIT_INVALID_INPUT = 2;

function widthOption(value: string): number {
  const width = Number(value);
  if (!Number.isInteger(width) || width < 20 || width > 400) {
    throw new InvalidArgumentError('Type a whole number from 20 to 400, for example --width 72.');
  }
  return width;
}

function terminalWidth(): number {
  const columns = process.stdout.columns;
  return typeof columns === 'number' && columns >= 20 ? Math.min(columns, 100) : 80;
}

const program = new Command();
program
  .name('send-mediation-guidance')
  .description('What parents and young people in England need after a SEND mediation meeting.')
  .option('-w, --width <columns>', 'wrap text at this many columns', widthOption)
  .exitOverride()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) })
  .action((options: { width?: number }) => {
    process.stdout.write(renderText(getGuidancePage('after-mediation'), { width: options.width ?? terminalWidth() }));
  });

program
  .command('page')
  .description('print a guidance page as text')
  .argument('[id]', `the page id (${listGuidancePages().map((p) => p.id).join(', ')})`, 'after-mediation')
  .option('-w, --width <columns>', 'wrap text at this many columns', widthOption)
  .action((id: string, options: { width?: number }) => {
    process.stdout.write(renderText(getGuidancePage(id as GuidancePageId), { width: options.width ?? terminalWidth() }));
  });

program
  .command('faq')
  .description('print a frequently asked question and its answer as text')
  .argument('[id]', `the FAQ id; without one, lists the FAQs`)
  .option('-w, --width <columns>', 'wrap text at this many columns', widthOption)
  .action((id: string | undefined, options: { width?: number }) => {
    if (id === undefined) {
      for (const faq of listFaqs()) process.stdout.write(`${faq.id}\n  ${faq.question}\n`);
      return;
    }
    process.stdout.write(renderText(getFaq(id as FaqId), { width: options.width ?? terminalWidth() }));
  });

try {
  program.parse(process.argv);
} catch (error) {
  if (isGuidanceError(error)) {
    process.stderr.write(`send-mediation-guidance: ${error.message}\n`);
    process.exitCode = EXIT_INVALID_INPUT;
  } else if (typeof error === 'object' && error !== null && 'exitCode' in error && 'code' in error) {
    // commander has already printed its message (help, version or a usage error).
    const code = (error as { code: string }).code;
    process.exitCode = code === 'commander.helpDisplayed' || code === 'commander.version' ? 0 : EXIT_USAGE;
  } else {
    throw error;
  }
}
