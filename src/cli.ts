#!/usr/bin/env node
/**
 * The `care-leaver-entitlements` command: a thin entry that reads the process's arguments,
 * clock and terminal, and hands them to {@link runCli}.
 */
import { runCli } from './cli/main.js';
import { createStyle, shouldColour } from './cli/style.js';
import { localToday } from './cli/today.js';
import { terminalWidth } from './cli/terminal-width.js';
import { terminalSafe } from './cli/terminal-safe.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`… | head`) is not an error; any other failure to write (a full disk) is.
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`error: cannot write the output (${error.code ?? error.message})\n`);
  process.exit(1);
});

runCli(process.argv.slice(2), {
  // Every line printed goes through terminalSafe: document text must not be able to drive the terminal.
  out: (text) => process.stdout.write(terminalSafe(text)),
  err: (text) => process.stderr.write(terminalSafe(text)),
  style: createStyle(shouldColour(process.stdout.isTTY, process.env)),
  today: localToday(),
  width: terminalWidth(process.stdout.isTTY, process.stdout.columns, process.env),
}).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(terminalSafe(`error: internal error: ${error instanceof Error ? error.message : String(error)}\n`));
    process.exitCode = 3;
  },
);
