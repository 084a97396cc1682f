// Data: "which <things of one service> <verb> <another service's thing>" asks for the things
// (src/search/which-subject.ts). "which lambdas are attached to the shared vpc subnets" lists
// functions (each shows its VPC config), not the subnets' network interfaces; "which rds
// databases use the default security group" lists databases. The things asked for are a
// workload, whose own description names what it uses. Each entry says why and gives a query
// that a test checks.

import type { Reasoned } from './reasoned.js';

export const WHICH_SUBJECT: Reasoned & {
  readonly openers: ReadonlySet<string>;
  readonly skipped: ReadonlySet<string>;
  readonly heads: ReadonlySet<string>;
  readonly objectAux: ReadonlySet<string>;
  readonly plainVerbs: ReadonlySet<string>;
  readonly spanWords: number;
} = {
  why:
    'a which-question whose subject is a workload of one service (functions, databases, ' +
    "clusters, ecs services) and whose verb names another service's thing asks for the " +
    'workloads: their own list answers, the other service is what they are filtered by',
  example: ['which amazon mq brokers are attached to the private subnet', 'mq:ListBrokers'],
  /** Words that open the question, as its first or second word ("so which ..."). */
  openers: new Set(['which', 'what']),
  /** Words between the opener and the subject ("which of our", "what are the"). */
  skipped: new Set(['of', 'our', 'the', 'my', 'your', 'all', 'any', 'are', 'is', 'amazon', 'aws']),
  /**
   * Head nouns of workloads: things whose own read shows what they use (network, keys, load
   * balancers). Only with a service named in the subject ("rds databases", "eks clusters",
   * "lambdas") do they decide: "which services use my kms key" names none, its grants answer.
   * Settings-like things (key, role, certificate, policy, acl) are not here: "which kms key
   * encrypts the bucket" is read from the bucket.
   */
  heads: new Set([
    ...['function', 'functions', 'lambda', 'lambdas', 'database', 'databases', 'db', 'dbs'],
    ...['instance', 'instances', 'cluster', 'clusters', 'service', 'services', 'server', 'servers'],
    ...['container', 'containers', 'task', 'tasks', 'bucket', 'buckets', 'table', 'tables'],
    ...['queue', 'queues', 'job', 'jobs', 'endpoint', 'endpoints', 'distribution', 'distributions'],
    ...['balancer', 'balancers', 'broker', 'brokers', 'domain', 'domains', 'notebook', 'notebooks'],
    ...['volume', 'volumes', 'repository', 'repositories', 'workflow', 'workflows', 'pipelines'],
  ]),
  /** After the subject, these make it the verb's object ("which functions does the rule trigger"). */
  objectAux: new Set(['do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'might']),
  /**
   * Plain verbs that may follow the subject and that the operation verbs do not hold ("which
   * databases USE the group", "which services SIT behind the load balancer"): the head ended.
   */
  plainVerbs: new Set([
    ...['use', 'uses', 'sit', 'sits', 'run', 'runs', 'live', 'lives', 'point', 'points', 'talk', 'talks'],
    ...['connect', 'connects', 'read', 'reads', 'write', 'writes', 'send', 'sends', 'rely', 'relies'],
    ...['depend', 'depends', 'call', 'calls', 'reach', 'have', 'has', 'belong', 'belongs', 'share'],
    ...['still', 'currently', 'actually', 'already'],
  ]),
  /** At most this many words name the subject ("amazon rds databases"). */
  spanWords: 3,
};
