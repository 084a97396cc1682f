// Data: advice questions (src/search/advice.ts). "should we buy RDS reserved instances", "which
// savings plans should we buy", "what type should we move i-0abc to", "should I downsize the
// memory of function x" ask what AWS recommends from past usage: the recommendation is read,
// the service named (RDS, EC2, Lambda) is only what it is about, and nothing is bought or resized.
// Written from where AWS computes each recommendation (Cost Explorer, Compute Optimizer).

import type { ElsewhereAnswer } from './asked-elsewhere.js';

export interface AdviceAnswer extends ElsewhereAnswer {
  /** The verbs after the asker that ask this advice. */
  readonly verbs: ReadonlySet<string>;
  /** Words of which one must appear anywhere for this answer (unset: any query with the verb). */
  readonly when?: ReadonlySet<string>;
}

/** Commitment verbs: buying, reserving or committing to capacity for a discount. */
const COMMIT = new Set(['buy', 'purchase', 'reserve', 'commit', 'prepay', 'get']);

/** Size verbs: a running resource made another size. */
const RESIZE = new Set(['downsize', 'upsize', 'resize', 'rightsize', 'shrink']);

/** Verbs that ask for a size only with a size or compute word ("move i-0abc to graviton", not "change the policy"). */
const MOVE = new Set(['move', 'switch', 'migrate', 'change']);

/** Words of compute size: with them a move is a resize. */
const SIZED = new Set([
  ...[
    'size',
    'type',
    'class',
    'family',
    'memory',
    'cpu',
    'vcpu',
    'graviton',
    'arm',
    'arm64',
    'smaller',
    'larger',
  ],
  ...[
    'bigger',
    'cheaper',
    'instance',
    'instances',
    'volume',
    'volumes',
    'gp3',
    'function',
    'functions',
    'fargate',
  ],
]);

const RIGHTSIZE = {
  terms: 'get recommendations',
  services: ['compute-optimizer'],
  head: 'recommendations',
  why: 'what size or type an instance, volume, function or group should move to is the rightsizing recommendation Compute Optimizer computes from its utilization, not the list of types offered',
};

export const ADVICE = {
  /** Words that ask for advice when the speaker follows them ("should WE", "shall I"). */
  modals: new Set(['should', 'shall', 'ought']),
  speakers: new Set(['we', 'i', 'us']),
  /** Nouns of a size asked for before "should ... be" ("what SIZE should the group's instances be"). */
  sizes: new Set(['size', 'sizes', 'type', 'types', 'class', 'family', 'tier']),
  /** Words the verb may come after ("should we still buy", "should we really move"). */
  skips: new Set(['still', 'really', 'actually', 'now', 'also', 'then', 'to']),
  /** First matching answer wins: the savings-plans one before the reservation one. */
  answers: [
    {
      verbs: COMMIT,
      when: new Set(['savings', 'sp', 'sps', 'commitment']),
      terms: 'get savings plans purchase recommendation',
      services: ['ce'],
      head: 'savings plans purchase recommendation',
      why: 'which Savings Plan (and how much hourly commitment) to buy is the purchase recommendation Cost Explorer computes from past usage, not the offerings catalog',
      example: [
        'which savings plans should we buy based on the last 60 days',
        'ce:GetSavingsPlansPurchaseRecommendation',
      ],
    },
    {
      verbs: COMMIT,
      when: new Set([
        'reserved',
        'reservation',
        'reservations',
        'ri',
        'ris',
        'reserve',
        'nodes',
        'instances',
      ]),
      terms: 'get reservation purchase recommendation',
      services: ['ce'],
      head: 'reservation purchase recommendation',
      why: "which reserved instances or nodes to buy, for EC2, RDS, ElastiCache, OpenSearch or Redshift, is the reservation purchase recommendation of Cost Explorer, not the service's offerings list",
      example: [
        'should we buy RDS reserved instances for the orders database',
        'ce:GetReservationPurchaseRecommendation',
      ],
    },
    {
      verbs: RESIZE,
      ...RIGHTSIZE,
      example: ['which EBS volumes should we downsize', 'compute-optimizer:GetEBSVolumeRecommendations'],
    },
    {
      verbs: MOVE,
      when: SIZED,
      ...RIGHTSIZE,
      example: [
        'what instance type should we move i-0abc1234def567890 to',
        'compute-optimizer:GetEC2InstanceRecommendations',
      ],
    },
  ] satisfies readonly AdviceAnswer[],
};
