// Data: a change of how many members a thing has ("add two more brokers to msk cluster events",
// "trim the dax cluster down to 2 nodes", "bump the stream to 8 shards"). The members are not
// made one by one (Create*) and the thing is not made again: where the service has an operation
// named for the count (UpdateBrokerCount, UpdateShardCount, IncreaseReplicaCount,
// DecreaseReplicationFactor), that operation does it. Read by src/search/member-count.ts.

import type { Reasoned } from './reasoned.js';
import { SPELLED_NUMBERS } from './number-words.js';

/** Nouns for the members a thing is counted in, singular and plural; each with why and a proof. */
export const MEMBER_NOUNS: Readonly<Record<string, Reasoned>> = {
  broker: {
    why: 'a kafka cluster is sized in brokers: more or fewer of them is its broker count',
    example: ['add two more brokers to the msk cluster orders', 'kafka:UpdateBrokerCount'],
  },
  node: {
    why: 'a dax or cache cluster grows in nodes: a number of nodes is its replication factor or count',
    example: ['crank the dax cluster sessions up to 6 nodes', 'dax:IncreaseReplicationFactor'],
  },
  shard: {
    why: 'a stream is sized in shards: a number of shards is its shard count',
    example: ['double the kinesis stream clicks to 16 shards', 'kinesis:UpdateShardCount'],
  },
  replica: {
    why: 'a redis replication group keeps replicas per shard: one more or fewer is its replica count',
    example: ['drop one replica from redis replication group carts', 'elasticache:DecreaseReplicaCount'],
  },
};

/** Words right before the member noun (or one word from it) that say a number of them. */
export const COUNT_MARKERS: ReadonlySet<string> = new Set([
  ...['more', 'another', 'extra', 'fewer', 'less', 'one'],
  ...SPELLED_NUMBERS,
  ...['twelve', 'twenty'],
]);

/** Words that say the count goes down: the decrease sibling, not the increase one. */
export const COUNT_DOWN: ReadonlySet<string> = new Set([
  'trim',
  'shrink',
  'remove',
  'reduce',
  'cut',
  'drop',
  'fewer',
  'less',
  'down',
  'lower',
  'decrease',
]);

/**
 * Words that, before the count, say what a thing is made of ("a redis WITH two read replicas",
 * "kafka WITH three brokers"): a thing described for its making, not a count changed.
 */
export const MADE_OF: ReadonlySet<string> = new Set(['with', 'having', 'containing']);

/** Name words of an operation that sets a count (UpdateBrokerCount, IncreaseReplicationFactor). */
export const COUNT_NAME_WORDS: readonly string[] = ['count', 'factor'];

/** The verbs a change of a count means, as operation verbs, by direction. */
export const COUNT_CHANGE = {
  up: { increase: 1, update: 1, modify: 0.8 },
  down: { decrease: 1, update: 1, modify: 0.8 },
  why: 'a count moved up or down sets the number in place: Increase*/Decrease*/Update*Count',
} as const;
