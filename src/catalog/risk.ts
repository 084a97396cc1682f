// Risk tier of one operation, from its traits and name, with policy-supplied overrides.
// Order: policy `destructive_patterns` > per-operation overrides > sensitive list >
// `smithy.api#readonly` > tag removal > deletion-by-another-verb names > leading verb > `write`.

import type { Traits } from '../model/ast.js';
import type { Risk } from './types.js';
import {
  DESTRUCTIVE_NAME_PATTERN,
  DESTRUCTIVE_VERBS,
  PREFIX_WORDS,
  READ_VERBS,
  RISK_OVERRIDES,
  SENSITIVE_OPERATIONS,
  TAG_REMOVAL_PATTERN,
} from './data/risk-rules.js';

export interface RiskOverrides {
  /** Regexes matched against `Operation` and `service:Operation`; a match forces `destructive`. */
  readonly destructivePatterns?: readonly RegExp[];
}

const READ = new Set(READ_VERBS);
const DESTRUCTIVE = new Set(DESTRUCTIVE_VERBS);
const PREFIXES = new Set(PREFIX_WORDS);
const SENSITIVE = new Set(SENSITIVE_OPERATIONS);

/** The first capitalised word of a PascalCase name, skipping `Batch`/`Admin`/`Bulk`. */
export function leadingVerb(operation: string): string {
  const words = operation.match(/[A-Z]+[a-z0-9]*|[a-z0-9]+/g) ?? [operation];
  let i = 0;
  while (i < words.length - 1 && PREFIXES.has(words[i]!)) i++;
  return words[i] ?? operation;
}

/** Risk without policy overrides; `service` is the canonical service id. */
export function baseRisk(service: string, operation: string, traits: Traits): Risk {
  const key = `${service}:${operation}`;
  const override = RISK_OVERRIDES[key];
  if (override) return override;
  if (SENSITIVE.has(key)) return 'sensitive-read';
  if (traits['smithy.api#readonly'] !== undefined) return 'read';
  if (TAG_REMOVAL_PATTERN.test(operation)) return 'write';
  if (DESTRUCTIVE_NAME_PATTERN.test(operation)) return 'destructive';
  const verb = leadingVerb(operation);
  if (DESTRUCTIVE.has(verb)) return 'destructive';
  if (READ.has(verb)) return 'read';
  return 'write';
}

/** True when a policy pattern names this operation (by `Operation` or `service:Operation`). */
export function matchesDestructivePattern(
  service: string,
  operation: string,
  patterns: readonly RegExp[] | undefined,
): boolean {
  if (!patterns || patterns.length === 0) return false;
  const qualified = `${service}:${operation}`;
  return patterns.some((re) => {
    re.lastIndex = 0; // a /g regex keeps state between test() calls
    if (re.test(operation)) return true;
    re.lastIndex = 0;
    return re.test(qualified);
  });
}

/** The risk tier policy and approval act on. */
export function classifyRisk(
  service: string,
  operation: string,
  traits: Traits,
  overrides?: RiskOverrides,
): Risk {
  if (matchesDestructivePattern(service, operation, overrides?.destructivePatterns)) return 'destructive';
  return baseRisk(service, operation, traits);
}
