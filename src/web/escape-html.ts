/**
 * Escapes text for HTML: `&`, `<`, `>`, `"` and `'` become entities, so any string from the data
 * or the address can be put in an element or an attribute value.
 *
 * @param text - the text
 * @returns the escaped text
 * @example
 * ```ts
 * escapeHtml('<b>"Tom" & Jerry\'s</b>'); // '&lt;b&gt;&quot;Tom&quot; &amp; Jerry&#39;s&lt;/b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
