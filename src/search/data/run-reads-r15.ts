// Data: questions about a thing's run, job or build (issue 16, round 15; src/search/run-reads.ts).
// "did build myproject:0b1c... pass" asks about one run, which the run's own read answers
// (codebuild:BatchGetBuilds), not the thing's read (the project's), nor the verb that starts
// one (StartBuild); "the last runs of the flow" asks for the run read of a set (a List). Each
// entry says why and gives a query that must rank its operation first
// (test/integration/search/run-reads-r15.test.ts).

import type { Reasoned } from './reasoned.js';

export interface RunNoun extends Reasoned {
  /** The plural the query types for a set of runs. */
  readonly plural: string;
  /** The word also names a thing whose runs the service names otherwise (a glue job, whose runs
   * are JobRuns): the query asks about a run only when it asks how one went. */
  readonly thingToo?: boolean;
  /** Operation-name words for the run, most specific first: the first one a read of the service
   * holds names the runs there (glue: JobRun before Job, entityresolution: MatchingJob). */
  readonly names: readonly string[];
}

/** Words for one run of a thing, keyed by the singular the query types. */
export const RUN_NOUNS: Readonly<Record<string, RunNoun>> = {
  run: {
    plural: 'runs',
    names: ['run', 'execution', 'job'],
    why: 'one run of a job, flow or workflow: named Run, else Execution (AppFlow, DataSync), else Job',
    example: [
      'why did glue job run jr_0f1e2d3c4b5a69788796a5b4c3d2e1f0 of billing-rollup fail',
      'glue:GetJobRun',
    ],
  },
  execution: {
    plural: 'executions',
    names: ['execution', 'run'],
    why: 'a pipeline, state machine or task execution is one run of it',
    example: [
      'is codepipeline execution 0a9b8c7d-6e5f of the web-release pipeline still in progress',
      'codepipeline:GetPipelineExecution',
    ],
  },
  build: {
    plural: 'builds',
    names: ['build', 'job'],
    why: 'one build of a project; Amplify names a branch build a Job',
    example: ['did build api-ci:5d6e7f80-1a2b-3c4d of codebuild succeed', 'codebuild:BatchGetBuilds'],
  },
  job: {
    plural: 'jobs',
    names: ['run', 'job'],
    thingToo: true,
    why: 'a job is one run of work (a backup, a transcription, a branch deploy); where the service names runs of its jobs (glue, databrew) the question is about the run',
    example: ['is aws backup job 0f1e2d3c-aaaa-bbbb-cccc-123456789abc done yet', 'backup:DescribeBackupJob'],
  },
  deployment: {
    plural: 'deployments',
    names: ['deployment'],
    why: 'one deployment of an application or configuration is one run of its rollout',
    example: ['did codedeploy deployment d-ABC123XYZ reach every host', 'codedeploy:GetDeployment'],
  },
  sync: {
    plural: 'syncs',
    names: ['sync'],
    why: "a data source's sync is one run of its crawl (kendra names it a SyncJob)",
    example: [
      'did the recent syncs of the kendra data source sharepoint-docs fail',
      'kendra:ListDataSourceSyncJobs',
    ],
  },
  crawl: {
    plural: 'crawls',
    names: ['crawl'],
    why: "a crawler's crawl is one run of it",
    example: ['how long did the recent crawls of glue crawler landing-zone take', 'glue:ListCrawls'],
  },
  step: {
    plural: 'steps',
    names: ['step'],
    why: "an EMR step is one run of work on a cluster, read apart from the cluster's",
    example: ['is step s-1XYZ2ABC3DEF on cluster j-9QWE8RTY7UIO done', 'emr:DescribeStep'],
  },
  ingestion: {
    plural: 'ingestions',
    names: ['ingestion'],
    why: "a QuickSight dataset's SPICE ingestion is one run of its refresh",
    example: [
      'is ingestion refresh-0701 of quicksight dataset revenue-ds finished',
      'quicksight:DescribeIngestion',
    ],
  },
};

/**
 * Ids of runs, whose shape says a run is meant where the query names none, and that the question
 * is about one run: glue's job run ids `jr_<hex>`, DataSync's `exec-<hex>`, CodeDeploy's
 * `d-<9 chars>`, EMR's steps `s-<chars>`.
 */
export const RUN_ID_SHAPES: readonly {
  readonly shape: RegExp;
  readonly noun: string;
  readonly why: string;
}[] = [
  { shape: /^jr_[0-9a-f]{16,}$/, noun: 'run', why: 'a glue job run id' },
  { shape: /^exec-[0-9a-f]{17}$/, noun: 'execution', why: 'a datasync task execution id' },
  { shape: /^d-[A-Z0-9]{9}$/, noun: 'deployment', why: 'a codedeploy deployment id' },
  { shape: /^s-[A-Z0-9]{8,}$/, noun: 'step', why: 'an emr step id' },
];

/**
 * Words that open a question about how something went: after them `run` is the run asked about,
 * not the verb ("status of job run X", "how did run X go"). "how do/can i" asks how to act and
 * is not among them.
 */
export const RUN_QUESTION_OPENERS: readonly string[] = [
  'status of',
  'state of',
  'progress of',
  'how did',
  'how far',
  'how long',
  'did',
  'is',
  'has',
  'was',
  'what',
  'why did',
  'when did',
];

/**
 * Scores (the scale of ranking-params BOOST) for the run's own read in the number asked, for a
 * read of the run in the other number (ListJobRuns when one run is asked about), for the thing's
 * own read (GetJob beside GetJobRun, DescribeFlow beside DescribeFlowExecutionRecords), and for
 * another kind of run named with the word typed (ListMapRuns when step functions' runs are Executions).
 */
export const RUN_READ = { weight: 3.0, otherNumber: -1.0, thing: -1.0, otherRun: -1.0 } as const;

/**
 * Name words after the run's that still name the run or what it did (GetExecutionHistory,
 * DescribeFlowExecutionRecords, GetCommandInvocation's output): any other word names another
 * thing of the run (GetDeploymentGroup, GetDeploymentConfig, BatchGetDeploymentInstances).
 */
export const RUN_TAILS: ReadonlySet<string> = new Set([
  'history',
  'records',
  'status',
  'details',
  'output',
  'results',
  // a job's execution on one target is a part of the job's run (iot:DescribeJobExecution)
  'execution',
  'executions',
]);

/** Words that start a filter of the set after the run's (ListBuildsForProject, ListJobExecutionsForThing). */
export const RUN_TAIL_TIES: ReadonlySet<string> = new Set(['for', 'by', 'in']);

/**
 * Words before the run noun (or one word before it) that ask for the newest of a set ("the
 * latest deployment of app X", "the last execution of state machine Y") or for any one: it is
 * found by listing the runs, not by a run's id.
 */
export const RUN_SET_WORDS: ReadonlySet<string> = new Set([
  'last',
  'latest',
  'recent',
  'newest',
  'previous',
  // "did a deployment just go out", "any build failing": whether one exists, read from the set
  'a',
  'an',
  'any',
]);
