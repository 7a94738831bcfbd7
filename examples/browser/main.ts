/**
 * A browser page's script: answers "what do I get here?" with no server. The library needs no
 * file system; the areas registry is in the script, and the offers a question needs are loaded
 * with it (`embeddedDatasetFor`: a bundler makes each offer document a file of its own).
 *
 * Bundle it for the page (examples/browser/index.html loads ./main.js), with code splitting:
 *   npx esbuild examples/browser/main.ts --bundle --splitting --format=esm --minify --outdir=examples/browser
 *
 * In your own project, import from 'care-leaver-entitlements' instead of '../../src/index.js'.
 */
import { KIND_INFO, describeValue, embeddedDatasetFor, evaluate, placesOf, resolveArea } from '../../src/index.js';

/** One line of the answer. */
export interface Row {
  readonly kind: string;
  readonly outcome: string;
  readonly value: string;
  readonly why: string;
}

/**
 * What the form asks, answered: resolves the two places by name, loads the offers that can concern
 * someone there, and evaluates on the date. Returns an error message instead of throwing for a
 * name that is not a UK area.
 */
export async function answer(born: string, responsible: string, livesIn: string, on: string): Promise<{ rows: Row[] } | { error: string }> {
  const r = resolveArea(responsible);
  if (!r.ok) return { error: `Looked after by: ${r.issue.message}` };
  const l = resolveArea(livesIn);
  if (!l.ok) return { error: `Lives in: ${l.issue.message}` };
  const person = { dateOfBirth: born, category: 'former-relevant', responsibleAuthority: r.area.code, residence: l.area.code } as const;
  try {
    const result = evaluate(person, on, await embeddedDatasetFor(placesOf(person)));
    return {
      rows: result.entitlements
        .filter((e) => e.outcome !== 'unknown' || e.offers.length > 0) // hide kinds nothing is encoded for
        .map((e) => ({
          kind: KIND_INFO[e.kind].label,
          outcome: e.outcome,
          // An Entitlement is a union on `outcome`: once eligible, its value and provider are not null.
          value: e.outcome === 'eligible' ? `${describeValue(e.value)} from ${e.provider.name}` : '',
          why: e.reasons.map((reason) => reason.message).join('; '),
        })),
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

// Wire the form when running in a page (not when imported by the example runner in Node).
if (typeof document !== 'undefined') {
  const form = document.querySelector('form')!;
  const output = document.querySelector('#answer')!;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const get = (name: string) => String(data.get(name) ?? '');
    const result = await answer(get('born'), get('responsible'), get('livesIn'), get('on'));
    output.replaceChildren();
    if ('error' in result) {
      output.textContent = result.error;
      return;
    }
    for (const row of result.rows) {
      const tr = document.createElement('tr');
      for (const text of [row.kind, row.outcome, row.value, row.why]) {
        const td = document.createElement('td');
        td.textContent = text; // text, never HTML
        tr.append(td);
      }
      output.append(tr);
    }
  });
}
