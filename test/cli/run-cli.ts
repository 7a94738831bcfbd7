import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));

/** What one run of the built command line gave. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built executable (`node dist/cli.cjs …`) with colour off and no width to fit unless asked for.
 *
 * @param args - the arguments
 * @param env - extra environment variables
 * @returns the exit status and output
 */
export function runCli(args: readonly string[], env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    // `coverage --json` prints about 2 MB (every area), above spawnSync's default of 1 MB.
    maxBuffer: 64 * 1024 * 1024,
    // COLUMNS is blanked unless asked for: a width in the caller's environment would wrap the tables.
    env: { ...process.env, NO_COLOR: '1', COLUMNS: '', ...env },
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the command line and parses its standard output as JSON. */
export function runJson<T = Record<string, unknown>>(args: readonly string[]): { status: number | null; json: T; stderr: string } {
  const run = runCli(args);
  return { status: run.status, json: JSON.parse(run.stdout) as T, stderr: run.stderr };
}

/** The options of a fictional care leaver born 15 June 2004, looked after by Bolton and living there. */
export const PERSON = ['--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--on', '2026-11-23'] as const;
