/**
 * Re-runs every `$ care-leaver-entitlements …` command shown in docs/*.md and README.md against the
 * built CLI and refreshes each table row the guide quotes from the row of the same kind in the
 * real output; likewise the README's `npx care-leaver-entitlements …` example (a command in a `sh`
 * block, lines continued with `\`, its output in the `text` block after it). Run after
 * `npm run build`: `npx tsx scripts/refresh-doc-output.ts`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const files = [...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`), 'README.md'];

function split(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

for (const file of files) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    out.push(line);
    let command = /^\$ care-leaver-entitlements (.*)$/.exec(line)?.[1];
    if (command === undefined && line.startsWith('npx care-leaver-entitlements ')) {
      // The README's example: the command may run on over lines ending in "\"; its output is the
      // next text block.
      command = line.slice('npx care-leaver-entitlements '.length);
      while (command.endsWith('\\') && i + 1 < lines.length) {
        out.push(lines[++i]!);
        command = `${command.slice(0, -1)} ${lines[i]!.trim()}`;
      }
      while (i + 1 < lines.length && lines[i + 1] !== '```text') out.push(lines[++i]!);
      if (i + 1 < lines.length) out.push(lines[++i]!);
    }
    if (command === undefined || /[>|]/.test(command)) continue;
    const run = spawnSync(process.execPath, ['dist/cli.cjs', ...split(command)], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', COLUMNS: '' } });
    const fresh = (run.stdout + run.stderr).split('\n');
    // Guides quote chosen rows: refresh each quoted table row from the row of the same kind (or
    // date and kind) in the real output, and leave the rest of the guide's text alone.
    const key = (row: string) => (row.startsWith('  ') ? row.slice(0, 52).trim() : null);
    while (i + 1 < lines.length && !lines[i + 1]!.startsWith('$ ') && !lines[i + 1]!.startsWith('```')) {
      const row = lines[++i]!;
      const k = key(row);
      const same = k === null || k === '' ? undefined : fresh.find((f) => key(f) === k);
      out.push(same ?? row);
    }
  }
  writeFileSync(file, out.join('\n'));
}
