// What the user has chosen to see: filters, the selected entity and the
// appearance modes. It lives in the URL (url-state.ts) so views can be shared.
import type { EdgeType, EntityType } from "../../src/graph/serialized.js";
import type { ColorMode, SizeMode } from "./appearance.js";

export interface Filters {
  /** Entity types shown; null shows all. */
  readonly types: ReadonlySet<EntityType> | null;
  /** Edge types shown; null shows all. */
  readonly edgeTypes: ReadonlySet<EdgeType> | null;
  readonly article: string | null;
  /** Inclusive ISO day bounds. */
  readonly from: string | null;
  readonly to: string | null;
  readonly minDegree: number;
  readonly hideIsolated: boolean;
}

export interface ViewState {
  readonly filters: Filters;
  readonly selected: string | null;
  readonly color: ColorMode;
  readonly size: SizeMode;
}

export const NO_FILTERS: Filters = { types: null, edgeTypes: null, article: null, from: null, to: null, minDegree: 0, hideIsolated: false };

export const DEFAULT_VIEW: ViewState = { filters: NO_FILTERS, selected: null, color: "type", size: "mentions" };

export function isFiltering(f: Filters): boolean {
  return f.types !== null || f.edgeTypes !== null || f.article !== null || f.from !== null || f.to !== null || f.minDegree > 0 || f.hideIsolated;
}
