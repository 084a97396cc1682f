// What pasted identifiers say about a task: EC2-style ids, ARNs and URIs name a service and a
// kind of resource (data/resource-ids.ts). The query planner adds both to the plan.

import { compactName } from '../catalog/names.js';
import { analyze } from './analyzer.js';
import { CROSS_SERVICE_APIS, DESTINATION, ID_SUFFIX, NUMBERED_THING } from './data/id-context.js';
import { ARN_RESOURCE_TERMS, ID_PATTERNS, ID_PREFIXES, RECORD_LITERAL } from './data/resource-ids.js';
import { ID_WORD_WINDOW, type WordSense } from './data/name-ids.js';
import { SNIPPET_PATTERNS } from './data/snippet-ids.js';
import { fileReading } from './file-reading.js';
import { cfnTypeHint, consoleHint, errorContext, failedCallHint } from './pasted-context.js';
import type { SearchIndexData } from './index-build.js';
import { unwrapToken, words } from './text.js';

export interface IdentifierHint {
  /** The whitespace token that held the identifier. */
  readonly token: string;
  /** Service indexes the identifier belongs to. */
  readonly services: readonly number[];
  /** Resource words, e.g. `security group`. */
  readonly terms: string;
  /** How much the services count, 1 unless the id is only where the result goes (DESTINATION). */
  readonly weight?: number;
  /** The service runs the token (a query-language snippet): it never yields to a named one. */
  readonly firm?: boolean;
  /** Words of the token that stay in the query as typed (names such as domains). */
  readonly keptWords?: string;
  /** AWS assigned the identifier when it made the resource: the resource exists (existing.ts). */
  readonly assigned?: boolean;
  /** Operation verbs that read a file's contents (file-reading.ts): the task's own verb. */
  readonly verbs?: Readonly<Record<string, number>>;
  /** Operation verbs that run a pasted query snippet, the task when no verb is typed. */
  readonly runs?: Readonly<Record<string, number>>;
}

const PREFIXES = Object.keys(ID_PREFIXES).sort((a, b) => b.length - a.length);
// the account is digits, empty (S3) or `aws` (AWS managed policies: arn:aws:iam::aws:policy/...)
const ARN = /^arn:aws[a-z-]*:([a-z0-9-]+):[a-z0-9-]*:(?:\d*|aws):(.*)$/;

/**
 * Hints from each whitespace token that is an identifier (punctuation around it is ignored),
 * and one for each record literal (`{pk: 'user#1', ...}`, all of its tokens).
 */
export function identifierHints(ix: SearchIndexData, rawTokens: readonly string[]): IdentifierHint[] {
  const out: IdentifierHint[] = [];
  let depth = 0;
  const errors = errorContext(rawTokens);
  rawTokens.forEach((raw, i) => {
    const inLiteral = depth > 0 || raw.startsWith('{');
    depth += (raw.match(/\{/g)?.length ?? 0) - (raw.match(/\}/g)?.length ?? 0);
    if (inLiteral) {
      out.push({
        token: raw,
        services: [],
        terms: depth > 0 || !raw.endsWith('}') ? '' : RECORD_LITERAL.terms,
      });
      return;
    }
    const token = unwrapToken(raw);
    const hint =
      failedCallHint(ix, token, i, errors) ??
      consoleHint(ix, token) ??
      cfnTypeHint(ix, token, nearTokens(rawTokens, i)) ??
      arnHint(ix, token) ??
      fileHint(ix, token, rawTokens, i) ??
      idHint(ix, token, rawTokens, i) ??
      snippetHint(ix, token, raw) ??
      numberedHint(ix, token);
    if (hint) out.push({ token: raw, ...hint, weight: destinationWeight(ix, hint, rawTokens[i - 1]) });
  });
  const cross = crossServiceHint(ix, out);
  if (cross.length === 0) return out;
  const own = out.map((h) => ({ ...h, weight: (h.weight ?? 1) * CROSS_SERVICE_APIS.ownWeight }));
  return [...own, ...cross];
}

/** The tokens around token i a word sense is read from (ID_WORD_WINDOW). */
function nearTokens(rawTokens: readonly string[], i: number): string[] {
  return rawTokens
    .slice(Math.max(0, i - ID_WORD_WINDOW), i + ID_WORD_WINDOW + 1)
    .map((t) => t.replace(/^\W+|\W+$/g, ''));
}

/** An id after `to`/`into` of a service others deliver to counts for less (DESTINATION). */
function destinationWeight(ix: SearchIndexData, hint: Hint, before: string | undefined): number {
  if (!DESTINATION.words.has(before?.toLowerCase() ?? '')) return 1;
  return hint.services.every((s) => DESTINATION.services.has(ix.services[s]!.id)) ? DESTINATION.weight : 1;
}

/** Ids of two or more services: the cross-service APIs count as named too (CROSS_SERVICE_APIS). */
function crossServiceHint(ix: SearchIndexData, hints: readonly IdentifierHint[]): IdentifierHint[] {
  const named = new Set(hints.filter((h) => h.services.length > 0).map((h) => h.services.join()));
  if (named.size < 2) return [];
  const services = CROSS_SERVICE_APIS.services.flatMap((id) => servicesWithId(ix, id));
  return [{ token: '', services, terms: '' }];
}

type Hint = Omit<IdentifierHint, 'token'>;

function idHint(
  ix: SearchIndexData,
  token: string,
  rawTokens: readonly string[],
  at: number,
): Hint | undefined {
  for (const p of PREFIXES) {
    if (token.startsWith(p) && isIdSuffix(p, token.slice(p.length))) {
      const h = ID_PREFIXES[p]!;
      return { services: h.service ? servicesWithId(ix, h.service) : [], terms: h.terms, assigned: true };
    }
  }
  for (const h of ID_PATTERNS) {
    if (!h.pattern.test(token)) continue;
    const { service, terms } = senseByWord(h.byWord ?? [], rawTokens, at) ?? h;
    const keptWords =
      h.keepsWords &&
      token
        .split(/[.@]/)
        .filter((w) => !h.keepsWords!.except.test(w))
        .join(' ');
    return { services: service ? servicesWithId(ix, service) : [], terms, keptWords, assigned: h.assigned };
  }
  return undefined;
}

/** A file asked for its contents: the service that reads them (file-reading.ts). */
function fileHint(
  ix: SearchIndexData,
  token: string,
  rawTokens: readonly string[],
  at: number,
): Hint | undefined {
  const r = fileReading(token, rawTokens, at);
  return (
    r && { services: r.services.flatMap((id) => servicesWithId(ix, id)), terms: r.terms, verbs: r.verbs }
  );
}

/** A numbered thing ("van-12"): the kind word as a resource word, weaker than typed (NUMBERED_THING). */
function numberedHint(ix: SearchIndexData, token: string): Hint | undefined {
  const word = NUMBERED_THING.pattern.exec(token)?.[1]?.toLowerCase();
  if (!word || NUMBERED_THING.notKind.test(word) || ix.exactNames.get(compactName(token)) !== undefined)
    return undefined;
  return analyze(word).every((s) => ix.termIds.get(s) !== undefined)
    ? { services: [], terms: word }
    : undefined;
}

/** A query-language snippet (data/snippet-ids.ts). */
function snippetHint(ix: SearchIndexData, token: string, raw: string): Hint | undefined {
  const h = SNIPPET_PATTERNS.find((p) => p.pattern.test(p.raw ? raw : token));
  return h && { services: servicesWithId(ix, h.service!), terms: h.terms, firm: true, runs: h.runs };
}

/** The first sense with a word among the tokens near the id at `at` (any case, punctuation ignored). */
function senseByWord(
  senses: readonly WordSense[],
  rawTokens: readonly string[],
  at: number,
): WordSense | undefined {
  return senses.find((s) => {
    const window = s.window ?? ID_WORD_WINDOW;
    const near = rawTokens.slice(Math.max(0, at - window), at + window + 1);
    const typed = new Set(near.map((t) => t.toLowerCase().replace(/^\W+|\W+$/g, '')));
    return s.words.some((w) => typed.has(w));
  });
}

function isIdSuffix(prefix: string, rest: string): boolean {
  if (ID_SUFFIX.hex.test(rest)) return true;
  return prefix.length - 1 >= ID_SUFFIX.handWrittenMinPrefix && ID_SUFFIX.handWritten.test(rest);
}

/** `arn:aws:<namespace>:<region>:<account>:<type>/<name>` -> the namespace's services and the type. */
function arnHint(ix: SearchIndexData, token: string): Hint | undefined {
  const m = ARN.exec(token);
  if (!m) return undefined;
  const ns = m[1]!;
  const type = /^[A-Za-z-]+(?=[/:])/.exec(m[2]!)?.[0] ?? '';
  const services = ix.arnServices.get(ns) ?? servicesWithId(ix, ns);
  const terms = ARN_RESOURCE_TERMS[`${ns}:${type}`] ?? words(type).join(' ');
  return { services, terms, assigned: true };
}

/** The index of the service with this canonical id (`cognito-idp`), as a list of 0 or 1. */
export function servicesWithId(ix: SearchIndexData, id: string): number[] {
  // service keys are compacted ("cognito-idp" is stored as "cognitoidp"), never hyphenated
  return (ix.serviceKeys.get(compactName(id)) ?? [])
    .filter(([s]) => ix.services[s]!.id === id)
    .map(([s]) => s);
}
