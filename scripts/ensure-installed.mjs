// Installs the locked dependencies on a fresh clone, so `npm start` and `npm test` work alone.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const root = new URL('..', import.meta.url);
if (!existsSync(new URL('node_modules/.package-lock.json', root))) {
  console.error('Installing dependencies (first run)…');
  try {
    execSync('npm ci --no-audit --no-fund', { stdio: ['ignore', 'inherit', 'pipe'], cwd: root });
  } catch {
    console.error('npm ci refused the lock file; installing the same versions with npm install…');
    // npm 11 may write a lock that omits other platforms' optional packages and then refuse
    // `npm ci` with it; `npm install` installs the same locked versions.
    execSync('npm install --no-audit --no-fund', { stdio: 'inherit', cwd: root });
  }
}
