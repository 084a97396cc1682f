// Cuts an output's main list to maxItems so a single large page does not flood the agent's
// context. The main list is the paginated trait's items (or, for a paginated operation that names
// none, its first list member); without the trait, the longest top-level list.

import type { OperationView, ServiceModel } from '../../model/service-model.js';
import { itemsPathsOf } from '../workflows/pagination.js';
import { getPath, largestTopLevelList, setPath } from './member-path.js';
import type { JsonObject } from '../../model/plain-object.js';

export interface LimitedItems {
  readonly output: JsonObject;
  /** Set when a list was cut: its member path, how many items were kept and how many there were. */
  readonly limited?: { readonly path: string; readonly kept: number; readonly total: number };
}

/** The member path of the list maxItems applies to in this output, if any. */
export function mainListPath(model: ServiceModel, op: OperationView, output: JsonObject): string | undefined {
  const paths = itemsPathsOf(model, op);
  const modeled = paths.find((p) => Array.isArray(getPath(output, p)));
  return modeled ?? (paths.length === 0 ? largestTopLevelList(output) : undefined);
}

export function limitItems(
  output: JsonObject,
  maxItems: number,
  model: ServiceModel,
  op: OperationView,
): LimitedItems {
  const path = mainListPath(model, op, output);
  if (path === undefined) return { output };
  const list = getPath(output, path) as unknown[];
  if (list.length <= maxItems) return { output };
  const kept = Math.max(0, Math.floor(maxItems));
  return {
    output: setPath(output, path, list.slice(0, kept)),
    limited: { path, kept, total: list.length },
  };
}
