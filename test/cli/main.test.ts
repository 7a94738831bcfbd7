import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PersonFacts } from '../../src/index.js';
import { FACT_FLAGS } from '../../src/schema/fact-flags.js';
import { runCli } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/cli-context.js';
import { createStyle } from '../../src/cli/style.js';

function context(out: (text: string) => void): CliContext & { errors: string[] } {
  const errors: string[] = [];
  return { out, err: (text) => errors.push(text), style: createStyle(false), today: '2026-11-23', errors };
}

describe('runCli', () => {
  it('turns an unexpected failure into one "error: internal error:" line and exit 3 (its own code), never a stack trace', async () => {
    const ctx = context(() => {
      throw new Error('disk full\n    at somewhere (file.js:1:1)');
    });
    expect(await runCli(['schema'], ctx)).toBe(3);
    expect(ctx.errors).toEqual(['error: internal error: disk full at somewhere (file.js:1:1)\n']);
  });

  it('has a --FACT flag for every yes/no person fact', () => {
    const booleanFacts = Object.entries(PersonFacts.shape)
      .filter(([, schema]) => schema.unwrap().type === 'boolean')
      .map(([name]) => name);
    expect(Object.values(FACT_FLAGS).sort()).toEqual(booleanFacts.sort());
  });
});

const hasScript = spawnSync('script', ['--version']).status === 0;

describe.runIf(hasScript)('colour', () => {
  const cli = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));
  const args = ['entitlements', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--on', '2026-11-23'];
  const { NO_COLOR: _, ...withoutNoColor } = process.env;
  const onTerminal = (extra: Record<string, string>) =>
    spawnSync('script', ['-qec', [process.execPath, cli, ...args].map((a) => `'${a}'`).join(' '), '/dev/null'], {
      encoding: 'utf8',
      env: { ...withoutNoColor, TERM: 'xterm', ...extra },
    }).stdout;

  it('colours outcomes on a terminal, and not with NO_COLOR', () => {
    expect(onTerminal({})).toContain('\u001b[32meligible\u001b[39m');
    expect(onTerminal({ NO_COLOR: '1' })).not.toMatch(/\u001b\[/);
  });
});

describe('start-up', () => {
  // Whether a run of the built command line parsed any offer document (see the preloaded fixture).
  function parsesDataset(args: readonly string[]): boolean {
    const cli = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));
    const hook = fileURLToPath(new URL('./fixtures/record-dataset-parse.cjs', import.meta.url));
    const run = spawnSync(process.execPath, ['--require', hook, cli, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(0);
    const said = /dataset parsed: (true|false)/.exec(run.stderr)?.[1];
    expect(said).toBeDefined();
    return said === 'true';
  }

  it('does not load the embedded dataset for --help, --version, areas or schema', () => {
    for (const args of [['--help'], ['--version'], ['move', '--help'], ['areas'], ['schema']]) expect(parsesDataset(args), args.join(' ')).toBe(false);
    // And does for an answer about a Greater Manchester care leaver.
    expect(parsesDataset(['entitlements', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--on', '2026-11-23'])).toBe(true);
  });

  // Whether a run of the built command line loaded the YAML reader (see the preloaded fixture).
  function loadsYaml(args: readonly string[]): boolean {
    const cli = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));
    const hook = fileURLToPath(new URL('./fixtures/record-yaml-load.cjs', import.meta.url));
    const run = spawnSync(process.execPath, ['--require', hook, cli, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const said = /yaml loaded: (true|false)/.exec(run.stderr)?.[1];
    expect(said, run.stderr).toBeDefined();
    return said === 'true';
  }

  it('loads the YAML reader only for commands that read documents (it costs a command about 30 ms)', () => {
    const person = ['--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--on', '2026-11-23'];
    for (const args of [['move', ...person, '--to', 'Leeds'], ['entitlements', ...person], ['timeline', ...person], ['coverage', 'Bolton']]) {
      expect(loadsYaml(args), args.join(' ')).toBe(false);
    }
    const document = fileURLToPath(new URL('./fixtures/fictional-valid.yaml', import.meta.url));
    expect(loadsYaml(['validate', document])).toBe(true);
    expect(loadsYaml(['entitlements', ...person, '--data', document])).toBe(true);
  });
});
