import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

/** The document files at one path: the file itself, or the YAML and JSON files of a folder (and its subfolders), sorted. */
function filesAt(path: string, option: string): string[] {
  const named = option === '' ? path : `${option} ${path}`;
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    throw new UsageError(`${named} does not exist; give a YAML or JSON offer document, or a folder of them`);
  }
  if (!isFolder) return [path];
  const files = readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ya?ml|json)$/i.test(name))
    .sort()
    .map((name) => join(path, name));
  if (files.length === 0) throw new UsageError(`${named} holds no .yaml, .yml or .json files`);
  return files;
}

/**
 * The document files of every path given with --data, in the order given: a file itself, or the
 * YAML and JSON files of a folder (and its subfolders, sorted). A file reached twice (given
 * twice, given and inside a folder given, or through a symbolic link, even a link in a loop) is
 * read once.
 *
 * @param paths - the paths given (with --data, or to validate)
 * @param option - the option that gave them, for messages ('' for a command's own arguments)
 * @returns the files
 * @throws {@link UsageError} for a path that does not exist, or a folder with no documents
 * @example
 * ```ts
 * dataFiles(['my-council.yaml', 'region/']); // ['my-council.yaml', 'region/a.yaml', 'region/b.json']
 * ```
 */
export function dataFiles(paths: readonly string[], option = '--data'): string[] {
  const seen = new Set<string>();
  return paths.flatMap((path) => filesAt(path, option)).filter((file) => {
    let key: string;
    try {
      key = realpathSync(file); // the file itself, whatever links lead to it
    } catch {
      key = resolve(file); // read later, where a missing file is said
    }
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
