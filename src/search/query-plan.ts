// The plan a query is read into (query.ts) and the ranking scores (rank.ts): weighted index
// terms, the verbs and services asked for, and what the reading steps found about the query.

import type { ExistingKinds } from './existing.js';
import type { OutcomeAsked } from './outcome.js';

export interface QueryPlan {
  /** term id -> query weight */
  readonly terms: Map<number, number>;
  /** verb id -> weight (0..1) */
  readonly verbs: Map<number, number>;
  /** service index -> boost */
  readonly services: Map<number, number>;
  /** operation index -> exact-match strength (0..1) */
  readonly exact: Map<number, number>;
  /** operation index -> name-phrase weight (0..1) */
  readonly phrases: Map<number, number>;
  /** Raw (unstemmed) word ids the query typed, for the surface-form feature. */
  readonly surface: Set<number>;
  /** Term ids of the head noun: the first content word after the verb, and its translations. */
  readonly head: Set<number>;
  /** Typo corrections applied, typed word -> corrected word. */
  readonly corrections: Record<string, string>;
  /** True when the query had nothing to search with (only stop words or punctuation). */
  readonly empty: boolean;
  /** The query only wants to look (a question, or a reading verb): changes rank lower. */
  readonly readOnly: boolean;
  /** The query is a question ("has the stack finished", "which voices"): it asks about state. */
  readonly question: boolean;
  /** A question or a look at content in hand ("is this review negative?"): analysis calls answer it. */
  readonly aboutContent: boolean;
  /** A yes/no question about the state of one thing (status.ts): its own read answers it. */
  readonly status: boolean;
  /** Term ids of the thing a status question asks about (status.ts). */
  readonly resource: Set<number>;
  /** Term ids of its state words ("restoring", "ready"): in another name they mislead. */
  readonly stateTerms: Set<number>;
  /** Term ids of the name words the asked state lives in (Status, Run): asked for, not extra. */
  readonly stateNames: Set<number>;
  /** An outcome question (outcome.ts): whether a run ended, or why it ended so. */
  readonly outcome: OutcomeAsked | undefined;
  /** Term ids of name words of another time: a forecast in a question about the past (tense.ts). */
  readonly wrongTime: Set<number>;
  /** The query asks for a change (a typed verb that does not only read, outside a question). */
  readonly changes: boolean;
  /** The task is done again (data/verbs-r9.ts): what it acts on exists, the verb's result is made. */
  readonly again: boolean;
  /** The query names a service outright, or pastes an identifier of one. */
  readonly namedService: boolean;
  /** Term ids of the typed verb's words: an operation whose asked words use the verb agrees with it
   * although its name's verb differs ("flush" the CDN -> CreateInvalidation). */
  readonly verbTerms: Set<number>;
  /** Raw name-word ids of the head noun in the other number (siblings.ts): set versus one. */
  readonly otherNumber: Set<number>;
  /** Raw name-word ids of the head noun in the number typed (or the singular of an id's type). */
  readonly wantNumber: Set<number>;
  /** Term ids of the word whose number was read: the operations named with it are the siblings. */
  readonly numberHead: Set<number>;
  /** Term ids typed only after from/in/on/of (siblings.ts): where the thing is, not the thing. */
  readonly container: Set<number>;
  /** Term ids typed before the container words, when there are some: the things in it. */
  readonly inside: Set<number>;
  /** Kinds of resource the query's assigned ids show exist: making one is another task (existing.ts). */
  readonly existing: ExistingKinds | undefined;
  /** The query acts on many things at once ("a batch of", "40 recipients"): batch variants fit (many.ts). */
  readonly many: boolean;
  /** The operation that switches the only service named on or off, or reads whether it is (service-switch.ts). */
  readonly switched: Set<number>;
  /** op -> score of a run's own read when the query asks about a run, job or build of a thing (run-reads.ts). */
  readonly runReads: Map<number, number>;
}
