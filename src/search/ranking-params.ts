// The ranking's tunable numbers in one place, so tuning never touches logic. Values were set
// against the development half of bench/search-queries.jsonl and checked on its held-out part.

/** BM25F: per-field weight and length normalisation (b), and the term saturation k1. */
export const FIELDS = {
  name: { weight: 2.0, b: 0.5 },
  summary: { weight: 1.0, b: 0.6 },
  documentation: { weight: 0.35, b: 0.75 },
  members: { weight: 0.4, b: 0.3 },
  /** How people ask for the operation (data/asked.ts): chosen words, weighed like a name. */
  asked: { weight: 2.0, b: 0.3 },
  service: { weight: 1.2 },
} as const;
export const K1 = 1.2;

/** Query term weights by where the term came from. */
export const TERM_WEIGHT = {
  typed: 1.0,
  corrected: 0.85,
  alternative: 0.7,
  expansion: 0.8,
  /** A typed word that a vocabulary phrase translated (its translation carries the meaning). */
  translated: 0.6,
  /** The query's verb word itself, when operation or service names also use it as a noun. */
  verbWord: 0.6,
} as const;

/** Additive features on top of BM25F (same scale as one well-matched term, ~3-8). */
export const BOOST = {
  /** A service the query names outright (scaled down when the name is also a common word). */
  serviceNamed: 5.0,
  /** Share of serviceNamed left to a service whose name the vocabulary maps elsewhere. */
  overriddenName: 0.4,
  /** A service a vocabulary phrase or concept points to ("bucket" -> s3, "cves" -> inspector2). */
  servicePhrase: 4.0,
  /**
   * The service of an identifier in the query (`i-0abc...`, an ARN, `s3://...`): names its
   * service as surely as typing the name, so a concept's service never outweighs it.
   */
  serviceFromId: 5.0,
  /** An operation that changes something, for a query that only wants to look. */
  mutatingWhenReading: -6.0,
  /**
   * Verb agreement from which a changing operation is what a reading query asked for. Round 22:
   * 0.5 (from 1.0), checked on 250 queries written blind before any tuning: a changing operation
   * whose verb the query's verb maps to at half weight or more is what a request that reads
   * otherwise asked for (dev +4 -0, the blind set +1, near-API unchanged; questions never pass). "verify
   * our domain so we can send email" now finds SESv2's CreateEmailIdentity, the current API's
   * verification call, before SES v1's VerifyDomainIdentity.
   */
  readVerbAgrees: 0.5,
  /**
   * An operation that only reads, for a query whose verb asks for a change the operation's verb
   * does not agree with ("publish the draft" is not GetGuardrail, however well the nouns match).
   * Round 22 measured -0.75: +4 -0 on 250 queries written blind, dev +2 -2, but ten data entries'
   * examples lost their operation (reads rose over the changes they ask for), so it stays -1.5.
   */
  readWhenChanging: -1.5,
  /** An operation that makes a resource an id in the query shows exists (existing.ts). */
  makesExisting: -5.0,
  /** The operation's verb matches the query's (first) verb. */
  verb: 3.5,
  /** Weight of a verb that a vocabulary phrase implies ("shell command" -> send). */
  impliedVerb: 1.0,
  /** The same, when the query also types a verb of its own (its task is that verb's). */
  impliedBesideTyped: 0.6,
  /** Verbs assumed when the query has none: noun-only queries mostly want to look. */
  defaultReadVerb: 0.4,
  /** Share of the operation name's object words the query covers (scaled by verb agreement). */
  nameCoverage: 3.0,
  /** The operation name contains the query's head noun (the first word after the verb). */
  head: 1.5,
  /** Share of the name's object words typed verbatim (plural `databases` vs `database`). */
  surface: 1.0,
  /** Share of the query (by idf, squared) that the operation's asked words say (data/asked.ts). */
  askedCoverage: 4.0,
  /** Verb agreement (0..1) of an operation whose asked words use the query's verb word. */
  askedVerb: 0.8,
  /** Least idf of a verb word for askedVerb: flush, purchase, rotate, not open, run, change. */
  askedVerbMinIdf: 4.5,
  /** The query's words, in order, are the operation name. */
  namePhrase: 4.0,
  /**
   * In a yes/no status question, a read named for the thing asked about (status.ts ownRead):
   * "is the table ready" is DescribeTable, not DescribeTableRestoreStatus.
   */
  statusOwnRead: 2.0,
  /** More for that read when its name goes on to say the state (GetHealthCheckStatus, DescribeTargetHealth). */
  statusNamed: 0.5,
  /**
   * Per name word of an operation that is a state word of the status question ("restoring" in
   * DescribeTableRestoreStatus, "copying" in DescribeSnapshotCopyGrants): the state is asked
   * about the thing, the operation named for it answers another question.
   */
  stateInName: -2.0,
  /**
   * The operation that turns the only service named on or off, or reads whether it is
   * (service-switch.ts): "disable guardduty" is DeleteDetector, though the words people use to
   * turn GuardDuty on name the service too.
   */
  serviceSwitch: 6.0,
  /** Exact operation name, `service:Operation` or CLI command. */
  exact: 100,
} as const;

/** Prior: small nudges that mostly break ties. */
export const PRIOR = {
  deprecated: -2.5,
  perExtraNameWord: -0.15,
  readVerb: 0.2,
  popularity: 0.8,
  legacyService: -2.0,
  /**
   * A batch variant (`BatchGetItem`, `PutRecords` is not one): people ask for one thing unless
   * they say many, and the single call is the simpler one to get right.
   */
  batch: -1.0,
} as const;

/** The query says many things at once (many.ts, data/many-r14.ts). */
export const MANY = {
  /**
   * A batch or bulk variant then is the task's: lifts PRIOR.batch and puts it ahead of the single
   * call (net +2: at 2.0, "several rows by their keys in one request" still got GetItem).
   */
  batch: 3.0,
  /** A plural twin (PutRecords beside PutRecord) in a service the query points at. */
  pluralTwin: 2.0,
} as const;

/** Choosing among the operations of one service (siblings.ts). */
export const SIBLINGS = {
  /**
   * The operation's name has the head noun in the other number: `deployments` asks for the set
   * (ListDeployments, not GetDeployment), `the user` or a pasted id for one (not ListUsers,
   * DeleteObjects). Enough to undo the documentation's lead of a Get over its List sibling.
   */
  otherNumber: -2.0,
  /**
   * Every object word of the name is one the query typed only after from/in + a determiner: the
   * operation acts on the container ("remove user#17 from the Sessions table" is not DeleteTable).
   */
  containerOnly: -2.0,
  /**
   * The name holds a thing typed before from/in + a determiner and a word tying it to a container
   * (data/relation-words.ts): "which accounts are in the Workloads OU" reads the accounts of the
   * OU (ListAccountsForParent), not the OU itself.
   */
  thingInContainer: 2.0,
  /**
   * The name ties something to the thing typed before the container, not to the container
   * (container-scope.ts tiedToThing): "policies attached to role x" is not ListEntitiesForPolicy,
   * whose tie points from the policy to what holds it. Round 18.
   */
  reversedTie: -1.0,
} as const;

/** Requests that name two steps in one breath (data/later-steps.ts): the task is the first step. */
export const SEQUENCE = {
  /**
   * Share of a query weight left to the words of a later step ("pause the cluster, then resume
   * it"): the resume and its nouns say what comes next, so they rank the later operation only
   * when the first step's words do not decide.
   */
  laterStep: 0.4,
  /**
   * The same for the later step's verb word ("then RESUME it"): it names another operation
   * (ResumeCluster), so it says less still about the task than the later step's nouns.
   */
  laterVerb: 0.1,
  /** Share of a service's boost when only a later step names or implies it ("..., then add the
   * CNAME record to the hosted zone" is not a Route 53 task). */
  laterService: 0.4,
} as const;

/** Questions about what happened to something that runs (outcome.ts, data/outcome-words.ts). */
export const OUTCOME = {
  /** Weight of the run words added to such a question: enough to make the runs candidates. */
  runTermWeight: 0.3,
  /** A read whose name ends in a run word holding what is asked (GetJobRuns for "why did the job fail"). */
  runRead: 2.5,
  /** Against the read of the thing's definition when its service reads the thing's runs (GetJob). */
  definitionRead: 1.5,
  /**
   * Share of a service's boost left to the services of the things named in a who-did or
   * what-changed question (history.ts): the thing is where it happened, the record answers.
   */
  placeService: 0.5,
} as const;

/** A named container with a sibling tied to it (container-scope.ts, round 16). */
export const CONTAINER_SCOPE = {
  /**
   * The thing's operation named without the container, in a service that has one named for the
   * thing in that container: "the subscriptions of topic X" is ListSubscriptionsByTopic, and
   * ListSubscriptions answers every subscription of the account. Smaller than thingInContainer:
   * it only settles a near tie the name coverage of the shorter name leaves.
   */
  outside: -1.0,
} as const;

/** One thing named by a kind of two words and a name (named-one.ts, round 18b). */
export const NAMED_ONE_RANK = {
  /**
   * An operation named for the kind's first word without its last, where its service names the
   * whole kind: "which image does task definition web:12 run" is not DescribeTasks.
   */
  otherKind: -1.0,
} as const;

/** The side of For/By a which-question asks for (asked-side.ts, round 19). */
export const ASKED_SIDE_RANK = {
  /** Named for the asked things before For/By: it returns them (GetWebACLForResource). */
  returned: 2.5,
} as const;

/** The value one thing has, asked with its attribute (attribute-of.ts, round 19). */
export const ATTRIBUTE_OF_RANK = {
  /** Named for the attribute in the plural, last: the values on offer (DescribeCacheEngineVersions). */
  offered: -3.5,
} as const;
