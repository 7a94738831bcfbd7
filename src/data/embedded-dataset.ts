import type { Dataset } from '../schema/dataset.js';
import { generatedDataset } from './embedded-dataset.generated.js';
import { trustBuiltDataset } from '../engine/dataset-index.js';

/**
 * The real dataset shipped with the package: one document per provider (England's national
 * baseline, the Greater Manchester guarantee and its councils, other councils, Wales, Scotland,
 * transport bodies and NHS boards), each offer with its sources and the date it was last checked.
 * It is built from the YAML files in `src/data/documents/` by `npm run generate:dataset` and
 * embedded as plain data, so it needs no file system (it works in a browser). It is deeply frozen:
 * validated when generated (and by the tests), it is not validated again at run time.
 *
 * @example
 * ```ts
 * import { embeddedDataset, evaluate } from 'care-leaver-entitlements';
 * embeddedDataset.documents.some((d) => d.provider.code === 'E47000001'); // true
 * const result = evaluate(
 *   { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000003' },
 *   '2026-11-23',
 *   embeddedDataset,
 * );
 * ```
 */
// Marked pure so that a bundle which never reads the dataset leaves it (1.3 MB) out.
export const embeddedDataset: Dataset = /* @__PURE__ */ trustBuiltDataset(generatedDataset);
