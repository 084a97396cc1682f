// The compiled policy and the closed decision it produces: the shapes the execute tool, the CLI and
// the audit trail rely on. A compiled policy is immutable; patterns are compiled once at load time.

import type { ApprovalMode } from '../approval/types.js';
import type { Risk } from '../catalog/types.js';

export type PolicyMode = 'read-only' | 'standard';

/** One compiled regular expression from the policy file, with where it came from. */
export interface CompiledPattern {
  /** Where in the policy it sits, e.g. `rules.deny[1]`. */
  readonly id: string;
  /** The pattern as written (after a literal service prefix was canonicalised, see load.ts). */
  readonly pattern: string;
  readonly regex: RegExp;
  /** 1-based line in the policy file (0 for built-in policies). */
  readonly line: number;
}

export interface Policy {
  readonly version: 1;
  readonly mode: PolicyMode;
  readonly services: {
    /** Canonical service ids; undefined = every service. */
    readonly allow?: ReadonlySet<string>;
    readonly deny: ReadonlySet<string>;
  };
  readonly rules: {
    /** Undefined when the policy has no `rules.allow` (then rules do not restrict). */
    readonly allow?: readonly CompiledPattern[];
    readonly deny: readonly CompiledPattern[];
  };
  /** Operations matching any of these are treated as destructive whatever the catalog says. */
  readonly destructivePatterns: readonly CompiledPattern[];
  readonly approval: {
    readonly requireFor: ReadonlySet<Risk>;
    readonly ttlSeconds: number;
    readonly mode: ApprovalMode;
  };
  readonly regions?: ReadonlySet<string>;
  readonly profiles?: ReadonlySet<string>;
  /** Role ARN matchers (exact ARNs, `*` wildcards allowed). */
  readonly roles?: readonly CompiledPattern[];
  readonly accounts?: ReadonlySet<string>;
  readonly output: { readonly revealSensitive: boolean };
  /** sha256 of the policy file bytes (or of the built-in default's name): recorded in the audit trail. */
  readonly hash: string;
  /** `builtin:read-only` or the file the policy was loaded from (for humans, never for tool output). */
  readonly source: string;
}

/** The one result of `decide()`: callers act on it, they never recombine it with settings. */
export type Decision =
  | { readonly effect: 'allow'; readonly risk: Risk; readonly reason: string }
  | { readonly effect: 'deny'; readonly risk: Risk; readonly rule: string; readonly reason: string }
  | {
      readonly effect: 'confirm';
      readonly risk: Risk;
      readonly rule: 'approval.require_for';
      readonly reason: string;
      /** The risk tier that made a human yes necessary. */
      readonly requiredFor: Risk;
    };

/** One step of the evaluation, for `policy explain`. */
export interface ExplainStep {
  readonly step: string;
  readonly outcome: 'pass' | 'deny' | 'confirm' | 'skip';
  readonly detail: string;
}
