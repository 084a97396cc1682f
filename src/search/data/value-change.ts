// Data: a new value for something that exists ("from db.t3.medium to db.r5.large", "2048 MB
// instead of 512", "to 4 shards"). A size, a count or a class moved from one value to another
// is a change of the named thing: its resize, modify or update operation, whichever the service
// has, not its create or its read. Read by src/search/value-change.ts.

/** The verbs a change of value means, as operation verbs (as in data/verbs.ts). */
export const VALUE_CHANGE = {
  weights: { modify: 1, update: 1, resize: 1, set: 0.6 },
  why: 'a thing given another size, count or class is modified in place: Modify*/Update*/Resize*',
  example: ['make the ec2 instance an m5.xlarge instead of t3.large', 'ec2:ModifyInstanceAttribute'],
} as const;

/**
 * Verbs that say little of their own ("make it an m5.xlarge", "put the service at 4 tasks",
 * "give it 2048 MB"): next to a new value, the change is the task. A verb with its own sense
 * (launch, copy, set, scale) keeps it.
 */
export const VALUE_LIGHT_VERBS: ReadonlySet<string> = new Set([
  'make',
  'put',
  'bring',
  'take',
  'give',
  'have',
  'get',
  'move',
  'switch',
  'bump',
  'go',
  // round 21: "keep the fleet between 4 and 20 machines" gives bounds to a thing that exists
  'keep',
  'stay',
]);

/**
 * How a value is typed. Each: why it is a value of a setting, and an example query whose change
 * it reads (the example must find its operation in the top five).
 */
export const VALUE_SHAPES: readonly { pattern: RegExp; why: string; example: [string, string] }[] = [
  {
    // 512, 8gb, 2.5, 100gib; not 5% (a share of traffic or users: "roll out to 5% of users")
    pattern: /^\d+(?:\.\d+)?(?:[a-z]{1,3})?$/,
    why: 'a number, with or without its unit, is a size or count a setting takes (a percentage is a share of something else)',
    example: ['rds storage from 100 to 500 gb', 'rds:ModifyDBInstance'],
  },
  {
    // t3.large, m5.2xlarge, db.r5.large, cache.r6g.large, ml.m5.xlarge
    pattern: /^(?:[a-z]+\.)?[a-z]+\d[a-z0-9]*\.[a-z0-9]+$/,
    why: 'an instance class (family, generation, size) is the size a compute resource runs at',
    example: ['the rds database from db.t3.medium to db.r5.large', 'rds:ModifyDBInstance'],
  },
];

/**
 * A word a value follows; `scalable` replaces the change verbs when the thing is one whose
 * capacity Application Auto Scaling scales (data/scalable-services.ts).
 */
interface ValueMarker {
  readonly why: string;
  readonly example: [string, string];
  readonly scalable?: Readonly<Record<string, number>>;
}

/**
 * Words a value follows: "instead of V" (the old one), "to V" (the new one, also in "from V to
 * V"). Each: why, and an example.
 */
export const VALUE_MARKERS: Readonly<Record<string, ValueMarker>> = {
  'instead of': {
    why: 'a value instead of another one replaces a setting of something that exists',
    example: ['put the web-api ecs service at 4 tasks instead of 2', 'ecs:UpdateService'],
  },
  // round 17 (tasks): a setting's name right before its value, with no verb ("asg web: min 2,
  // max 10"), is that setting given a value; a limit in a request with a verb of its own
  // ("list 10 at most") never reaches here (value-change.ts reads verbless or light-verb queries)
  min: {
    why: 'a minimum followed by a number sets the lower bound of a group or a scaling target',
    example: ['autoscaling group api-asg: min 3, max 12', 'autoscaling:UpdateAutoScalingGroup'],
  },
  max: {
    why: 'a maximum followed by a number sets the upper bound of a group or a scaling target',
    example: ['node group workers of eks cluster prod max 20', 'eks:UpdateNodegroupConfig'],
  },
  desired: {
    why: 'a desired count followed by its number is the size a group or a service is kept at',
    example: ['ecs service checkout in cluster shop desired 5', 'ecs:UpdateService'],
  },
  // round 21 (on-call): bounds given as a range ("keep the fleet between 4 and 20 machines")
  between: {
    // a table's capacity or a service's task count kept in a range is a scalable target of
    // Application Auto Scaling: registered, not an Update* of the table or service; an Auto
    // Scaling group's or a node group's bounds are its own settings
    scalable: { register: 1, put: 0.6 },
    why: 'a range a thing is to stay between sets its lower and upper bounds (a group, a scaling target), a change of the thing',
    example: ['keep asg web-prod between 4 and 20 instances', 'autoscaling:UpdateAutoScalingGroup'],
  },
  to: {
    why: 'a thing brought to a value (from another one) gets that setting',
    example: ['bring the kinesis stream to 4 shards', 'kinesis:UpdateShardCount'],
  },
};

/**
 * Round 19: a comparative size after a verb that says little ("give the build project a bigger
 * machine", "make the cache node larger") is a new value of a setting, as a number is, though no
 * number is typed: the thing is resized or modified, not made again. Only the verbs that hand the
 * thing its size: "move it to a smaller type by pointing it at a new config" names its own way.
 */
export const VALUE_COMPARATIVES = {
  verbs: new Set(['give', 'make', 'get', 'have', 'put']),
  words: new Set(['bigger', 'larger', 'smaller', 'beefier', 'faster', 'roomier', 'heftier']),
  why: 'a thing given a bigger or smaller size than it has is changed in place, as with a number',
  example: ['give the codebuild project behind api-ci a beefier build machine', 'codebuild:UpdateProject'],
} as const;
