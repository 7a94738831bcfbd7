import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
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
  // The files the built command line loads before it runs a command: dist/cli.js and the chunks
  // it imports statically, transitively. Commands and what they need are imported on demand.
  function staticallyLoaded(): string[] {
    const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(join(dist, file), 'utf8');
      for (const match of code.matchAll(/(?:^|[;\n])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/g)) visit(match[1]!);
    };
    visit('cli.js');
    return [...seen];
  }

  it('does not load the embedded dataset for --help, --version, areas or schema', () => {
    const loaded = staticallyLoaded();
    expect(loaded.length).toBeGreaterThan(1);
    // An offer id every build holds: found only in the dataset's chunk.
    const withData = loaded.filter((file) => readFileSync(fileURLToPath(new URL(`../../dist/${file}`, import.meta.url)), 'utf8').includes('gm-council-tax-exemption'));
    expect(withData).toEqual([]);
  });
});
