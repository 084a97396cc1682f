// The search engine behind aws_search_operations: validates a request, reads the query, ranks
// every operation of the catalog and returns a short page, honouring the caller's policy filter.
//
// Decisions (see also the report in bench/results-search.md):
// - serviceHint NARROWS to that service: the caller said where to look, and a result from
//   another service would be a wrong answer, not a lesser one.
// - Denied operations are HIDDEN by default: an agent shown an operation tends to try it, and a
//   call the policy refuses wastes a turn; `hiddenByPolicy` still says that some were hidden.
//   `denied: 'mark'` keeps them, marked, for UIs that explain policy.
// - A query with no searchable words throws ToolError InvalidInput; a query that matches
//   nothing is not an error: the response carries `noResults` with a reason and suggestions.

import path from 'node:path';
import type { Catalog } from '../catalog/types.js';
import { requirePlainName } from '../catalog/names.js';
import {
  pruneSearchCaches,
  readSearchCache,
  searchCachePath,
  writeSearchCache,
  yieldToLoop,
  type CachedIndex,
} from './index-cache.js';
import { CorruptIndexError } from './paged-file.js';
import { serviceCandidates } from './candidates.js';
import { ToolError } from '../errors/tool-error.js';
import { buildIndexData, operationAt, type SearchIndexData } from './index-build.js';
import { planQuery } from './query.js';
import type { QueryPlan } from './query-plan.js';
import { Ranker } from './rank.js';
import { displayScore, toResult } from './results.js';
import { topK } from './select.js';
import { queryNameKeys } from './service-names.js';
import { words } from './text.js';
import type { FilterVerdict, SearchIndex, SearchRequest, SearchResponse, SearchResult } from './types.js';
import { PHRASES } from './vocabulary.js';
import { stem } from './text.js';

export const QUERY_MAX = 256;
export const LIMIT_MAX = 50;
export const LIMIT_DEFAULT = 10;
const EXAMPLES = [
  'list s3 buckets',
  'who am I logged in as',
  'aws ec2 describe-instances',
  'sqs:SendMessage',
];

export interface SearchLogger {
  debug(msg: string, fields?: object): void;
  warn?(msg: string, fields?: object): void;
}

/** Builds the index from the catalog now (no cache). */
export function createSearchIndex(catalog: Catalog, opts: { logger?: SearchLogger } = {}): SearchIndex {
  const started = performance.now();
  const ix = buildIndexData(catalog);
  opts.logger?.debug('search: index built', {
    operations: ix.opCount,
    terms: ix.termIds.size,
    ms: Math.round(performance.now() - started),
  });
  return searchIndexOf({ ix }, catalog);
}

/**
 * The index for this catalog's model commit from the cache file in `cacheDir` (the catalog
 * cache's directory); on a miss, or a stale or corrupt file, builds it and writes the cache for
 * the next start. Only the build needs the catalog's data loaded; a cache hit does not.
 * `unread`: what the file's bytes not read yet hold (tests: non-zero, see PagedBody).
 */
export async function loadSearchIndex(
  catalog: Catalog,
  opts: { cacheDir: string; logger?: SearchLogger; background?: boolean; unread?: number },
): Promise<SearchIndex> {
  const warn = (msg: string, fields?: object): void => opts.logger?.warn?.(msg, fields);
  const file = searchCachePath(opts.cacheDir, catalog.modelCommit);
  const cacheable = catalog.modelCommit !== '';
  const background = opts.background ?? false;
  const read = { logger: { warn }, background, unread: opts.unread ?? 0 };
  const cached = cacheable ? await readSearchCache(file, catalog, read) : undefined;
  /** Writes the cache file for the next start (and prunes older ones); a failure is only logged. */
  const persist = (ix: SearchIndexData): Promise<void> =>
    writeSearchCache(file, catalog.modelCommit, ix)
      .then(() => pruneSearchCaches(opts.cacheDir, file))
      .catch((e: unknown) =>
        warn('search: could not write the index cache', {
          error: e instanceof Error ? e.message : String(e),
        }),
      );
  const build = async (): Promise<SearchIndexData> => {
    const started = performance.now();
    const ix = buildIndexData(catalog);
    opts.logger?.debug('search: index built', { ms: Math.round(performance.now() - started) });
    if (cacheable) await persist(ix);
    return ix;
  };
  if (!cached) return searchIndexOf({ ix: await build() }, catalog);
  if (background) await yieldToLoop();
  opts.logger?.debug('search: index loaded from its cache file', { background });
  // A block that fails its checksum when a query first reads it: that query is answered from an
  // index built now, which also replaces the file.
  const rebuild = (e: CorruptIndexError): Loaded => {
    warn('search: index cache unusable; rebuilding', { file: path.basename(file), error: e.message });
    cached.close();
    const ix = buildIndexData(catalog);
    void persist(ix); // not awaited: the query that met the damage is answered now
    return { ix };
  };
  return searchIndexOf({ ix: cached.data, cached }, catalog, rebuild);
}

/** The index data a search runs on; `cached` when it is read from its file on demand. */
interface Loaded {
  readonly ix: SearchIndexData;
  readonly cached?: CachedIndex;
}

function searchIndexOf(
  loaded: Loaded,
  catalog: Catalog,
  rebuild?: (e: CorruptIndexError) => Loaded,
): SearchIndex {
  let current = { ...loaded, ranker: new Ranker(loaded.ix) };
  const { ix } = loaded;
  return {
    stats: { operations: ix.opCount, services: ix.services.length, terms: ix.termIds.size },
    search: (req) => {
      try {
        return runSearch(current, catalog, req);
      } catch (e) {
        if (!(e instanceof CorruptIndexError) || !rebuild || current.cached === undefined) throw e;
        const fresh = rebuild(e);
        current = { ...fresh, ranker: new Ranker(fresh.ix) };
        return runSearch(current, catalog, req);
      }
    },
  };
}

function runSearch(
  { ix, ranker, cached }: Loaded & { readonly ranker: Ranker },
  catalog: Catalog,
  req: SearchRequest,
): SearchResponse {
  const query = checkQuery(req.query);
  const limit = checkLimit(req.limit);
  const allowed = req.serviceHint === undefined ? undefined : hintServices(ix, catalog, req.serviceHint);
  const plan = planQuery(ix, query);
  cached?.prepareTerms(plan.terms.keys());
  if (plan.empty) {
    throw new ToolError(
      'InvalidInput',
      'The query has no words to search with (only common words or punctuation).',
      {
        hint: `Describe the task or name the operation, e.g. ${EXAMPLES.map((e) => `"${e}"`).join(', ')}.`,
      },
    );
  }
  const corrected = Object.keys(plan.corrections).length > 0 ? { corrected: plan.corrections } : {};
  const ranked = ranker.rank(plan, allowed);
  if (ranked.count === 0) return { results: [], ...corrected, noResults: nothingMatched(req) };

  const results: SearchResult[] = [];
  let hidden = 0;
  const seen = new Set<number>();
  // Usually one pass fills the page; a filter that hides many asks for more candidates.
  for (let want = limit + 10; results.length < limit && seen.size < ranked.count; want *= 4) {
    const page = topK(ranked, want, seen);
    for (const i of page) {
      seen.add(i);
      if (results.length >= limit) break;
      const op = operationAt(ix, ranked.ops[i]!);
      const verdict: FilterVerdict = req.filter
        ? req.filter(op, ix.services[ix.opService[ranked.ops[i]!]!]!)
        : 'allow';
      if (verdict === 'deny' && req.denied !== 'mark') {
        hidden++;
        continue;
      }
      const exact = (plan.exact.get(ranked.ops[i]!) ?? 0) >= 0.9 && results.length === 0;
      results.push(toResult(op, displayScore(ranked.scores[i]!, exact), verdict));
    }
    if (page.length === 0) break;
  }
  const policy = hidden > 0 ? { hiddenByPolicy: hidden } : {};
  if (results.length === 0) {
    return {
      results,
      ...policy,
      ...corrected,
      noResults: {
        reason: `Every matching operation is denied by policy (${hidden} hidden).`,
        suggestions: [
          'Ask an administrator to allow the operation in policy.yaml',
          'Search for a read-only alternative',
        ],
      },
    };
  }
  return { results, ...policy, ...corrected, ...candidatesOf(ix, plan, req, results) };
}

function candidatesOf(
  ix: SearchIndexData,
  plan: QueryPlan,
  req: SearchRequest,
  results: readonly SearchResult[],
): Pick<SearchResponse, 'serviceCandidates'> {
  if (plan.namedService || req.serviceHint !== undefined) return {};
  const found = serviceCandidates(ix, results);
  return found.length > 0 ? { serviceCandidates: found } : {};
}

function checkQuery(query: unknown): string {
  if (typeof query !== 'string' || query.trim().length === 0) {
    throw new ToolError('InvalidInput', 'query must be a non-empty string.', {
      hint: `Describe what you want to do, e.g. ${EXAMPLES.map((e) => `"${e}"`).join(', ')}.`,
    });
  }
  if (query.length > QUERY_MAX) {
    throw new ToolError('InvalidInput', `query is ${query.length} characters; the limit is ${QUERY_MAX}.`, {
      hint: 'Shorten the query to the task itself, e.g. "list log groups".',
    });
  }
  return query.trim();
}

function checkLimit(limit: unknown): number {
  if (limit === undefined) return LIMIT_DEFAULT;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > LIMIT_MAX) {
    throw new ToolError('InvalidInput', `limit must be an integer from 1 to ${LIMIT_MAX}.`, {
      hint: `Omit limit for ${LIMIT_DEFAULT} results.`,
    });
  }
  return limit;
}

/** Service indexes a hint names: any alias, the phrase vocabulary ("parameter store"), or an error. */
function hintServices(ix: SearchIndexData, catalog: Catalog, hint: unknown): Set<number> {
  if (typeof hint !== 'string' || hint.trim() === '' || hint.length > 100) {
    throw new ToolError('InvalidInput', 'serviceHint must be a service name of 1-100 characters.', {
      hint: 'Use a service id or alias such as "s3", "logs" or "step functions", or omit serviceHint.',
    });
  }
  requirePlainName(hint, 'serviceHint');
  // the index's own names first: the catalog's data need not be loaded for a known name
  const ids = new Set<string>();
  const exact = ix.serviceKeys.get(hint.trim().toLowerCase())?.filter(([, strength]) => strength === 1);
  for (const [s] of exact ?? []) ids.add(ix.services[s]!.id);
  const direct = ids.size === 0 ? catalog.findService(hint) : undefined;
  if (direct) ids.add(direct.id);
  else if (ids.size === 0) {
    for (const key of queryNameKeys(words(hint))) {
      for (const [s] of ix.serviceKeys.get(key) ?? []) ids.add(ix.services[s]!.id);
    }
    if (ids.size === 0)
      for (const id of PHRASES.get(words(hint).map(stem).join(' '))?.services ?? []) ids.add(id);
  }
  if (ids.size === 0) catalog.resolveService(hint); // throws UnknownService with suggestions
  const out = new Set<number>();
  ix.services.forEach((s, i) => {
    if (ids.has(s.id)) out.add(i);
  });
  return out;
}

function nothingMatched(req: SearchRequest): { reason: string; suggestions: string[] } {
  if (req.serviceHint !== undefined) {
    return {
      reason: `No operation of "${req.serviceHint}" matches the query.`,
      suggestions: [
        'Search again without serviceHint',
        'Use the words of the task, e.g. "list", "create", "delete"',
      ],
    };
  }
  return {
    reason: 'No operation matches any word of the query.',
    suggestions: [
      'Name the service and the action, e.g. "sqs send message"',
      'Use the operation or CLI name if known, e.g. "GetCallerIdentity" or "describe-instances"',
    ],
  };
}
