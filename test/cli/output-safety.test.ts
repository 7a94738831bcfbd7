import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('output that scripts and terminals can trust', () => {
  it('keeps --json valid JSON when a document holds DEL or C1 control characters, escaping them', () => {
    // FICTIONAL document (test/cli/fixtures/fictional-leeds-trial.yaml) with U+0085 and U+007F in its title.
    const folder = mkdtempSync(join(tmpdir(), 'cle-controls-'));
    const file = join(folder, 'controls.yaml');
    const text = readFileSync('test/cli/fixtures/fictional-leeds-trial.yaml', 'utf8');
    writeFileSync(file, text.replace('title: Fictional Leeds council tax exemption', 'title: "Fictional Leeds\u0085 council tax\u007f exemption"'));
    const run = runCli(['entitlements', '--born', '2004-06-15', '--responsible', 'Leeds', '--lives-in', 'Leeds', '--on', '2026-11-23', '--data', file, '--only-data', '--json']);
    expect(run.status).toBe(0);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stdout).toContain('Fictional Leeds\\u0085 council tax\\u007f exemption');
    expect(run.stdout).not.toMatch(/[\u007f-\u009f]/);
  });

  it.skipIf(!existsSync('/dev/full'))('exits 1 with an error when the output cannot be written (a full disk), never 0', () => {
    const run = spawnSync('sh', ['-c', `"${process.execPath}" dist/cli.cjs areas Bolton > /dev/full`], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: cannot write the output \(ENOSPC\)/);
  });
});
