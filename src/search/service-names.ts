// The names a query may use for a service: its id, aliases, sdkId and title, each spaced
// (`step functions`), compacted (`stepfunctions`) and stemmed (`stepfunction`), so that
// "Step Functions", "stepfunction" and "cloud watch" all find their service.

import type { ServiceEntry } from '../catalog/types.js';
import { ENGLISH_WORD_SERVICE_NAMES, ENGLISH_WORD_STRENGTH, FAMILY_STRENGTH } from './data/service-words.js';
import { NEWER_APIS } from './data/service-versions.js';
import { PRODUCT_NAMES } from './data/product-names.js';
import { STOP_WORDS } from './data/stop-words.js';
import { stem, words } from './text.js';
import { compactName } from '../catalog/names.js';

const VENDOR_PREFIX = /^(amazon|aws)\s+/;
/** `macie2`, `cloudhsmv2`, `resource-explorer-2`: a name and a second-version suffix. */
const VERSION_SUFFIX = /^([a-z][a-z-]*?[a-z])-?v?2$/;

export function serviceNameKeys(svc: ServiceEntry): Set<string> {
  const keys = new Set<string>();
  const names = [svc.id, svc.sdkId, svc.title, ...svc.aliases];
  for (const raw of names) {
    const lower = raw.toLowerCase().trim();
    for (const name of [lower, lower.replace(VENDOR_PREFIX, '')]) {
      const ws = words(name);
      if (ws.length === 0 || (ws.length === 1 && STOP_WORDS.has(ws[0]!))) continue;
      keys.add(ws.join(' '));
      const c = compactName(name);
      keys.add(c);
      keys.add(stem(c));
    }
  }
  return keys;
}

/** Words a service's name opens with: after them a verb-like word is the service's name. */
const VENDORS: ReadonlySet<string> = new Set(['amazon', 'aws']);

/** A word right after a vendor ("amazon connect", "aws backup") is a service's name, verb or not. */
export function vendoredAt(ws: readonly string[], i: number): boolean {
  return i > 0 && VENDORS.has(ws[i - 1]!);
}

/** Keys a run of query words may match: spaced, compacted and stemmed-compacted. */
export function queryNameKeys(ws: readonly string[]): string[] {
  const spaced = ws.join(' ');
  const joined = ws.join('');
  return [...new Set([spaced, joined, stem(joined)])];
}

/** Service name key -> [service index, strength 0..1] for every service. */
export type ServiceKeyTable = Map<string, Array<readonly [number, number]>>;

export function serviceKeyTable(services: readonly ServiceEntry[]): ServiceKeyTable {
  const table: ServiceKeyTable = new Map();
  services.forEach((svc, s) => {
    for (const key of serviceNameKeys(svc)) {
      const english = !key.includes(' ') && ENGLISH_WORD_SERVICE_NAMES.has(key);
      addKey(table, key, s, english ? ENGLISH_WORD_STRENGTH : 1);
    }
  });
  // Families: `bedrock` also points (less) at bedrock-runtime, `cognito` at cognito-idp/-identity.
  const ids = new Set(services.map((x) => x.id));
  const dashHeads = new Map<string, number>();
  for (const id of ids) {
    const dash = id.indexOf('-');
    if (dash >= 2) dashHeads.set(id.slice(0, dash), (dashHeads.get(id.slice(0, dash)) ?? 0) + 1);
  }
  services.forEach(({ id }, s) => {
    const heads = new Set<string>();
    for (const other of ids) if (other !== id && other.length >= 3 && id.startsWith(other)) heads.add(other);
    const dash = id.indexOf('-');
    // a head shared by several services names their family (`cognito`, `timestream`)
    if (dash >= 2 && dashHeads.get(id.slice(0, dash))! >= 2) heads.add(id.slice(0, dash));
    for (const h of heads) {
      const english = ENGLISH_WORD_SERVICE_NAMES.has(h);
      addKey(table, h, s, FAMILY_STRENGTH * (english ? ENGLISH_WORD_STRENGTH : 1));
    }
  });
  addUnversionedNames(table, services, ids);
  const indexOf = new Map(services.map(({ id }, s) => [id, s]));
  addProductNames(table, indexOf);
  addNewerApis(table, indexOf);
  return table;
}

/** A version suffix is not said: `macie2` is "macie" (as strongly) when no service has that id. */
function addUnversionedNames(
  table: ServiceKeyTable,
  services: readonly ServiceEntry[],
  ids: Set<string>,
): void {
  services.forEach(({ id }, s) => {
    const bare = VERSION_SUFFIX.exec(id)?.[1];
    if (bare === undefined || bare.length < 3 || ids.has(bare)) return;
    for (const key of [bare.replace(/-/g, ' '), bare.replace(/-/g, '')]) addKey(table, key, s, 1);
  });
}

/** The product names people say that the models lack (data/product-names.ts), as strong as a title. */
function addProductNames(table: ServiceKeyTable, indexOf: ReadonlyMap<string, number>): void {
  for (const [name, { service }] of Object.entries(PRODUCT_NAMES)) {
    const s = indexOf.get(service);
    if (s === undefined) continue;
    const c = compactName(name);
    for (const key of new Set([words(name).join(' '), c, stem(c)])) addKey(table, key, s, 1);
  }
}

/** A name of an old API names its newer one as strongly (data/service-versions.ts). */
function addNewerApis(table: ServiceKeyTable, indexOf: ReadonlyMap<string, number>): void {
  for (const [old, { current }] of Object.entries(NEWER_APIS)) {
    const from = indexOf.get(old);
    const to = indexOf.get(current);
    if (from === undefined || to === undefined) continue;
    for (const [key, list] of [...table]) {
      const strength = list.find(([s]) => s === from)?.[1];
      if (strength !== undefined) addKey(table, key, to, strength);
    }
  }
}

function addKey(table: ServiceKeyTable, key: string, service: number, strength: number): void {
  const list = table.get(key) ?? [];
  const at = list.findIndex(([x]) => x === service);
  if (at < 0) list.push([service, strength]);
  else if (list[at]![1] < strength) list[at] = [service, strength];
  table.set(key, list);
}
