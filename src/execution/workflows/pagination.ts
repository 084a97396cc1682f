// Follows an operation's `smithy.api#paginated` tokens across pages and merges the pages' item
// lists into one result. Each page is one call of the injected `call`, so the caller can audit every
// AWS request on its own; this module never talks to AWS itself.

import { ToolError } from '../../errors/tool-error.js';
import type { OperationView, ServiceModel } from '../../model/service-model.js';
import { paginationTrait } from '../../model/views/operation.js';
import { getPath, isObject, listMembersOf, setPath } from '../shaping/member-path.js';
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

/** The items of one path across pages: a list, or a map for the few that page maps (GetUsage). */
class PageItems {
  private readonly list: unknown[] = [];
  private map: JsonObject | undefined;
  seen = false;

  /** Adds a page's items; returns how many it had. */
  add(value: unknown): number {
    if (Array.isArray(value)) {
      this.seen = true;
      for (const item of value) this.list.push(item);
      return value.length;
    }
    if (isObject(value)) {
      this.seen = true;
      this.map = Object.assign(this.map ?? {}, value);
      return Object.keys(value).length;
    }
    return 0;
  }

  count(): number {
    return this.map ? Object.keys(this.map).length : this.list.length;
  }

  cut(n: number): void {
    if (this.map) this.map = Object.fromEntries(Object.entries(this.map).slice(0, n));
    else this.list.length = n;
  }

  value(): unknown {
    return this.map ?? this.list;
  }
}

/** A token that means "no more pages": absent, empty string, or an empty object/list. */
function isEmptyToken(token: unknown): boolean {
  if (token === undefined || token === null || token === '') return true;
  if (Array.isArray(token)) return token.length === 0;
  if (isObject(token)) return Object.keys(token).length === 0;
  return false;
}

/** The token to pass as the input token for the next page, or undefined on the last page. */
export function nextTokenOf(model: ServiceModel, op: OperationView, output: JsonObject): unknown {
  const p = paginationOf(model, op);
  if (!p) return undefined;
  const token = getPath(output, p.outputToken);
  return isEmptyToken(token) ? undefined : token;
}

/** Tokens may be objects (DynamoDB's LastEvaluatedKey); compare them by their JSON text. */
function tokenKey(token: unknown): string {
  return JSON.stringify(token) ?? String(token);
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

/** Calls the operation page by page, following its tokens; see PaginateResult for the outcome. */
export async function paginate(opts: PaginateOptions): Promise<PaginateResult> {
  const { model, op, input, call, maxItems, signal, onPage } = opts;
  const p = paginationOf(model, op);
  if (!p) {
    throw new ToolError('InvalidInput', `${op.name} is not a paginated operation`, {
      hint: 'Invoke it without options.paginate (and without maxPages).',
    });
  }
  const maxPages = clampPages(opts.maxPages);
  checkMaxItems(maxItems);
  const paths = itemsPathsOf(model, op);
  const primary = paths[0];
  const merged = new Map<string, PageItems>(paths.map((path) => [path, new PageItems()]));

  const seen = new Set<string>();
  let pageToken = getPath(input, p.inputToken);
  if (!isEmptyToken(pageToken)) seen.add(tokenKey(pageToken));
  let pageInput = input;
  let last: JsonObject | undefined;
  let pages = 0;
  let stopReason: PaginateStop = 'complete';
  let nextToken: unknown;
  let skipItems: number | undefined;
  let truncatedByMaxItems = false;
  let pageError: unknown;

  for (;;) {
    signal?.throwIfAborted();
    let output: JsonObject;
    try {
      ({ output } = await call(pageInput));
    } catch (e) {
      if (pages === 0 || isAbort(e, signal)) throw e;
      stopReason = 'error';
      pageError = e;
      nextToken = pageToken;
      break;
    }
    pages += 1;
    last = output;
    let pageItems = 0;
    for (const path of paths) {
      const added = merged.get(path)!.add(getPath(output, path));
      if (path === primary) pageItems = added;
    }
    onPage?.({ page: pages, input: pageInput, output, items: pageItems });
    const token = nextTokenOf(model, op, output);

    const total = primary !== undefined ? merged.get(primary)!.count() : 0;
    if (maxItems !== undefined && primary !== undefined && total >= maxItems) {
      if (total > maxItems) {
        merged.get(primary)!.cut(maxItems);
        skipItems = pageItems - (total - maxItems);
        nextToken = isEmptyToken(pageToken) ? undefined : pageToken;
        truncatedByMaxItems = true;
      } else {
        nextToken = token;
        truncatedByMaxItems = token !== undefined;
      }
      stopReason = truncatedByMaxItems ? 'maxItems' : 'complete';
      break;
    }
    if (token === undefined) break;
    if (seen.has(tokenKey(token))) {
      // Some services hand back the token they were given on their last page; that is the end.
      stopReason = 'repeatedToken';
      break;
    }
    seen.add(tokenKey(token));
    if (pages >= maxPages) {
      stopReason = 'maxPages';
      nextToken = token;
      break;
    }
    pageToken = token;
    pageInput = setPath(input, p.inputToken, token);
  }

  let output = last!;
  for (const [path, items] of merged) {
    if (items.seen) output = setPath(output, path, items.value());
  }
  // The merged output must not advertise the raw last-page token when we stopped elsewhere.
  if (nextToken !== undefined || getPath(output, p.outputToken) !== undefined) {
    output = setPath(output, p.outputToken, nextToken);
  }
  return {
    output,
    pages,
    itemCount: primary !== undefined ? merged.get(primary)!.count() : 0,
    ...(nextToken !== undefined ? { nextToken } : {}),
    ...(skipItems !== undefined ? { skipItems } : {}),
    truncatedByMaxItems,
    stopReason,
    ...(pageError !== undefined ? { pageError } : {}),
  };
}
