/**
 * Reads the command-line examples a guide shows (`$ care-leaver-entitlements …` in a ```console
 * block, followed by the output shown), for the test that runs them.
 */
import { readFileSync } from 'node:fs';

/** One example: the arguments after the program's name, and the output lines shown under it. */
export interface ShownCommand {
  readonly line: number;
  readonly command: string;
  readonly args: readonly string[];
  readonly shown: readonly string[];
}

/** Splits a command line as a shell would for the examples: words, and "double-quoted" words. */
export function splitArgs(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

/**
 * The examples of a Markdown file: every `$ care-leaver-entitlements …` line of its ```console
 * blocks, with the lines after it up to the next `$` line or the end of the block.
 */
export function shownCommands(path: string): ShownCommand[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const commands: { line: number; command: string; shown: string[] }[] = [];
  let inConsole = false;
  let current: { line: number; command: string; shown: string[] } | null = null;
  lines.forEach((text, i) => {
    if (text.startsWith('```')) {
      inConsole = !inConsole && text === '```console';
      current = null;
      return;
    }
    if (!inConsole) return;
    if (text.startsWith('$ ')) {
      current = text.startsWith('$ care-leaver-entitlements ') ? { line: i + 1, command: text.slice(2), shown: [] } : null;
      if (current !== null) commands.push(current);
      return;
    }
    current?.shown.push(text);
  });
  return commands.map((c) => ({ ...c, args: splitArgs(c.command).slice(1) }));
}

/**
 * Whether a line shown appears in the real output: as a whole line, or, where it is cut with "…",
 * as a line that starts with the text before the first "…", ends with the text after the last,
 * and holds the parts between in order.
 */
export function appearsIn(shown: string, output: readonly string[]): boolean {
  if (!shown.includes('…')) return output.includes(shown);
  const parts = shown.split('…');
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  return output.some((line) => {
    if (!line.startsWith(first) || !line.endsWith(last) || line.length < first.length + last.length) return false;
    let at = first.length;
    for (const part of parts.slice(1, -1)) {
      const found = line.indexOf(part, at);
      if (found === -1 || found + part.length > line.length - last.length) return false;
      at = found + part.length;
    }
    return true;
  });
}
