// The search engine's public surface, for the tools layer and the composition root.
// Everything else in this folder is an implementation detail.

export {
  createSearchIndex,
  loadSearchIndex,
  LIMIT_DEFAULT,
  LIMIT_MAX,
  QUERY_MAX,
  type SearchLogger,
} from './search-index.js';
export type {
  FilterVerdict,
  SearchIndex,
  SearchRequest,
  SearchResponse,
  SearchResult,
  ServiceCandidate,
} from './types.js';
