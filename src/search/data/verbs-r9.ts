// Data: verbs of doing something again, going live and growing (issue 16, round 9). Doing a
// thing again runs what already exists (Start*, Run*, a new execution), it does not create it;
// going live starts what was prepared; growing an existing resource resizes or modifies it.
// Each entry says why and gives an example query that must find its operation in the top five
// (tested in test/integration/search/verbs-r9.test.ts).

import type { Reasoned } from './reasoned.js';
import type { EverydayVerb } from './verbs-everyday.js';

/** Growing what exists: a new size or count, set on the resource (Resize*, Modify*, Update*). */
const GROW = { resize: 1, modify: 1, update: 1, increase: 1, set: 0.7, scale: 0.7 };

/** Verbs of round 9, merged into VERB_SYNONYMS (data/verbs.ts) like data/verbs-everyday.ts. */
export const R9_VERBS: Readonly<Record<string, EverydayVerb>> = {
  'go live': {
    weights: { start: 1, enable: 0.8, publish: 0.7, deploy: 0.7, create: 0.3 },
    why: 'going live with something already set up starts it (a channel, a stream) or publishes it',
    example: ['go live with the medialive channel for tonight', 'medialive:StartChannel'],
  },
  'add more': {
    weights: { ...GROW, add: 0.8, create: 0.4 },
    why: 'adding more of the parts an existing resource has (nodes, shards, copies) grows it',
    example: ['add more shards to kinesis stream clicks', 'kinesis:UpdateShardCount'],
  },
  upsize: {
    weights: GROW,
    why: 'upsizing a resource gives it a larger size or class: a resize or modify',
    example: ['upsize the redshift cluster analytics to four nodes', 'redshift:ResizeCluster'],
  },
  'beef up': {
    weights: GROW,
    why: 'beefing up a resource makes it bigger: a resize or modify',
    example: ['beef up the memory of lambda function thumbnailer', 'lambda:UpdateFunctionConfiguration'],
  },
  rebuild: {
    weights: { rebuild: 1, start: 0.9, retry: 0.9, run: 0.7, create: 0.3 },
    why: 'building again starts a new build of what exists (CodeBuild), or rebuilds an environment',
    example: ['rebuild codebuild project web-frontend', 'codebuild:StartBuild'],
  },
  retrigger: {
    weights: { start: 1, retry: 0.9, run: 0.9, invoke: 0.8, execute: 0.8 },
    why: 'triggering again starts another run of what exists',
    example: ['retrigger the state machine order-flow', 'stepfunctions:StartExecution'],
  },
  reprocess: {
    weights: { redrive: 1, retry: 1, start: 0.9, run: 0.8 },
    why: 'processing failed work again redrives or retries it',
    example: ['reprocess the failed step functions execution', 'stepfunctions:RedriveExecution'],
  },
  recrawl: {
    weights: { start: 1, run: 0.9, retry: 0.7 },
    why: 'crawling again starts the crawler that exists',
    example: ['recrawl the s3 data with glue crawler raw-zone', 'glue:StartCrawler'],
  },
  reindex: {
    weights: { start: 1, sync: 1, run: 0.8, retry: 0.5 },
    why: 'indexing a source again runs its sync or crawl, it does not create the source',
    example: ['reindex the sharepoint source in kendra now', 'kendra:StartDataSourceSyncJob'],
  },
  relaunch: {
    weights: { start: 1, run: 1, launch: 1, reboot: 0.5 },
    why: 'launching again starts or runs what was stopped or ended',
    example: ['relaunch the stopped notebook instance ml-dev', 'sagemaker:StartNotebookInstance'],
  },
};

/**
 * Words that say the task is done again. The thing acted on exists, so its Create* counts for
 * less (AGAIN.createScale) and running it (AGAIN.weights) counts as asked. "re" is the prefix
 * of a hyphenated verb ("re-run", "re-sync"): words() splits it off.
 */
export const AGAIN_MARKERS: Readonly<Record<string, Reasoned>> = {
  again: {
    why: 'doing something again runs what exists another time, not a new one',
    example: ['make the glue crawler on the landing bucket crawl again', 'glue:StartCrawler'],
  },
  'once more': {
    why: 'once more is again',
    example: ['build codebuild project api-service once more', 'codebuild:StartBuild'],
  },
  'one more time': {
    why: 'one more time is again',
    example: ['run the step functions state machine nightly one more time', 'stepfunctions:StartExecution'],
  },
  'a second time': {
    why: 'a second time is again',
    example: ['execute the ssm automation patch-fleet a second time', 'ssm:StartAutomationExecution'],
  },
  re: {
    why: 're-run, re-execute: the hyphenated prefix says again',
    example: ['re-run the glue job nightly-etl', 'glue:StartJobRun'],
  },
  redeploy: {
    why: 'deploying again: the stage or group named exists, what is made is a new deployment',
    example: ['redeploy the beta stage of rest api orders-api', 'apigateway:CreateDeployment'],
  },
  rebuild: {
    why: 'building again: the project exists, what is made is a new build',
    example: ['rebuild the codebuild project api', 'codebuild:StartBuild'],
  },
  rerun: {
    why: 'running again: the job or workflow exists, what is made is a new run',
    example: ['rerun the databrew job clean-orders', 'databrew:StartJobRun'],
  },
};

/** The prefix of a hyphenated verb of doing again, a word of its own once split. */
export const RE_PREFIX = 're';

/** What doing it again asks for, and how much a Create* still counts. */
export const AGAIN = {
  /** A run of something again is a new execution of it (StartPipelineExecution). */
  terms: 'execution',
  weights: { start: 1, run: 0.9, execute: 0.9, retry: 0.8, redrive: 0.6 },
  createScale: 0.4,
  /**
   * Only a task of doing or making is repeated: its verb means one of these, or there is none.
   * "Let changes flow again" restores a state (EnableStageTransition), it runs nothing.
   */
  doing: ['create', 'start', 'run', 'execute', 'invoke', 'deploy', 'build', 'retry'],
  /** After a negation, again ends a state ("never expire again"): nothing is repeated. */
  unless: ['never', 'not', 'no'],
  /** Right after a failure, again says the failure happened once more ("the run failed again"). */
  afterFailure: ['failed', 'crashed', 'broke', 'died', 'errored', 'timed'],
  why: 'what is done again exists: it is run, started or retried, a Create* would make another one',
  example: ['make the glue crawler scan the landing folder again', 'glue:StartCrawler'],
} as const;

/**
 * Comparatives after a light verb ("make it bigger"): the new size is set on the resource, so
 * these weights replace the light verb's (data/verbs.ts LIGHT_VERBS).
 */
export const SIZE_WORDS: Readonly<Record<string, EverydayVerb>> = {
  bigger: {
    weights: GROW,
    why: 'making a resource bigger resizes it where the service can (Resize*), else modifies it',
    example: ['make redshift cluster analytics bigger', 'redshift:ResizeCluster'],
  },
  larger: {
    weights: GROW,
    why: 'larger is bigger',
    example: ['make my rds instance larger', 'rds:ModifyDBInstance'],
  },
  'more big': {
    weights: GROW,
    why: 'a learner says "more big" for bigger: the same resize',
    example: ['please make the redshift cluster more big', 'redshift:ResizeCluster'],
  },
  'more large': {
    weights: GROW,
    why: 'a learner says "more large" for larger: the same resize',
    example: ['make my rds instance more large please', 'rds:ModifyDBInstance'],
  },
  smaller: {
    weights: { resize: 1, modify: 1, update: 1, decrease: 1, set: 0.7 },
    why: 'making a resource smaller resizes or modifies it',
    example: ['make the redshift cluster analytics smaller', 'redshift:ResizeCluster'],
  },
};
