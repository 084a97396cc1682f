// Data: an act things are to do by themselves from now on (issue 16, round 20): "have dynamo drop
// items by themselves when they expire", "make old files auto-delete after 90 days", "add servers
// on their own when cpu passes 60%". The typed verb (drop, delete, add) is what AWS will do later;
// the task now is the rule that makes it happen: a TTL, a lifecycle or retention rule, a scaling
// policy (self-acting.ts). Tested in test/integration/search/prohibition-r20-paratop.test.ts.

import type { Reasoned } from './reasoned.js';

export const SELF_ACTING: Reasoned & {
  /** Phrases (lower-case words, as the query's words are) that say the act happens by itself. */
  readonly markers: readonly string[];
  /**
   * Words one of which must follow a marker that names no act ("on its own when memory gets
   * tight"): without a trigger, "stand on its own" says how a thing is, not a rule.
   */
  readonly triggers: ReadonlySet<string>;
  /** The verbs the rule is set with; the typed verb keeps half its weight beside them. */
  readonly verbs: Readonly<Record<string, number>>;
  /** Words of an act of removal: the rule is an expiry (TTL, lifecycle, retention, image cleanup). */
  readonly removal: ReadonlySet<string>;
  /** Terms every rule of that kind is asked with ("expire old files automatically"). */
  readonly removalTerms: string;
} = {
  markers: [
    'by themselves',
    'by itself',
    'on their own',
    'on its own',
    'delete themselves',
    'expire themselves',
    'clean themselves up',
    'auto delete',
    'auto-delete',
    'autodelete',
    'auto expire',
    'auto-expire',
    'auto cleanup',
    'auto-cleanup',
  ],
  triggers: new Set(['when', 'whenever', 'after', 'once', 'if', 'every', 'as', 'at']),
  verbs: { put: 1, update: 0.9, enable: 0.8, set: 0.7 },
  removal: new Set([
    'delete',
    'drop',
    'expire',
    'clean',
    'cleanup',
    'remove',
    'purge',
    'vanish',
    'disappear',
    'go',
    // round 22 (plain): everyday words for throwing things out
    'throw',
    'thrown',
    'toss',
    'wipe',
    'prune',
    'trash',
    'bin',
  ]),
  removalTerms: 'expire automatically',
  why: 'things that should act by themselves from now on (expire, delete, scale) need a rule set now, not the act done now',
  example: ['have dynamo drop items by themselves when expires_at passes', 'dynamodb:UpdateTimeToLive'],
};
