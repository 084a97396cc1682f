// Follows an operation's `smithy.api#paginated` tokens across pages and merges the pages' item
// lists into one result. Each page is one call of the injected `call`, so the caller can audit every
// AWS request on its own; this module never talks to AWS itself.

import { ToolError } from '../../errors/tool-error.js';
import type { OperationView, ServiceModel } from '../../model/service-model.js';
import { paginationTrait } from '../../model/views/operation.js';
import { getPath, listMembersOf, setPath } from '../shaping/member-path.js';
import { isEmptyToken, PageItems, tokenKey } from './page-items.js';
import type { JsonObject } from '../../model/plain-object.js';

export const DEFAULT_MAX_PAGES = 10;
/** A runaway loop through a service that never stops handing out tokens must end somewhere. */
export const MAX_PAGES_CAP = 100;

/** The trait after merging the service-level defaults under the operation's own values. */
export interface Pagination {
  readonly inputToken: string;
  readonly outputToken: string;
  readonly items?: string;
  readonly pageSize?: string;
}

export type PageCall = (input: JsonObject) => Promise<{ output: JsonObject }>;

export interface PageInfo {
  /** 1-based page number. */
  readonly page: number;
  readonly input: JsonObject;
  readonly output: JsonObject;
  /** Items on this page in the primary items list. */
  readonly items: number;
}

export type PaginateStop = 'complete' | 'maxPages' | 'maxItems' | 'repeatedToken' | 'error';

export interface PaginateOptions {
  readonly model: ServiceModel;
  readonly op: OperationView;
  readonly input: JsonObject;
  readonly call: PageCall;
  /** Default 10, capped at MAX_PAGES_CAP. */
  readonly maxPages?: number;
  readonly maxItems?: number;
  readonly signal?: AbortSignal;
  readonly onPage?: (page: PageInfo) => void;
}

export interface PaginateResult {
  /** The last page's output with every items list replaced by the merged lists. */
  readonly output: JsonObject;
  readonly pages: number;
  /** Items in the primary list of `output`. */
  readonly itemCount: number;
  /** Token to continue from (put it in the input token member); absent when there is no more. */
  readonly nextToken?: unknown;
  /**
   * Set when maxItems cut a page short: continuing from `nextToken` (or from the start when it is
   * absent) repeats that page, whose first `skipItems` items were already returned.
   */
  readonly skipItems?: number;
  readonly truncatedByMaxItems: boolean;
  readonly stopReason: PaginateStop;
  /** The error of a later page; earlier pages are still returned (the first page's error throws). */
  readonly pageError?: unknown;
}

/** The operation's pagination, or undefined when it is not paginated. */
export function paginationOf(model: ServiceModel, op: OperationView): Pagination | undefined {
  const merged = paginationTrait(op.shape.traits, model.serviceTraits());
  const { inputToken, outputToken, items, pageSize } = merged ?? {};
  if (!inputToken || !outputToken) return undefined;
  return { inputToken, outputToken, ...(items ? { items } : {}), ...(pageSize ? { pageSize } : {}) };
}

/**
 * The lists a page contributes: the trait's `items`, or, when the trait names none (S3
 * ListObjectsV2), every top-level list of the output. The first one is the primary list that
 * maxItems counts.
 */
export function itemsPathsOf(model: ServiceModel, op: OperationView): string[] {
  const p = paginationOf(model, op);
  if (!p) return [];
  return p.items ? [p.items] : listMembersOf(model, model.outputOf(op));
}

/** The token to pass as the input token for the next page, or undefined on the last page. */
export function nextTokenOf(model: ServiceModel, op: OperationView, output: JsonObject): unknown {
  const p = paginationOf(model, op);
  if (!p) return undefined;
  const token = getPath(output, p.outputToken);
  return isEmptyToken(token) ? undefined : token;
}

function clampPages(maxPages: number | undefined): number {
  if (maxPages === undefined) return DEFAULT_MAX_PAGES;
  if (!Number.isInteger(maxPages) || maxPages < 1) {
    throw new ToolError('InvalidInput', `maxPages must be a positive integer, got ${String(maxPages)}`, {
      hint: `Use a value between 1 and ${MAX_PAGES_CAP}.`,
    });
  }
  return Math.min(maxPages, MAX_PAGES_CAP);
}

function checkMaxItems(maxItems: number | undefined): void {
  if (maxItems !== undefined && (!Number.isInteger(maxItems) || maxItems < 1)) {
    throw new ToolError('InvalidInput', `maxItems must be a positive integer, got ${String(maxItems)}`, {
      hint: 'Give the number of list items you want back, e.g. 100.',
    });
  }
}

function isAbort(e: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (e instanceof Error && e.name === 'AbortError');
}

/** Where a run of pages stands; each field ends up in the PaginateResult of the same name. */
interface PageWalk {
  pages: number;
  last: JsonObject | undefined;
  /** The token the current page was asked with (absent for a first page from the start). */
  pageToken: unknown;
  pageInput: JsonObject;
  /** Tokens already followed: a service that hands one out again would loop forever. */
  readonly seen: Set<string>;
  stopReason: PaginateStop;
  nextToken: unknown;
  skipItems: number | undefined;
  truncatedByMaxItems: boolean;
  pageError: unknown;
}

function paginationOrThrow(model: ServiceModel, op: OperationView): Pagination {
  const p = paginationOf(model, op);
  if (p) return p;
  throw new ToolError('InvalidInput', `${op.name} is not a paginated operation`, {
    hint: 'Invoke it without options.paginate (and without maxPages).',
  });
}

/** Adds a page's lists to the merged ones; returns how many items the primary list got. */
function addPage(merged: Map<string, PageItems>, primary: string | undefined, output: JsonObject): number {
  let pageItems = 0;
  for (const [path, items] of merged) {
    const added = items.add(getPath(output, path));
    if (path === primary) pageItems = added;
  }
  return pageItems;
}

/**
 * maxItems reached on this page. When the page overshot, the list is cut and the caller is told to
 * ask for this page again and skip what it already has, since AWS tokens cannot point mid-page.
 */
function stopAtMaxItems(
  walk: PageWalk,
  primary: PageItems,
  page: { maxItems: number; pageItems: number; token: unknown },
): void {
  const { maxItems, pageItems, token } = page;
  const total = primary.count();
  if (total > maxItems) {
    primary.cut(maxItems);
    walk.skipItems = pageItems - (total - maxItems);
    walk.nextToken = isEmptyToken(walk.pageToken) ? undefined : walk.pageToken;
    walk.truncatedByMaxItems = true;
  } else {
    walk.nextToken = token;
    walk.truncatedByMaxItems = token !== undefined;
  }
  walk.stopReason = walk.truncatedByMaxItems ? 'maxItems' : 'complete';
}

/** Whether the run ends after this page; records why in `walk`. */
function stopAfterPage(
  walk: PageWalk,
  primary: PageItems | undefined,
  page: { maxItems: number | undefined; maxPages: number; pageItems: number; token: unknown },
): boolean {
  const { maxItems, token } = page;
  if (maxItems !== undefined && primary !== undefined && primary.count() >= maxItems) {
    stopAtMaxItems(walk, primary, { maxItems, pageItems: page.pageItems, token });
    return true;
  }
  if (token === undefined) return true;
  if (walk.seen.has(tokenKey(token))) {
    // Some services hand back the token they were given on their last page; that is the end.
    walk.stopReason = 'repeatedToken';
    return true;
  }
  walk.seen.add(tokenKey(token));
  if (walk.pages >= page.maxPages) {
    walk.stopReason = 'maxPages';
    walk.nextToken = token;
    return true;
  }
  return false;
}

/** The last page's output carrying the merged lists and the token to continue from. */
function mergedResult(
  walk: PageWalk,
  p: Pagination,
  merged: Map<string, PageItems>,
  primary: PageItems | undefined,
): PaginateResult {
  const { nextToken, skipItems, pageError } = walk;
  let output = walk.last!;
  for (const [path, items] of merged) {
    if (items.seen) output = setPath(output, path, items.value());
  }
  // The merged output must not advertise the raw last-page token when we stopped elsewhere.
  if (nextToken !== undefined || getPath(output, p.outputToken) !== undefined) {
    output = setPath(output, p.outputToken, nextToken);
  }
  return {
    output,
    pages: walk.pages,
    itemCount: primary !== undefined ? primary.count() : 0,
    ...(nextToken !== undefined ? { nextToken } : {}),
    ...(skipItems !== undefined ? { skipItems } : {}),
    truncatedByMaxItems: walk.truncatedByMaxItems,
    stopReason: walk.stopReason,
    ...(pageError !== undefined ? { pageError } : {}),
  };
}

/** Calls the operation page by page, following its tokens; see PaginateResult for the outcome. */
export async function paginate(opts: PaginateOptions): Promise<PaginateResult> {
  const { model, op, input, call, maxItems, signal, onPage } = opts;
  const p = paginationOrThrow(model, op);
  const maxPages = clampPages(opts.maxPages);
  checkMaxItems(maxItems);
  const paths = itemsPathsOf(model, op);
  const merged = new Map<string, PageItems>(paths.map((path) => [path, new PageItems()]));
  const primary = paths[0] !== undefined ? merged.get(paths[0]) : undefined;
  const pageToken = getPath(input, p.inputToken);
  const walk: PageWalk = {
    pages: 0,
    last: undefined,
    pageToken,
    pageInput: input,
    seen: new Set(isEmptyToken(pageToken) ? [] : [tokenKey(pageToken)]),
    stopReason: 'complete',
    nextToken: undefined,
    skipItems: undefined,
    truncatedByMaxItems: false,
    pageError: undefined,
  };
  for (;;) {
    signal?.throwIfAborted();
    let output: JsonObject;
    try {
      ({ output } = await call(walk.pageInput));
    } catch (e) {
      // A later page's failure keeps the pages already read; the first page's has nothing to keep.
      if (walk.pages === 0 || isAbort(e, signal)) throw e;
      walk.stopReason = 'error';
      walk.pageError = e;
      walk.nextToken = walk.pageToken;
      break;
    }
    walk.pages += 1;
    walk.last = output;
    const pageItems = addPage(merged, paths[0], output);
    onPage?.({ page: walk.pages, input: walk.pageInput, output, items: pageItems });
    const token = nextTokenOf(model, op, output);
    if (stopAfterPage(walk, primary, { maxItems, maxPages, pageItems, token })) break;
    walk.pageToken = token;
    walk.pageInput = setPath(input, p.inputToken, token);
  }
  return mergedResult(walk, p, merged, primary);
}
