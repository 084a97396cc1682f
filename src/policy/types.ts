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
    /** The matched identity's `rules.allow`: a call must match it too (identities only narrow). */
    readonly identityAllow?: readonly CompiledPattern[];
  };
  /** Operations matching any of these are treated as destructive whatever the catalog says. */
  readonly destructivePatterns: readonly CompiledPattern[];
  readonly approval: {
    readonly requireFor: ReadonlySet<Risk>;
    readonly ttlSeconds: number;
    readonly mode: ApprovalMode;
    /** Groups an approver must be in (any of them); undefined = whoever the approval mode reaches. */
    readonly approvers?: ReadonlySet<string>;
  };
  readonly regions?: ReadonlySet<string>;
  readonly profiles?: ReadonlySet<string>;
  /** Role ARN matchers (exact ARNs, `*` wildcards allowed). */
  readonly roles?: readonly CompiledPattern[];
  readonly accounts?: ReadonlySet<string>;
  readonly output: { readonly revealSensitive: boolean };
  /** Tags a create or tag call must carry (see payload-conditions.ts). */
  readonly requiredTags?: readonly RequiredTag[];
  /** Conditions on payload members for the operations a pattern names. */
  readonly conditions?: readonly PayloadCondition[];
  readonly rateLimits?: RateLimits;
  /** The AWS role the server assumes for this person (set by a matched identity). */
  readonly role?: {
    readonly arn: string;
    readonly line: number;
    /**
     * The operator's base policy, which alone decides the server's sts:AssumeRole for this role:
     * obtaining the role the operator assigned is not the person's call (request-plan.ts).
     */
    readonly operatorPolicy?: Policy;
  };
  /** The ordered `identities:` rules; absent on a policy already resolved for one person. */
  readonly identities?: IdentityRules;
  /** Set on a policy resolved for one person: which identity rule narrowed it. */
  readonly identity?: { readonly id: string; readonly line: number };
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

/** `required_tags[i]`: some tag's key must match `key` and, when given, its value `value`. */
export interface RequiredTag {
  readonly id: string;
  readonly key: CompiledPattern;
  readonly value?: CompiledPattern;
  readonly line: number;
}

/** `conditions[i]`: for operations matching `operation`, every `where` path must match its pattern. */
export interface PayloadCondition {
  readonly id: string;
  readonly operation: CompiledPattern;
  readonly where: readonly { readonly path: string; readonly pattern: CompiledPattern }[];
  readonly line: number;
}

/** Per-person limits; each absent field is unlimited. */
export interface RateLimits {
  readonly callsPerMinute?: number;
  readonly writesPerMinute?: number;
  readonly concurrentCalls?: number;
}

/** What a rule's `match` asks of a principal: every present key must hold; a list is any-of. */
export interface IdentityMatch {
  readonly local?: boolean;
  readonly groups?: readonly string[];
  readonly subjects?: readonly string[];
  readonly emails?: readonly string[];
  readonly issuers?: readonly string[];
}

/** One `identities[i]` rule: the narrowing it applies, as a partial policy merged onto the base. */
export interface IdentityRule {
  readonly id: string;
  readonly line: number;
  readonly match: IdentityMatch;
  readonly mode?: PolicyMode;
  readonly services?: { readonly allow?: ReadonlySet<string>; readonly deny?: ReadonlySet<string> };
  readonly rules?: {
    readonly allow?: readonly CompiledPattern[];
    readonly deny?: readonly CompiledPattern[];
  };
  readonly destructivePatterns?: readonly CompiledPattern[];
  readonly approval?: {
    readonly requireFor?: ReadonlySet<Risk>;
    readonly ttlSeconds?: number;
    readonly mode?: ApprovalMode;
    readonly approvers?: ReadonlySet<string>;
  };
  readonly requiredTags?: readonly RequiredTag[];
  readonly conditions?: readonly PayloadCondition[];
  readonly rateLimits?: RateLimits;
  readonly role?: { readonly arn: string; readonly line: number };
}

export interface IdentityRules {
  readonly rules: readonly IdentityRule[];
  /** `identities_default`: what a principal no rule matches gets (`forbid` unless set to `base`). */
  readonly otherwise: 'forbid' | 'base';
}
