import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { CLI_BUNDLED, bundledPackages, thirdPartyNotices } from '../../scripts/third-party-notices.js';

const root = new URL('../../', import.meta.url).pathname;

describe('third-party notices', () => {
  it('copies each package\'s own licence, and names one that ships none with its package.json licence', () => {
    const text = thirdPartyNotices(['zod', 'govuk-frontend', 'zod'], 'a test');
    expect(text).toContain(readFileSync(join(root, 'node_modules/zod/LICENSE'), 'utf8').trim());
    expect(text.match(/^zod \d/gm)).toHaveLength(1);
    expect(text).toMatch(/^govuk-frontend [\d.]+\n-+\n\nLicence: MIT \(the package ships no licence file/m);
  });

  it('finds the packages an esbuild metafile\'s outputs hold, scoped ones too, leaving out what was shaken out', () => {
    const outputs = {
      'a.js': { inputs: { 'node_modules/zod/v4/core/core.js': { bytesInOutput: 10 }, 'node_modules/yaml/dist/index.js': { bytesInOutput: 0 }, 'src/x.ts': { bytesInOutput: 5 } } },
      'b.js': { inputs: { 'node_modules/@scope/pkg/index.js': { bytesInOutput: 1 } } },
    };
    expect(bundledPackages(outputs)).toEqual(['@scope/pkg', 'zod']);
  });

  it('the command line\'s notices name every package its bundle holds, bundled as tsup bundles it (dependencies apart, except those it bundles)', async () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const external = Object.keys(manifest.dependencies).filter((name) => !CLI_BUNDLED.includes(name));
    const result = await build({ entryPoints: [join(root, 'src/cli.ts')], bundle: true, platform: 'node', format: 'cjs', write: false, metafile: true, external, logLevel: 'silent' });
    expect(bundledPackages(result.metafile.outputs)).toEqual([...CLI_BUNDLED].sort());
    const notices = readFileSync(join(root, 'dist/THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const name of CLI_BUNDLED) expect(notices).toContain(readFileSync(join(root, `node_modules/${name}/LICENSE`), 'utf8').trim());
  });
});
