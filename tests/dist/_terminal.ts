// A pseudo-terminal driver for the command-line tests: the CLI run under `script`, so that it sees a real terminal
// of the given size, with helpers to wait for text on the screen and to type keys.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Whether `script` (util-linux) is here to make a pseudo-terminal. */
export const hasScript = existsSync('/usr/bin/script');

/** Terminal output without colour codes and carriage returns. */
export const strip = (text: string): string => text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');

/** Runs `node <cli> <args>` in a pseudo-terminal `columns` wide and 40 rows high. */
export function openTerminal(cli: string, args: string, options: { columns?: number; env?: Record<string, string> } = {}) {
  const columns = options.columns ?? 100;
  const child = spawn('script', ['-qfec', `stty cols ${columns} rows 40; ${process.execPath} ${cli} ${args}`, '/dev/null'], {
    env: { ...process.env, TERM: 'xterm', ...options.env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  const waitFor = async (text: string, ms = 8000): Promise<void> => {
    const until = Date.now() + ms;
    while (!strip(output).includes(text)) {
      if (Date.now() > until) throw new Error(`timed out waiting for "${text}". Screen so far:\n${strip(output).slice(-1500)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const type = async (keys: string): Promise<void> => {
    child.stdin.write(keys);
    await new Promise((resolve) => setTimeout(resolve, 150));
  };
  /** Presses Ctrl+C and waits for the program to end. */
  const stop = async (): Promise<void> => {
    child.stdin.write('\u0003');
    await closed;
  };
  return { waitFor, type, stop, closed, screen: () => strip(output) };
}
