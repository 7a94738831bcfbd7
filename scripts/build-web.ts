/**
 * Builds the adviser page as static files in dist-web/ (or the directory given as the first
 * argument): index.html, app.js (the library, accessible-autocomplete and the page's script) with
 * its chunks/ (the offer documents, a council's in a file of its own, loaded when a question needs them), the
 * GOV.UK Frontend and accessible-autocomplete stylesheets (in Arial: GOV.UK's typeface, GDS
 * Transport, is licensed for GOV.UK alone, as are its crown and crest, so none is used); beside
 * each script and stylesheet, Brotli (`.br`) and gzip (`.gz`) copies, which
 * `serve` sends to browsers that accept them (as can hosts that serve precompressed files, such as
 * nginx's `gzip_static` and `brotli_static`). Any static host can serve the directory; the
 * answer is worked out in the browser, and nothing typed leaves it: the only requests are for the
 * site's own files (those of the offers a question needs among them, unless `--one-file`).
 *
 *   npm run build:web                    # into dist-web/
 *   npm run build:web -- DIR --one-file  # into DIR, all the offers in app.js (no chunks/)
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { FOR_ANYONE_MODULE } from './generate-dataset.js';
import { jsonParsePlugin } from './json-data-plugin.js';
import { NOTICES_FILE, bundledPackages, thirdPartyNotices } from './third-party-notices.js';
import { PRECOMPRESSED, compress } from '../src/cli/content-encoding.js';
import { CHUNKS_FOLDER } from '../src/web/chunks-folder.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/**
 * The page's icon, drawn for this project (a house on the GOV.UK Design System's blue), in the
 * page as a data address: GOV.UK's favicon is its crown, which only GOV.UK may use.
 */
const FAVICON = `data:image/svg+xml,${encodeURIComponent("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'><rect width='32' height='32' rx='6' fill='#1d70b8'/><path d='M16 6 4 16h4v10h6v-7h4v7h6V16h4z' fill='#fff'/></svg>")}`;

/**
 * The page's HTML: the GOV.UK page template with the app's container and the script. The page
 * is not on GOV.UK, so it has govuk-frontend 6's generic header (no crown) and the service name in
 * the service navigation below it, as the template puts it. The container says that the page needs
 * JavaScript only to a browser that runs none (as `noscript`): one that runs it shows nothing there
 * until the script has drawn the form, rather than a message that is not true for it.
 */
export const INDEX_HTML = `<!doctype html>
<html lang="en-GB" class="govuk-template">
<head>
<meta charset="utf-8">
<title>What is a care leaver entitled to? – care-leaver-entitlements</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'none'; connect-src 'none'; form-action 'self'; base-uri 'none'">
<link rel="icon" href="${FAVICON}" type="image/svg+xml">
<link rel="stylesheet" href="govuk-frontend.min.css">
<link rel="stylesheet" href="accessible-autocomplete.min.css">
<link rel="stylesheet" href="page.css">
</head>
<body class="govuk-template__body">
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="govuk-template__header">
<div class="govuk-generic-header">
<div class="govuk-generic-header__container govuk-width-container">
<div class="govuk-generic-header__logo"><a href="./" class="govuk-generic-header__homepage-link">care-leaver-entitlements</a></div>
</div>
</div>
<section aria-label="Service information" class="govuk-service-navigation">
<div class="govuk-width-container">
<div class="govuk-service-navigation__container">
<span class="govuk-service-navigation__service-name"><span class="govuk-service-navigation__text">What is a care leaver entitled to?</span></span>
</div>
</div>
</section>
</header>
<div class="govuk-width-container">
<main class="govuk-main-wrapper" id="main-content">
<h1 class="govuk-heading-xl">What is a care leaver entitled to?</h1>
<p class="govuk-body-l">What a young person leaving care in England gets where they live, and what they keep, gain or lose if they move. Every answer gives its reasons and sources.</p>
<div id="app"><noscript><p class="govuk-body">This page needs JavaScript: the answer is worked out in your browser, and nothing you enter leaves it.</p></noscript></div>
</main>
</div>
<footer class="govuk-footer">
<div class="govuk-width-container"><div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
<p class="govuk-body-s">Answers come from the care-leaver-entitlements data: councils' local offers, regional guarantees and national duties, with their sources. Where the data does not know, the answer says "unknown". Areas data: mySociety, CC BY 4.0.</p>
</div></div></div>
</footer>
<script type="module" src="app.js"></script>
</body>
</html>
`;

/**
 * The page's own styles: the council autocompletes in GOV.UK's type and error colour, answer
 * tables that scroll sideways within their own box where the screen is too narrow (the page itself
 * does not) and on a phone's width (GOV.UK's tablet breakpoint, 641px) lay each row out as a block,
 * its cells one under another with their column's name, and a print view a care leaver can take
 * away (no form, links written out).
 */
export const PAGE_CSS = `.cle-table-scroll { overflow-x: auto; max-width: 100%; }
.cle-table-scroll:focus { outline: 3px solid var(--govuk-focus-colour, #ffdd00); }
@media screen and (max-width: 40.0525em) {
  .cle-table-scroll table, .cle-table-scroll caption, .cle-table-scroll tbody, .cle-table-scroll tr, .cle-table-scroll th[scope="row"], .cle-table-scroll td { display: block; }
  .cle-table-scroll thead { position: absolute; width: 1px; height: 1px; margin: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .cle-table-scroll tbody tr { border-bottom: 1px solid #b1b4b6; padding: 10px 0; }
  .cle-table-scroll th[scope="row"], .cle-table-scroll td { border: 0; padding: 2px 0; }
  .cle-table-scroll td::before { content: attr(data-label) ": "; font-weight: 700; }
}
.cle-autocomplete .autocomplete__input, .cle-autocomplete .autocomplete__hint, .cle-autocomplete .autocomplete__option {
  font-family: arial, sans-serif; font-size: 1.1875rem;
}
.cle-autocomplete--error .autocomplete__input { border-color: var(--govuk-error-colour, #ca3535); }
@media print {
  #question, .cle-to-answer, .govuk-template__header, .govuk-footer, .govuk-skip-link, .govuk-button, .cle-answer-in-place { display: none; }
  #sources a[href^="http"]::after { content: " (" attr(href) ")"; word-break: break-all; }
  .govuk-table { font-size: 12px; }
}
`;

/**
 * The page with a `modulepreload` link in its head for each script given (before the stylesheets).
 *
 * @param html - the page
 * @param scripts - the scripts' paths, relative to the page
 * @returns the page
 * @example
 * ```ts
 * withModulePreloads('<head>\n<link rel="stylesheet" href="a.css">', ['chunks/chunk-X.js']); // '<head>\n<link rel="modulepreload" href="chunks/chunk-X.js">\n<link rel="stylesheet" href="a.css">'
 * ```
 */
export function withModulePreloads(html: string, scripts: readonly string[]): string {
  const links = scripts.map((script) => `<link rel="modulepreload" href="${script}">\n`).join('');
  return html.replace(/<link rel="stylesheet"/, (first) => `${links}${first}`);
}

/** Writes a file's compressed copies beside it (`PRECOMPRESSED`, compressed for the smallest size). */
function writeCompressedCopies(file: string): void {
  const content = readFileSync(file);
  for (const { encoding, suffix } of PRECOMPRESSED) writeFileSync(`${file}${suffix}`, compress(content, encoding, 'smallest'));
}

/** Options for {@link buildWeb}. */
export interface BuildWebOptions {
  /**
   * All the offers in app.js, with no chunks/ (about 2.1 MB, against 590 kB and the files a
   * question needs): a first visit is slower, but the host's logs then never show which councils'
   * files a question fetched (`npm run build:web -- --one-file`).
   */
  readonly oneFile?: boolean;
}

/**
 * A stylesheet in Arial rather than GOV.UK's typeface: GDS Transport's files carry a notice that
 * this cut of the font is for use on gov.uk only, and the page is not on GOV.UK (GOV.UK Frontend's
 * own setting for such services is a font stack without it). Its `@font-face` rules go, and each
 * font stack that names it names Arial first.
 *
 * @param css - a minified stylesheet
 * @returns the stylesheet without the typeface
 * @example
 * ```ts
 * withoutGovukTypeface('@font-face{font-family:GDS Transport;src:url(a.woff2)}p{font-family:GDS Transport,arial,sans-serif}'); // 'p{font-family:arial,sans-serif}'
 * ```
 */
export function withoutGovukTypeface(css: string): string {
  return css
    .replace(/@font-face\{font-family:"?GDS Transport"?;[^}]*\}/g, '')
    .replace(/font-family:"?GDS Transport"?,/g, 'font-family:');
}

/**
 * Writes the static site.
 *
 * @param out - the directory to write (emptied first)
 * @param options - one file or split
 * @returns the files written, relative to `out`
 */
export async function buildWeb(out: string, options: BuildWebOptions = {}): Promise<string[]> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // Split: each offer document (a dynamic import of the generated catalogue) becomes a file of
  // its own under chunks/, loaded only for a question whose places need it. Not split, the
  // documents are in app.js, each still read only when a question first needs it.
  const built = await build({
    entryPoints: [join(root, 'src', 'web', 'browser.ts')],
    bundle: true,
    splitting: options.oneFile !== true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outdir: out,
    entryNames: 'app',
    chunkNames: `${CHUNKS_FOLDER}/[name]-[hash]`,
    metafile: true,
    absWorkingDir: root,
    plugins: [jsonParsePlugin],
    logLevel: 'warning',
    legalComments: 'none',
  });
  /** A path of the build's metafile (from the project's root) as the site names it (from `out`). */
  const sitePath = (path: string) => relative(out, resolve(root, path)).replaceAll('\\', '/');
  const outputs = Object.entries(built.metafile.outputs).map(([path, output]) => ({ file: sitePath(path), output }));
  const scripts = outputs.map(({ file }) => file);
  // Announced in the page's head, so that they are fetched with app.js rather than after it has
  // been read and run: the files it imports before it runs (code it shares with the documents'
  // files), and the documents nearly every question loads (those for anyone in a whole nation).
  const app = outputs.find(({ file }) => file === 'app.js')!.output;
  const forAnyone = outputs.filter(({ output }) => output.entryPoint?.includes(FOR_ANYONE_MODULE) === true).map(({ file }) => file);
  const preloads = [...app.imports.filter((i) => i.kind === 'import-statement').map((i) => sitePath(i.path)), ...forAnyone];
  const govuk = dirname(require.resolve('govuk-frontend/dist/govuk/govuk-frontend.min.css'));
  const css = readFileSync(join(govuk, 'govuk-frontend.min.css'), 'utf8');
  // GOV.UK's crest (drawn by its footer's copyright logo, which the page does not use) is GOV.UK's alone too.
  const withoutCrest = withoutGovukTypeface(css).replaceAll('url(/assets/images/govuk-crest.svg)', 'none');
  writeFileSync(join(out, 'govuk-frontend.min.css'), withoutCrest.replace(/\/\*# sourceMappingURL=.*?\*\//g, ''));
  const autocomplete = dirname(require.resolve('accessible-autocomplete/dist/accessible-autocomplete.min.css'));
  const autocompleteCss = readFileSync(join(autocomplete, 'accessible-autocomplete.min.css'), 'utf8');
  writeFileSync(join(out, 'accessible-autocomplete.min.css'), withoutGovukTypeface(autocompleteCss).replace(/\/\*# sourceMappingURL=.*?\*\//g, ''));
  writeFileSync(join(out, 'index.html'), withModulePreloads(INDEX_HTML, preloads));
  writeFileSync(join(out, 'page.css'), PAGE_CSS);
  // The bundled packages' notices, and the two whose stylesheets are copied.
  writeFileSync(join(out, NOTICES_FILE), thirdPartyNotices([...bundledPackages(built.metafile.outputs), 'govuk-frontend', 'accessible-autocomplete'], 'the adviser page'));
  for (const file of [...scripts, 'govuk-frontend.min.css', 'accessible-autocomplete.min.css', 'page.css']) writeCompressedCopies(join(out, file));
  const list = (dir: string, prefix = ''): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? list(join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`]));
  return list(out).sort();
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg.startsWith('-') && arg !== '--one-file');
  if (unknown.length > 0) {
    console.error(`error: unknown option ${unknown[0]}; usage: npm run build:web [-- [DIR] [--one-file]]`);
    process.exit(2);
  }
  const out = resolve(args.find((arg) => !arg.startsWith('-')) ?? join(root, 'dist-web'));
  const files = await buildWeb(out, { oneFile: args.includes('--one-file') });
  if (process.env.npm_config_loglevel !== 'silent') console.log(`Wrote ${files.length} files to ${out}`);
}
