import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// A clone with no sibling folders (no shared folder beside it) must generate its data and pass the tests that
// read data files. The clone holds what is committed; node_modules is linked, not installed.
const root = fileURLToPath(new URL('../..', import.meta.url));
const inGit = existsSync(join(root, '.git'));
const work = mkdtempSync(join(tmpdir(), 'cle-clone-'));
const clone = join(work, 'alone');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { cwd: clone, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0' } });

describe.runIf(inGit)('a clone that stands alone', () => {
  it('generates the areas and the embedded dataset from its own files, and passes the tests that read them', () => {
    execFileSync('git', ['clone', '--quiet', '--no-hardlinks', root, clone], { stdio: 'ignore' });
    symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
    expect(existsSync(join(work, 'shared'))).toBe(false);
    const tsx = join(clone, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    run(process.execPath, [tsx, 'scripts/generate-areas.ts']);
    // the generated registry is the one committed: nothing outside the clone was read
    run('git', ['diff', '--exit-code', '--stat', 'src/areas/registry.generated.ts']);
    run(process.execPath, [tsx, 'scripts/generate-dataset.ts']);
    const vitest = join(clone, 'node_modules', 'vitest', 'vitest.mjs');
    const out = run(process.execPath, [vitest, 'run', 'test/areas/registry.test.ts', 'test/areas/resolve-area.test.ts', 'test/data/documents.test.ts']);
    // eslint-disable-next-line no-control-regex
    expect(out.replace(/\u001b\[[0-9;]*m/g, '')).toMatch(/Test Files +3 passed/);
  }, 240_000);
});
