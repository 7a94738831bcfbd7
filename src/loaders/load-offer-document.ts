import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { OfferDocument } from '../schema/offer-document.js';
import { type CheckResult, type InputIssue, fromZodIssues, formatIssuePath } from '../validation/input-issue.js';

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
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Options for {@link loadOfferDocument}. */
export interface LoadOfferDocumentOptions {
  /** Reject texts longer than this many bytes (UTF-8); defaults to {@link MAX_OFFER_DOCUMENT_BYTES}. */
  readonly maxBytes?: number;
}

type Path = readonly (string | number)[];

function lineOf(document: Document | null, counter: LineCounter, path: Path): number | undefined {
  if (document === null) return undefined;
  const line = (node: unknown) => (isNode(node) && node.range ? counter.linePos(node.range[0]).line : undefined);
  // The key (or item) at the path, or the nearest ancestor that exists: a missing field points at its parent.
  for (let length = path.length; length > 0; length--) {
    const parent: unknown = length === 1 ? document.contents : document.getIn(path.slice(0, length - 1), true);
    const last = path[length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value === last || String(p.key.value) === String(last) : p.key === last));
      const found = pair === undefined ? undefined : (line(pair.key) ?? line(pair.value));
      if (found !== undefined) return found;
    } else if (isSeq(parent) && typeof last === 'number') {
      const found = line(parent.items[last]);
      if (found !== undefined) return found;
    }
  }
  return line(document.contents);
}

function forbiddenKeys(value: unknown, path: (string | number)[] = [], found: Path[] = []): Path[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => forbiddenKeys(item, [...path, index], found));
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) found.push([...path, key]);
      else forbiddenKeys((value as Record<string, unknown>)[key], [...path, key], found);
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
 * a key such as `__proto__`, `constructor` or `prototype` anywhere (`forbidden-key`). Nothing
 * from a document with issues should be evaluated.
 *
 * @param text - the document's text
 * @param fileName - its file name, used to choose JSON or YAML and in messages
 * @param options - the size limit
 * @returns `{ success: true, data }` or `{ success: false, issues }` with a `line` where known
 * @example
 * ```ts
 * // A fictional document missing its offers
 * const result = loadOfferDocument('schemaVersion: 1\nlayer: local\n', 'fictional.yaml');
 * result.success; // false
 * if (!result.success) result.issues[0]; // { code: 'invalid-type', path: ['provider'], message: '…', line: 1 }
 * ```
 */
export function loadOfferDocument(
  text: string,
  fileName: string,
  options: LoadOfferDocumentOptions = {},
): CheckResult<OfferDocument> {
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
  const isJson = /\.json$/i.test(fileName);
  const counter = new LineCounter();
  let document: Document | null = parseDocument(text, { lineCounter: counter, keepSourceTokens: true, uniqueKeys: true });
  let value: unknown;
  if (isJson) {
    try {
      value = JSON.parse(text);
    } catch (error) {
      return failure([{ code: 'malformed-document', path: [], message: `${fileName} is not valid JSON: ${(error as Error).message}` }]);
    }
    // YAML reads JSON too; it is used here only to find lines.
    if (document.errors.length > 0) document = null;
  } else {
    const error = document.errors[0];
    if (error !== undefined) {
      const line = error.linePos?.[0].line;
      const first = error.message.split('\n')[0] ?? error.message;
      return failure([
        {
          code: 'malformed-document',
          path: [],
          message: `${fileName} is not valid YAML: ${first}`,
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
  if (value === null || value === undefined) {
    return failure([{ code: 'empty-document', path: [], message: `${fileName} holds no document (only comments or null); write an offer document` }]);
  }
  const forbidden = forbiddenKeys(value);
  if (forbidden.length > 0) {
    return failure(
      forbidden.map((path) => {
        const line = lineOf(document, counter, path);
        return {
          code: 'forbidden-key' as const,
          path,
          message: `the key ${JSON.stringify(path[path.length - 1])} at ${formatIssuePath(path)} is not allowed in a document; remove it`,
          ...(line === undefined ? {} : { line }),
        };
      }),
    );
  }
  const result = OfferDocument.safeParse(value);
  if (result.success) return { success: true, data: result.data };
  return failure(
    fromZodIssues(result.error.issues).map((issue) => {
      const line = lineOf(document, counter, issue.path);
      return line === undefined ? issue : { ...issue, line };
    }),
  );
}
