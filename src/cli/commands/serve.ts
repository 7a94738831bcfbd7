import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CalendarDate } from '../../dates/calendar-date.js';
import { embeddedDatasetFor } from '../../data/embedded-dataset-for.js';
import { CHUNKS_FOLDER } from '../../web/chunks-folder.js';
import { addressOfSentForm, pageWithoutScript } from '../../web/page-without-script.js';
import { defineCommand } from '../command.js';
import { localToday } from '../today.js';
import { UsageError } from '../usage-error.js';
import { type ContentCoding, PRECOMPRESSED, chooseContentCoding, compress, entityTagMatches } from '../content-encoding.js';

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

/** A file's entity tag: its size and time of change, which `npm run build:web` changes with every build. */
function entityTag(size: number, mtimeMs: number): string {
  return `"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"`;
}

/**
 * What to send for a static file: the file, or its copy compressed in a coding the browser
 * accepts, written by `npm run build:web` beside it. A copy older than the file (the file changed
 * by hand since) is not used.
 */
function representation(file: string, acceptEncoding: string | undefined): { path: string; size: number; etag: string; coding: ContentCoding | null } {
  const original = statSync(file);
  const fresh = PRECOMPRESSED.filter(({ suffix }) => {
    const copy = `${file}${suffix}`;
    return existsSync(copy) && statSync(copy).mtimeMs >= original.mtimeMs;
  });
  const coding = chooseContentCoding(acceptEncoding, fresh.map((c) => c.encoding));
  const chosen = fresh.find((c) => c.encoding === coding);
  const path = chosen === undefined ? file : `${file}${chosen.suffix}`;
  const stat = chosen === undefined ? original : statSync(path);
  return { path, size: stat.size, etag: entityTag(stat.size, stat.mtimeMs), coding };
}

/**
 * The page with its answer drawn (about 70 kB of HTML for a move), compressed as it is sent in a
 * coding the browser accepts (Brotli, else gzip), quickly.
 */
function compressedPage(page: Buffer, acceptEncoding: string | undefined): { body: Buffer; coding: ContentCoding | null } {
  const coding = chooseContentCoding(acceptEncoding, ['br', 'gzip']);
  return coding === null ? { body: page, coding } : { body: compress(page, coding, 'quick'), coding };
}

/**
 * The page built with the package: dist-web/ beside dist/. The built command line is CommonJS run
 * from dist/ (its __dirname); an ES module (the source run with tsx) finds it from its URL.
 */
function defaultDir(): string {
  return typeof __dirname === 'string' ? join(__dirname, '..', 'dist-web') : fileURLToPath(new URL('../dist-web/', import.meta.url));
}

/**
 * A server for a directory of static files: GET and HEAD only, no listing, nothing outside the
 * directory, `/` as `index.html`. Scripts and stylesheets are sent compressed (Brotli or gzip, the
 * copies `npm run build:web` writes) to a browser that accepts it, and each carries an entity
 * tag, so a browser opening the page again revalidates its copy (304) instead of fetching it;
 * the files under chunks/, named after a hash of their content, may be kept without asking. The
 * page itself is sent with the form and the answer for its address already drawn (compressed as
 * it is sent), so that it works in a browser without JavaScript too; a form such a browser sends
 * is redirected to the address of its question (which can be shared).
 *
 * @param dir - the directory
 * @param today - the date to answer for when an address gives none (this computer's date by default)
 * @returns the server (not yet listening)
 * @example
 * ```ts
 * staticServer('dist-web').listen(0, '127.0.0.1');
 * ```
 */
export function staticServer(dir: string, today: () => CalendarDate = localToday): Server {
  const root = resolve(dir);
  return createServer((request, response) => {
    const headers = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
      return;
    }
    let path: string;
    let search: string;
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      path = decodeURIComponent(url.pathname);
      search = url.search;
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
    if (file === join(root, 'index.html')) {
      const sent = addressOfSentForm(search);
      if (sent !== null) {
        response.writeHead(303, { ...headers, Location: sent }).end();
        return;
      }
      const template = readFileSync(file, 'utf8');
      const asked = today();
      // Every embedded document, loaded when the page is first asked for (not when the command
      // starts), and kept by embeddedDatasetFor for the requests after it (one that failed is tried again).
      embeddedDatasetFor()
        .then((dataset) => {
          const page = compressedPage(Buffer.from(pageWithoutScript(template, search, asked, dataset)), request.headers['accept-encoding']);
          const coding = page.coding === null ? {} : { 'Content-Encoding': page.coding };
          response.writeHead(200, { ...headers, ...coding, Vary: 'Accept-Encoding', 'Content-Type': type, 'Content-Length': page.body.length });
          response.end(request.method === 'HEAD' ? undefined : page.body);
        })
        .catch(() => {
          // The offers could not be loaded, or the page not drawn: said to the browser, and the server goes on.
          if (response.headersSent) response.destroy();
          else response.writeHead(500, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('The page could not be drawn; try again\n');
        });
      return;
    }
    const reply = representation(file, request.headers['accept-encoding']);
    // The script's chunks are named after a hash of their content: a browser may keep them as they are.
    const caching = file.startsWith(join(root, CHUNKS_FOLDER) + sep) ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {};
    const common = { ...headers, ...caching, Vary: 'Accept-Encoding', ETag: reply.etag, ...(reply.coding === null ? {} : { 'Content-Encoding': reply.coding }) };
    if (entityTagMatches(request.headers['if-none-match'], reply.etag)) {
      response.writeHead(304, common).end();
      return;
    }
    response.writeHead(200, { ...common, 'Content-Type': type, 'Content-Length': reply.size });
    if (request.method === 'HEAD') response.end();
    // Never more than the length announced, even if the file grows while it is read (a rebuild):
    // bytes beyond it would be taken by the browser as the start of the next response.
    else if (reply.size === 0) response.end();
    else createReadStream(reply.path, { start: 0, end: reply.size - 1 }).pipe(response);
  });
}

/**
 * The `serve` command: serves the adviser page on this computer.
 *
 * @example
 * ```ts
 * await serveCommand.run(['--port', '0'], context); // 0, and the page is served until the process ends
 * ```
 */
export const serveCommand = defineCommand({
  name: 'serve',
  usage: ['serve [--port N] [--host H] [--dir DIR]'],
  about: `Serves the adviser page on this computer: a form for a care leaver's details and the answer as
tables with reasons and sources. The answer is worked out in the browser (the same files
"npm run build:web" writes for any static host); for a browser without JavaScript, the server
sends the page with the answer already in it. Share an answer by its address: the question is in
it. Stop it with Ctrl-C.`,
  options: [
    {
      heading: 'Options',
      options: [
        { name: 'port', type: 'string', value: 'N', help: ['the port to listen on (default: 8080; 0 picks a free one)'] },
        { name: 'host', type: 'string', value: 'H', help: ['the address to listen on (default: 127.0.0.1, this computer only)'] },
        { name: 'dir', type: 'string', value: 'DIR', help: ['serve the page built in DIR (default: the page built with the package)'] },
      ],
    },
  ],
  examples: ['serve --port 8080'],
  footer: '  # then open http://127.0.0.1:8080/?born=2004-06-15&responsible=Bolton&lives-in=Bolton&to=Leeds',
  run: async ({ values }, context) => {
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
  },
});
