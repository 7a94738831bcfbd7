/**
 * The folder, beside the adviser page's app.js, of the script's other files: one for each offer
 * document (those that may concern anyone in a whole nation together), and the code they share
 * with it. `npm run build:web` names each file after a hash of its content (`bolton-3I42KZ6E.js`),
 * so a file there never changes: `serve` lets a browser keep it without asking again.
 *
 * @example
 * ```ts
 * `${CHUNKS_FOLDER}/bolton-3I42KZ6E.js`; // 'chunks/bolton-3I42KZ6E.js'
 * ```
 */
export const CHUNKS_FOLDER = 'chunks';
