import { createReadStream, existsSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliContext } from '../cli-context.js';
import { parseOptions } from '../parse-options.js';
import { UsageError } from '../usage-error.js';

/** The help for `serve`. */
export const SERVE_HELP = `Usage: care-leaver-entitlements serve [--port N] [--host H] [--dir DIR]

Serves the adviser page on this computer: a form for a care leaver's details and the answer as
tables with reasons and sources. The answer is worked out in the browser; the server only hands
out the page's files (the same files "npm run build:web" writes for any static host). Share an
answer by its address: the question is in it.

  --port N      the port to listen on (default: 8080; 0 picks a free one)
  --host H      the address to listen on (default: 127.0.0.1, this computer only)
  --dir DIR     serve the page built in DIR (default: the page built with the package)
  -h, --help    show this help

Stop it with Ctrl-C.

Example:
  care-leaver-entitlements serve --port 8080
  # then open http://127.0.0.1:8080/?born=2004-06-15&responsible=Bolton&lives-in=Bolton&to=Leeds
`;

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The page built with the package: dist-web/ beside dist/. */
function defaultDir(): string {
  return fileURLToPath(new URL('../dist-web/', import.meta.url));
}

/**
 * A server for a directory of static files: GET and HEAD only, no listing, nothing outside the
 * directory, `/` as `index.html`.
 *
 * @param dir - the directory
 * @returns the server (not yet listening)
 * @example
 * ```ts
 * staticServer('dist-web').listen(0, '127.0.0.1');
 * ```
 */
export function staticServer(dir: string): Server {
  const root = resolve(dir);
  return createServer((request, response) => {
    const headers = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request\n');
      return;
    }
    const file = resolve(join(root, path.endsWith('/') ? `${path}index.html` : path));
    const type = TYPES[extname(file)];
    if (!file.startsWith(root + sep) || type === undefined || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': statSync(file).size });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
}

/**
 * Runs `serve`: serves the adviser page until the process is stopped.
 *
 * @param args - the arguments after the command name
 * @param context - output
 * @returns the exit status (0) once the server is listening
 * @throws {@link UsageError} on bad input, a missing page or a port that cannot be used
 * @example
 * ```ts
 * await runServe(['--port', '0'], context); // prints "Serving the adviser page at http://127.0.0.1:…/"
 * ```
 */
export async function runServe(args: readonly string[], context: CliContext): Promise<number> {
  const { values } = parseOptions('serve', args, {
    port: { type: 'string' },
    host: { type: 'string' },
    dir: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    context.out(SERVE_HELP);
    return 0;
  }
  const portText = typeof values.port === 'string' ? values.port : '8080';
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) {
    throw new UsageError(`--port "${portText}" is not a port; give a number from 0 to 65535 (0 picks a free one)`);
  }
  const host = typeof values.host === 'string' && values.host !== '' ? values.host : '127.0.0.1';
  const dir = typeof values.dir === 'string' ? resolve(values.dir) : defaultDir();
  if (!existsSync(join(dir, 'index.html'))) {
    throw new UsageError(
      typeof values.dir === 'string'
        ? `--dir ${values.dir} holds no index.html; give a directory written by "npm run build:web"`
        : `the page is not built (no ${join(dir, 'index.html')}); run "npm run build:web" first, or give --dir`,
    );
  }
  const server = staticServer(dir);
  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      fail(new UsageError(`cannot listen on ${host} port ${portText} (${error.code ?? error.message}); give another --port or --host`));
    });
    server.listen(Number(portText), host, () => done());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : Number(portText);
  const shown = host.includes(':') ? `[${host}]` : host;
  context.out(`Serving the adviser page at http://${shown}:${port}/ (stop with Ctrl-C)\n`);
  return 0;
}
