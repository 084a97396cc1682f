// Data: the words that only say whose or which thing a phrase is about. A vocabulary or concept
// phrase written with one of them ("inside a running container", "share my subnets") also
// matches a query that uses another or none ("inside the running container", "share our
// subnets", "share this subnet"): people vary these words freely, and they never change which
// AWS resource is meant. Phrases are matched word for word, so without this each variant
// would need its own entry.

// The ones people write in requests (counted over the dev queries: the, my, a, an, this, our,
// its); each adds a variant of every phrase that has one, so rare ones ("those") are left out,
// and "that" is more often a relative pronoun than a determiner.
export const DETERMINERS: readonly string[] = ['a', 'an', 'the', 'my', 'our', 'this', 'its'];

/**
 * Words after which a verb word says what the speaker is ("i am new to aws", "i'm stuck"), a
 * description, not the task asked for (`m` is "i'm" split at its apostrophe).
 */
export const SPEAKER_COPULAS: ReadonlySet<string> = new Set(['am', 'm']);

/**
 * Words after which a verb word is a noun ("any update on the ticket", "the last restore", "our
 * deploy"): the determiners above and the quantifiers and ordinals people put before a noun.
 */
export const NOUN_MARKERS: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  'any',
  'each',
  'every',
  'no',
  'some',
  'last',
  'latest',
  'next',
  'previous',
  // picked by time among the things: "the newest snapshot", "the most recent deployment" (not
  // "take a snapshot"); "failed" is more often a clause's verb ("the job failed, show me why")
  'newest',
  'oldest',
  'recent',
  'current',
  'your',
  'their',
]);
