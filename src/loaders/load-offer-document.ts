import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { OfferDocument } from '../schema/offer-document.js';
import { LAST_YEAR, addDays, isCalendarDate } from '../dates/calendar-date.js';
import { areaCodeIssues, unknownAreaCodesOfRaw, withAreaCodeHints } from './area-code-issues.js';
import { withFieldSuggestions } from './field-suggestions.js';
import { withPlaceExamples } from './place-examples.js';
import { type CheckResult, type InputIssue, cappedIssues as capped, fromZodIssues, formatIssuePath } from '../validation/input-issue.js';

/**
 * The largest offer document accepted, in bytes (5 MB).
 *
 * @example
 * ```ts
 * MAX_OFFER_DOCUMENT_BYTES; // 5242880
 * ```
 */
export const MAX_OFFER_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** Keys that could change an object's prototype when a document is turned into objects. */
const FORBIDDEN_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(['__proto__', 'constructor', 'prototype']);

/** Options for {@link loadOfferDocument}. */
export interface LoadOfferDocumentOptions {
  /** Reject texts longer than this many bytes (UTF-8); defaults to {@link MAX_OFFER_DOCUMENT_BYTES}. */
  readonly maxBytes?: number | undefined;
  /**
   * Today's date, when known (the library never reads the clock): an offer's `lastChecked` or a
   * source's `date` more than a day after it is refused, as a slip of the year (2099 for 2026). A
   * day is allowed since today differs by place: a page read just after midnight in London is
   * dated a day after today on a server whose clock is on UTC in summer, or on American time.
   */
  readonly today?: string | undefined;
}

type Path = readonly (string | number)[];

export { MAX_REPORTED_ISSUES } from '../validation/input-issue.js';

/**
 * The deepest nesting of lists and maps a document may have (offer documents need about 12).
 *
 * @example
 * ```ts
 * MAX_DOCUMENT_DEPTH; // 64
 * ```
 */
export const MAX_DOCUMENT_DEPTH = 64;

const pathKey = (path: Path): string => path.map(String).join('\u0000');

/**
 * The line of every key and list item of a parsed YAML (or JSON) document, found in one walk, so
 * that placing each issue on its line costs a look-up rather than a search.
 */
function lineIndex(document: Document, counter: LineCounter): Map<string, number> {
  const lines = new Map<string, number>();
  const line = (node: unknown) => (isNode(node) && node.range ? counter.linePos(node.range[0]).line : undefined);
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: document.contents, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const at = [...path, key];
        const found = line(pair.key) ?? line(pair.value);
        if (found !== undefined && !lines.has(pathKey(at))) lines.set(pathKey(at), found);
        stack.push({ node: pair.value, path: at });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const at = [...path, index];
        const found = line(item);
        if (found !== undefined) lines.set(pathKey(at), found);
        stack.push({ node: item, path: at });
      });
    }
  }
  const top = line(document.contents);
  if (top !== undefined) lines.set('', top);
  return lines;
}

/** The line of the key at the path, or of the nearest ancestor that exists (a missing field points at its parent). */
function lineOf(lines: Map<string, number> | null, path: Path): number | undefined {
  if (lines === null) return undefined;
  for (let length = path.length; length > 0; length--) {
    const found = lines.get(pathKey(path.slice(0, length)));
    if (found !== undefined) return found;
  }
  return lines.get('');
}

/**
 * The line of a path in an offer document's text (the key's line, or its nearest ancestor's), for
 * an issue found after reading, such as an offer id also used in another file.
 *
 * @param text - the document's text (YAML or JSON)
 * @param path - the path of the issue (`['offers', 0, 'id']`)
 * @returns the line, from 1, or `undefined` when the text cannot be read as YAML
 * @example
 * ```ts
 * lineInOfferDocument('schemaVersion: 1\noffers:\n  - id: a\n', ['offers', 0, 'id']); // 3
 * ```
 */
export function lineInOfferDocument(text: string, path: readonly (string | number)[]): number | undefined {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, keepSourceTokens: true });
  if (document.errors.length > 0) return undefined;
  return lineOf(lineIndex(document, counter), [...path]);
}

/** How deeply lists and maps nest in a value, found without recursion. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth + 1 > deepest) deepest = depth + 1;
    if (deepest > MAX_DOCUMENT_DEPTH) return deepest;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** The deepest bracket nesting of a JSON or YAML flow text, outside strings, in one pass. */
function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"') quote = c;
    else if (c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
    else if (c === ']' || c === '}') depth--;
  }
  return deepest;
}

function tooDeep(fileName: string): CheckResult<OfferDocument> {
  return failure([
    {
      code: 'too-deep',
      path: [],
      message: `${fileName} nests lists and maps more than ${MAX_DOCUMENT_DEPTH} levels deep; an offer document needs about 12`,
    },
  ]);
}

function forbiddenKeys(value: unknown): Path[] {
  const found: Path[] = [];
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    // Children are pushed last-first, so that keys are found in the order the document gives them.
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index--) stack.push([node[index], [...path, index]]);
    } else if (typeof node === 'object' && node !== null) {
      const keys = Object.keys(node);
      for (const key of keys) if (FORBIDDEN_KEYS.has(key)) found.push([...path, key]);
      for (let k = keys.length - 1; k >= 0; k--) {
        const key = keys[k]!;
        if (!FORBIDDEN_KEYS.has(key)) stack.push([(node as Record<string, unknown>)[key], [...path, key]]);
      }
    }
  }
  return found;
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

function failure(issues: InputIssue[]): CheckResult<OfferDocument> {
  return { success: false, issues };
}

/**
 * Reads an offer document from its text (YAML, or JSON when the file name ends `.json`) and
 * validates it, giving every issue its path and, where it can be found, its line in the text.
 * It reads no files, so it runs in a browser too.
 *
 * Before validation it rejects a text that is too large (`file-too-large`), empty or only
 * comments (`empty-document`), not well-formed YAML or JSON (`malformed-document`), or that uses
 * a key such as `__proto__`, `constructor` or `prototype` anywhere (`forbidden-key`). After the
 * schema it checks that every area code names a UK area (`unknown-area`; a document marked
 * `fictional: true` may make codes up) and that no district writes `scope: own`
 * (`own-scope-without-council`), as `validate` does. Nothing from a document with issues should
 * be evaluated.
 *
 * @param text - the document's text (bytes, such as a Buffer from `readFileSync(path)`, are read as UTF-8)
 * @param fileName - its file name, used to choose JSON or YAML and in messages
 * @param options - the size limit
 * @returns `{ success: true, data }` or `{ success: false, issues }` with a `line` where known
 * @example
 * ```ts
 * // A fictional document missing its offers
 * const result = loadOfferDocument('schemaVersion: 1\nlayer: local\n', 'fictional.yaml');
 * result.success; // false
 * if (!result.success) result.issues[0]; // { code: 'invalid-type', path: ['provider'], message: '…', line: 1 }
 * loadOfferDocument(new TextEncoder().encode('schemaVersion: 1\n'), 'fictional.yaml').success; // false (bytes are read as UTF-8)
 * ```
 */
export function loadOfferDocument(
  text: string | Uint8Array,
  fileName: string,
  options: LoadOfferDocumentOptions = {},
): CheckResult<OfferDocument> {
  // Plain JavaScript callers may pass a Buffer (readFileSync without an encoding), nothing, or a
  // number: a Buffer or Uint8Array is read as UTF-8; anything else is an issue, not a TypeError.
  if (text instanceof Uint8Array) {
    const decoded = decodeUtf8(text, typeof fileName === 'string' ? fileName : 'the document');
    if (typeof decoded !== 'string') return failure([decoded]);
    text = decoded;
  }
  if (typeof text !== 'string') {
    return failure([{ code: 'invalid-type', path: ['text'], message: "text must be a string; read the file as text, e.g. readFileSync(path, 'utf8')" }]);
  }
  if (typeof fileName !== 'string') {
    return failure([{ code: 'invalid-type', path: ['fileName'], message: "fileName must be the file's name as text, such as 'bolton.yaml' (it chooses YAML or JSON)" }]);
  }
  if (typeof options !== 'object' || options === null || (options.maxBytes !== undefined && !(typeof options.maxBytes === 'number' && options.maxBytes > 0))) {
    return failure([{ code: 'invalid-type', path: ['options'], message: 'options must be an object (or left out), and maxBytes a positive number of bytes' }]);
  }
  const maxBytes = options.maxBytes ?? MAX_OFFER_DOCUMENT_BYTES;
  if (text.length > maxBytes || byteLength(text) > maxBytes) {
    return failure([
      {
        code: 'file-too-large',
        path: [],
        message: `${fileName} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; split it into one document per provider`,
      },
    ]);
  }
  if (text.trim() === '') {
    return failure([{ code: 'empty-document', path: [], message: `${fileName} is empty; write an offer document (run \`schema\` for its JSON Schema)` }]);
  }
  if (bracketDepth(text) > MAX_DOCUMENT_DEPTH) return tooDeep(fileName);
  try {
    return loadChecked(text, fileName, typeof options.today === 'string' ? options.today : undefined);
  } catch (error) {
    // Nesting the depth checks cannot see (deep YAML indentation) may still exhaust the stack.
    if (error instanceof RangeError) return tooDeep(fileName);
    throw error;
  }
}

/**
 * A document's bytes as text, or the issue that says why they are not UTF-8: saved as UTF-16
 * (Notepad's "Unicode"), or with a byte that is not UTF-8 (a "£" saved as Windows-1252), on its
 * line. A UTF-8 byte order mark is dropped.
 */
function decodeUtf8(bytes: Uint8Array, fileName: string): string | InputIssue {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes.length > 1 && (bytes[0] === 0 || bytes[1] === 0));
  if (utf16) {
    return { code: 'malformed-document', path: [], message: `${fileName} is saved as UTF-16 (Notepad calls it "Unicode"); save it as UTF-8` };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const loose = new TextDecoder().decode(bytes);
    const at = loose.indexOf('\ufffd');
    const line = loose.slice(0, at).split('\n').length;
    return {
      code: 'malformed-document',
      path: [],
      line,
      message: `${fileName} is not UTF-8 text: line ${line} has a character saved in another encoding (a "£" or an accented letter saved as Windows-1252, perhaps); save the file as UTF-8`,
    };
  }
}

/**
 * A value holding a colon and a space (`title: Mentor: one to one`), which the YAML reader takes
 * for a field inside a field, said with the line to write instead; undefined for other errors.
 */
function colonInValue(message: string, at: string): string | undefined {
  if (!/Nested mappings are not allowed in compact mappings/.test(message)) return undefined;
  // The reader quotes the line under its message.
  const source = /^\s*(?:- )?([^:\s][^:]*): (.+: .*)$/.exec(message.split('\n')[2] ?? '');
  if (source === null) return undefined;
  const [, name, value] = source as unknown as [string, string, string];
  const quoted = value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value}"`;
  return `${at} has a colon and a space inside the value of ${name}, which reads as another field; put the value in quotes: ${name}: ${quoted}`;
}

/**
 * The YAML reader's error, said for the author of a document with what to do: its own words are
 * written for programmers ("Implicit keys need to be on a single line", "please use
 * YAML.parseAllDocuments()").
 */
function yamlErrorWords(code: string, message: string, line: number | undefined): string {
  const at = line === undefined ? 'a line' : `line ${line}`;
  switch (code) {
    case 'TAB_AS_INDENT':
      return `${at} is indented with a tab; indent with spaces only (two for each level)`;
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      if (/quote/i.test(message)) return `a quoted value on or before ${at} has no closing quote; close it`;
      if (/Flow (map|sequence)|end with a/.test(message)) return `a { or [ on or before ${at} is not closed, or what follows it is not indented under its field; close it (or indent its lines further)`;
      return `${at} is not indented like the lines around it; line each field up with the other fields of its block (a list item starts with "- ", its fields two spaces further in)`;
    case 'DUPLICATE_KEY':
      return `${at} gives a field its block already has; keep one`;
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return (
        colonInValue(message, at) ??
        `${at} is not read as a field: write each field as "name: value" with a colon after the name, and check that it is indented like the fields around it`
      );
    case 'MULTIPLE_DOCS':
      return `the file holds a second document from ${at} (a line "---" starts one); keep one document per file`;
    default: {
      // Anything else, in the reader's own words without its trailing "at line …, column …:".
      const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
      return `${first} (${at})`;
    }
  }
}

/**
 * Where in the text JSON.parse stopped: the position it gives, or, for an unexpected character it
 * gives only with the text around it, that place (it shows ten characters before the character);
 * a closing bracket after a comma is put at the comma, the thing to remove.
 */
function jsonErrorIndex(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position !== null) return Number(position[1]);
  const shown = /^Unexpected token [\s\S]*?, (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  const start = shown === null ? -1 : text.indexOf(shown[2]!);
  let index = start < 0 ? -1 : shown![1] !== undefined ? start + 10 : -1;
  if (index < 0 && /^Unexpected token '[\]}]'/.test(message)) index = /,\s*[\]}]/.exec(text)?.index ?? -1;
  if (index < 0) return text.search(/\S/);
  const comma = /,\s*$/.exec(text.slice(0, index));
  return /[\]}]/.test(text[index] ?? '') && comma !== null ? comma.index : index;
}

/**
 * JSON.parse's error, said for the author of a document: on its line and column (JSON.parse gives
 * a character position), with what to do for the usual causes (a comma after the last item, a
 * comment, a YAML document in a file named .json).
 */
function jsonErrorIssue(text: string, fileName: string, message: string, readsAsYaml: boolean): InputIssue {
  const index = jsonErrorIndex(text, message);
  const before = text.slice(0, Math.max(index, 0)).split('\n');
  const line = before.length;
  const column = (before[before.length - 1]?.length ?? 0) + 1;
  // The reason without the text JSON.parse quotes, which may run over several lines.
  const reason = message
    .replace(/, (?:\.\.\.)?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, '')
    .replace(/ in JSON at position \d+[\s\S]*$/, '')
    .replace(/'\r?\n'/, 'end of line');
  const trimmed = text.trimStart();
  const fix = trimmed.startsWith('//') || trimmed.startsWith('/*')
    ? 'JSON has no comments: remove them, or write the document as YAML in a file named .yaml, where # starts a comment'
    : readsAsYaml && !trimmed.startsWith('{')
      ? 'the file name ends .json, so it is read as JSON, but it reads as YAML: name it .yaml'
      : /property name|Unexpected token '?[}\]]/.test(message)
        ? 'a comma after the last item of a list or object, perhaps: remove it'
        : 'check the line and the one before it';
  return { code: 'malformed-document', path: [], line, message: `${fileName} is not valid JSON at line ${line}, column ${column}: ${reason}; ${fix}` };
}

/** An offer's lastChecked or a source's date more than a day after today (see LoadOfferDocumentOptions.today): a slip of the year, as no one has read a page in the future. */
function futureDateIssues(document: OfferDocument, today: string | undefined): InputIssue[] {
  if (today === undefined || !isCalendarDate(today)) return [];
  const latest = today === `${LAST_YEAR}-12-31` ? today : addDays(today, 1);
  const issues: InputIssue[] = [];
  const after = (date: string | undefined, path: Path, what: string) => {
    if (date !== undefined && date > latest) issues.push({ code: 'invalid-date', path, message: `${what} ${date} is after today (${today}); check the year` });
  };
  document.offers.forEach((offer, o) => {
    after(offer.lastChecked, ['offers', o, 'lastChecked'], 'lastChecked');
    offer.sources.forEach((source, s) => after(source.date, ['offers', o, 'sources', s, 'date'], "the source's date"));
  });
  return issues;
}

function loadChecked(text: string, fileName: string, today: string | undefined): CheckResult<OfferDocument> {
  const isJson = /\.json$/i.test(fileName);
  const counter = new LineCounter();
  let document: Document | null = parseDocument(text, { lineCounter: counter, keepSourceTokens: true, uniqueKeys: true });
  let value: unknown;
  if (isJson) {
    try {
      value = JSON.parse(text);
    } catch (error) {
      return failure([jsonErrorIssue(text, fileName, (error as Error).message, document.errors.length === 0)]);
    }
    // YAML reads JSON too: it finds lines, and keys given twice (JSON.parse keeps the last silently).
    const duplicate = document.errors.find((e) => e.code === 'DUPLICATE_KEY');
    if (duplicate !== undefined) {
      const line = duplicate.linePos?.[0].line;
      return failure([
        {
          code: 'malformed-document',
          path: [],
          message: `${fileName} gives a key twice in one object (${duplicate.message.split('\n')[0]}); keep one`,
          ...(line === undefined ? {} : { line }),
        },
      ]);
    }
    if (document.errors.length > 0) document = null;
  } else {
    const error = document.errors[0];
    if (error !== undefined) {
      const line = error.linePos?.[0].line;
      return failure([
        {
          code: 'malformed-document',
          path: [],
          message: `${fileName} is not valid YAML: ${yamlErrorWords(error.code, error.message, line)}`,
          ...(line === undefined ? {} : { line }),
        },
      ]);
    }
    try {
      value = document.toJS({ maxAliasCount: 100 });
    } catch (caught) {
      return failure([{ code: 'malformed-document', path: [], message: `${fileName} could not be read: ${(caught as Error).message}` }]);
    }
  }
  if (depthOf(value) > MAX_DOCUMENT_DEPTH) return tooDeep(fileName);
  const lines = document === null ? null : lineIndex(document, counter);
  if (value === null || value === undefined) {
    return failure([{ code: 'empty-document', path: [], message: `${fileName} holds no document (only comments or null); write an offer document` }]);
  }
  const forbidden = forbiddenKeys(value);
  if (forbidden.length > 0) {
    return failure(
      capped(
        forbidden.map((path) => {
          const line = lineOf(lines, path);
          return {
            code: 'forbidden-key' as const,
            path,
            message: `the key ${JSON.stringify(path[path.length - 1])} at ${formatIssuePath(path)} is not allowed in a document; remove it`,
            ...(line === undefined ? {} : { line }),
          };
        }),
      ),
    );
  }
  const result = OfferDocument.safeParse(value, { reportInput: true }); // the bad value, for the message
  if (result.success) {
    // The codes must name real areas, as `validate` checks (a fictional document may make them up).
    const areaIssues = [...areaCodeIssues(result.data), ...futureDateIssues(result.data, today)];
    if (areaIssues.length === 0) return { success: true, data: result.data };
    return failure(capped(areaIssues).map((issue) => {
      const line = lineOf(lines, issue.path);
      return line === undefined ? issue : { ...issue, line };
    }));
  }
  // Codes naming no area in the well-formed parts are said in the same run, after the schema's issues.
  const schemaIssues = withPlaceExamples(withFieldSuggestions(withAreaCodeHints(fromZodIssues(result.error.issues), value), value));
  const codeIssues = unknownAreaCodesOfRaw(value, schemaIssues.map((issue) => issue.path));
  return failure(
    capped([...schemaIssues, ...codeIssues]).map((issue) => {
      const line = lineOf(lines, issue.path);
      return line === undefined ? issue : { ...issue, line };
    }),
  );
}
