// Data: questions about what HAPPENED to something that runs ("why did the glue job fail", "has
// last night's backup finished", "why is the stack stuck"). A job, pipeline, state machine or
// stack is a definition; what happened to it lives in its runs (GetJobRuns, ListExecutions,
// ListBackupJobs) or in its record of events (DescribeStackEvents). Such a question is answered
// by those reads, not by the definition's (glue:GetJob) (src/search/outcome.ts). Each entry says
// why and gives a query that must rank its operation in the top 5.

import { OUTCOME_WORDS_R21 } from './outcome-words-r21-why.js';
import { OUTCOME_WORDS_R22 } from './outcome-words-r22-diag.js';
import type { Reasoned } from './reasoned.js';

/**
 * Words that say how a run ended or stands: with "why" they ask for the cause, in a yes/no
 * question (status-words.ts) whether it ended. Verb forms only: "failure" or "error" as a noun
 * names a thing ("list the failed builds" is not about one run's outcome).
 */
export const OUTCOME_WORDS: Readonly<Record<string, Reasoned>> = {
  fail: {
    why: 'why a run failed is in the record of that run (its error message), not in its definition',
    example: ['why did my glue job orders-etl fail last night', 'glue:GetJobRuns'],
  },
  failed: {
    why: 'whether or why a run failed: the run or its events hold it',
    example: ['why has the codepipeline release pipeline failed', 'codepipeline:GetPipelineExecution'],
  },
  failing: {
    why: 'why a run keeps failing: the record of its runs',
    example: ['why is my step functions state machine failing', 'stepfunctions:GetExecutionHistory'],
  },
  finished: {
    why: 'whether a run reached its end: the state of the run',
    example: ['has the aws backup of the orders table finished', 'backup:DescribeBackupJob'],
  },
  finish: {
    why: 'whether a run reached its end: the state of the run',
    example: ['did the codebuild build for the api project finish', 'codebuild:BatchGetBuilds'],
  },
  complete: {
    why: 'whether a run reached its end: the state of the run',
    example: ['did the datasync task complete last night', 'datasync:DescribeTaskExecution'],
  },
  completed: {
    why: 'whether a run reached its end: the state of the run',
    example: ['has the sagemaker pipeline run completed', 'sagemaker:DescribePipelineExecution'],
  },
  succeeded: {
    why: 'whether a run ended well: the state of the run',
    example: [
      'has the latest codepipeline run of the web pipeline succeeded',
      'codepipeline:ListPipelineExecutions',
    ],
  },
  succeed: {
    why: 'whether a run ended well: the state of the run',
    example: ['did the nightly glue job succeed', 'glue:GetJobRun'],
  },
  stuck: {
    why: 'why a stack or run stays in one state: the events it recorded say what went wrong',
    example: [
      'why is the network stack stuck in UPDATE_ROLLBACK_FAILED',
      'cloudformation:DescribeStackEvents',
    ],
  },
  wrong: {
    why: '"what went wrong" asks for the cause of a failed run: its record',
    example: ['what went wrong with the elastic beanstalk deploy', 'elasticbeanstalk:DescribeEvents'],
  },
  crash: {
    why: 'why a run crashed: the record of that run',
    example: ['why did the glue etl job crash', 'glue:GetJobRuns'],
  },
  ...OUTCOME_WORDS_R21,
  ...OUTCOME_WORDS_R22,
};

/** Openers of a question that asks for the cause of what happened ("why did ... fail"). */
export const CAUSE_OPENERS: ReadonlySet<string> = new Set(['why', 'what']);

export interface RunNameWord extends Reasoned {
  /**
   * What the read named with the word holds: `state` (each run's status and error: a job's
   * Run, a pipeline's Execution) answers whether and why; `cause` (a log of events) only why.
   */
  readonly holds: 'state' | 'cause';
}

/**
 * Words that end an operation's name and name the runs of a definition or its record of what
 * happened: read with the word last, the operation answers an outcome question about the thing
 * before it (GetJob*Runs*, ListPipeline*Executions*, ListBackup*Jobs*, DescribeStack*Events*).
 */
export const RUN_NAME_WORDS: Readonly<Record<string, RunNameWord>> = {
  run: {
    why: 'a glue or emr-serverless job is a definition; each run holds its state and error',
    example: ['why did the glue job sales-rollup fail', 'glue:GetJobRuns'],
    holds: 'state',
  },
  execution: {
    why: 'a state machine, pipeline or transfer task runs as executions, which hold the outcome',
    example: ['did the step functions workflow order-flow fail today', 'stepfunctions:ListExecutions'],
    holds: 'state',
  },
  job: {
    why: 'a backup plan or an amplify branch runs as jobs: each job holds one attempt and its outcome',
    example: ['has the amplify build for the dev branch completed', 'amplify:GetJob'],
    holds: 'state',
  },
  build: {
    why: 'a codebuild project runs as builds: each build holds its phase, status and logs',
    example: ['why did the codebuild project web-app fail', 'codebuild:ListBuildsForProject'],
    holds: 'state',
  },
  event: {
    why: 'a stack or environment records each step of a change as events: the failing one says why',
    example: ['why did my cloudformation stack update fail', 'cloudformation:DescribeStackEvents'],
    holds: 'cause',
  },
  history: {
    why: 'an execution records each state entered and exited: the failing one says why',
    example: ['why did the step functions execution fail', 'stepfunctions:GetExecutionHistory'],
    holds: 'cause',
  },
};
