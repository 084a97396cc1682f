// Data: what uses a thing (src/search/elsewhere.ts). "what is still using sg-0a1b...", "which
// stacks import the vpc export", "where is this certificate used": each kind of thing has a read
// that lists what uses it, often in another call than the thing's own describe. Written from
// where AWS records the use (network interfaces, grants, imports, InUseBy). Each kind says why
// and gives an example (a query and the operation it must rank first).

import type { ElsewhereAnswer } from './asked-elsewhere.js';

/** (b) What uses a thing: the reverse lookup reads, keyed by the kind of thing named. */
export interface DependentKind extends ElsewhereAnswer {
  /** Lower-case phrases naming the kind, matched on whole words. */
  readonly phrases: readonly string[];
  /** Identifier prefixes of the kind (`sg-`), matched on the typed tokens. */
  readonly ids?: readonly string[];
  /** Cue words with the kind after them (default USES.active), and before them (default USES.passive). */
  readonly cues?: readonly string[];
  readonly passive?: readonly string[];
  /** Words that, right after a phrase of the kind, make it another thing ("vpc lattice", "subnet group"). */
  readonly compounds?: readonly string[];
  /**
   * What the asker asks for ("WHICH STACKS rely on ... exports"): right after the asker, with a
   * cue and the kind's phrase anywhere after, it decides the kind before the things named do.
   */
  readonly subjects?: readonly string[];
  /** Words that, right before a phrase of the kind, name another service's thing ("iot certificate"). */
  readonly owners?: readonly string[];
}

export const USES = {
  /** Words that open a question about dependents ("what / which / is anything ... using X"). */
  askers: new Set(['what', 'which', 'who', 'where', 'anything', 'anyone', 'something', 'whatever', 'when']),
  /** Cue words with the thing used after them: "using X", "attached to X", "imports X". */
  active: new Set([
    'using',
    'uses',
    'use',
    'referencing',
    'references',
    'reference',
    'depends',
    'depend',
    'depending',
    'attached',
    'associated',
    'relies',
    'rely',
    'built',
  ]),
  /** Cue words with the thing used before them: "where is X (being) used". */
  passive: new Set(['used', 'referenced']),
  /** After a passive cue, these make it active again: "attached to X" names the thing after. */
  toward: new Set(['to', 'on']),
  /** Words between the asker and its subject ("which of our ec2 instances"). */
  subjectSkips: new Set([
    'of',
    'the',
    'my',
    'our',
    'your',
    'aws',
    'ec2',
    'eventbridge',
    'cloudformation',
    'sns',
  ]),
  /** With a subject asked for, these cue its kind too ("which rules TRIGGER the function", "POINT at the topic"). */
  subjectCues: new Set([
    'trigger',
    'triggers',
    'invoke',
    'invokes',
    'point',
    'points',
    'pointing',
    'send',
    'sends',
    'read',
    'reads',
    'launched',
  ]),
  /** Words that end the noun phrase after the cue: its last kind is the thing used ("the vpc id output OF the stack"). */
  phraseEnds: new Set([
    'of',
    'in',
    'on',
    'from',
    'for',
    'before',
    'after',
    'at',
    'with',
    'by',
    'that',
    'which',
    'and',
  ]),
};

const NETWORK_INTERFACES = {
  terms: 'describe network interfaces',
  services: ['ec2'],
} as const;

export const DEPENDENT_KINDS: readonly DependentKind[] = [
  {
    ...NETWORK_INTERFACES,
    phrases: ['security group', 'sg'],
    compounds: ['rule', 'rules'],
    ids: ['sg-'],
    why: 'every network interface lists its security groups: filtering them by group-id finds the instances, load balancers and functions using it',
    example: ['which resources are using security group sg-0c1d2e3f', 'ec2:DescribeNetworkInterfaces'],
  },
  {
    ...NETWORK_INTERFACES,
    phrases: ['subnet', 'vpc'],
    compounds: [
      'group',
      'groups',
      'lattice',
      'endpoint',
      'endpoints',
      'peering',
      'flow',
      'link',
      'origin',
      'block',
    ],
    ids: ['subnet-', 'vpc-'],
    why: 'whatever still sits in a subnet or VPC has a network interface there: that is what blocks deleting it',
    example: ['what is still attached to subnet-0abc1234', 'ec2:DescribeNetworkInterfaces'],
  },
  {
    terms: 'list grants',
    services: ['kms'],
    phrases: ['kms key', 'cmk', 'customer managed key', 'encryption key'],
    why: "services that use a KMS key on someone's behalf (EBS, RDS, Secrets Manager) hold grants on it",
    example: ['which services are using my kms key', 'kms:ListGrants'],
  },
  {
    terms: 'list entities for policy',
    services: ['iam'],
    phrases: ['managed policy', 'policy'],
    compounds: ['store', 'version', 'versions', 'template', 'document'],
    // "which policies are attached to the role" reads the role: only its users ask here
    cues: ['using', 'uses', 'use', 'referencing', 'references'],
    passive: ['used', 'attached'],
    why: 'the users, groups and roles a managed policy is attached to are listed from the policy',
    example: ['who is still using the managed policy DataReaders', 'iam:ListEntitiesForPolicy'],
  },
  {
    terms: 'get role last used',
    services: ['iam'],
    phrases: ['role'],
    // "which instance profiles use role X" lists the profiles: only its last use is asked here
    cues: ['assuming', 'assumes', 'assume'],
    passive: ['used', 'assumed'],
    why: 'a role records when and in which region it was last used (RoleLastUsed in GetRole)',
    example: ['when was the legacy-batch role last used', 'iam:GetRole'],
  },
  {
    terms: 'get access key last used',
    services: ['iam'],
    phrases: ['access key'],
    ids: ['akia'],
    why: 'an access key records when, where and for which service it was last used',
    example: ['is anything still using access key AKIAIOSFODNN7EXAMPLE', 'iam:GetAccessKeyLastUsed'],
  },
  {
    terms: 'list imports',
    services: ['cloudformation'],
    phrases: ['export', 'exports', 'exported', 'output', 'outputs'],
    // "which stacks rely on the subnet ids the network stack exports": stacks asked, so the export
    subjects: ['stack', 'stacks'],
    cues: [
      'import',
      'imports',
      'importing',
      'depends',
      'depend',
      'depending',
      'relies',
      'rely',
      'relying',
      'using',
      'uses',
      'use',
      'referencing',
      'references',
      'reference',
    ],
    passive: ['used', 'imported', 'referenced'],
    why: 'the stacks that import an exported output are listed from the export name',
    example: ['which stacks are using the shared-subnets export', 'cloudformation:ListImports'],
  },
  {
    terms: 'describe certificate',
    services: ['acm'],
    phrases: ['certificate', 'cert', 'acm'],
    compounds: ['authority', 'manager'],
    owners: ['iot', 'device', 'thing', 'client'],
    why: 'an ACM certificate lists the load balancers and distributions using it (InUseBy)',
    example: ['what is using the acm certificate for api.example.com', 'acm:DescribeCertificate'],
  },
  {
    terms: 'describe addresses',
    services: ['ec2'],
    phrases: ['elastic ip', 'eip'],
    ids: ['eipalloc-'],
    why: 'an Elastic IP shows the instance or network interface it is associated with',
    example: ['what is using elastic ip eipalloc-0a1b2c3d', 'ec2:DescribeAddresses'],
  },
  {
    terms: 'describe target groups',
    services: ['elbv2'],
    phrases: ['target group'],
    why: 'a target group lists the load balancers that forward to it (LoadBalancerArns)',
    example: ['which load balancers use the web-tg target group', 'elbv2:DescribeTargetGroups'],
  },
  {
    terms: 'describe instances',
    services: ['ec2'],
    phrases: ['ami', 'key pair'],
    ids: ['ami-'],
    subjects: ['instance', 'instances', 'servers', 'machines'],
    cues: [...USES.active, 'launched', 'started', 'running'],
    why: 'the instances launched from an image or with a key pair are found by filtering instances on image-id or key-name',
    example: ['which instances are still using ami-0abc12345def67890', 'ec2:DescribeInstances'],
  },
  {
    terms: 'list event source mappings',
    services: ['lambda'],
    phrases: ['queue', 'stream', 'table'],
    subjects: ['function', 'functions', 'lambda', 'lambdas'],
    cues: ['triggered', 'reading', 'consuming', 'polling', 'consumes', 'reads'],
    passive: [],
    why: 'the functions a queue, stream or table triggers are its event source mappings, filtered by the source ARN',
    example: ['which functions are triggered by the payments queue', 'lambda:ListEventSourceMappings'],
  },
  {
    terms: 'describe iam instance profile associations',
    services: ['ec2'],
    phrases: ['instance profile'],
    subjects: ['instance', 'instances', 'servers', 'machines'],
    why: 'an instance gets its role through an instance profile association, listed and filtered by instance profile',
    example: [
      'which instances are using the ssm-agent instance profile',
      'ec2:DescribeIamInstanceProfileAssociations',
    ],
  },
  {
    terms: 'list subscriptions by topic',
    services: ['sns'],
    phrases: ['topic', 'sns topic'],
    subjects: ['subscription', 'subscriptions', 'subscribers', 'endpoints', 'queues', 'functions'],
    cues: ['subscribed', 'subscribes', 'subscribe', 'listening', ...USES.active],
    passive: [],
    why: "a topic's subscriptions (queues, functions, emails, endpoints) are listed from the topic",
    example: ['what is subscribed to the alerts topic', 'sns:ListSubscriptionsByTopic'],
  },
  {
    terms: 'list rule names by target',
    services: ['events'],
    phrases: ['function', 'lambda', 'queue', 'state machine', 'topic'],
    subjects: ['rule', 'rules', 'schedules'],
    // "what can invoke my function" is the function's policy: only rules asked for trigger it here
    cues: ['target', 'targets', 'targeting'],
    passive: ['targeted'],
    why: 'the EventBridge rules sending to a function or queue are found from the target ARN',
    example: ['which eventbridge rules target the cleanup function', 'events:ListRuleNamesByTarget'],
  },
];
