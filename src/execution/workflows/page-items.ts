// The pieces pagination.ts merges pages with: the items of one list across pages, and what a
// token means. Apart so the page loop reads on its own.

import { isObject } from '../shaping/member-path.js';
import type { JsonObject } from '../../model/plain-object.js';

/** The items of one path across pages: a list, or a map for the few that page maps (GetUsage). */
export class PageItems {
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
export function isEmptyToken(token: unknown): boolean {
  if (token === undefined || token === null || token === '') return true;
  if (Array.isArray(token)) return token.length === 0;
  if (isObject(token)) return Object.keys(token).length === 0;
  return false;
}

/** Tokens may be objects (DynamoDB's LastEvaluatedKey); compare them by their JSON text. */
export function tokenKey(token: unknown): string {
  return JSON.stringify(token) ?? String(token);
}
