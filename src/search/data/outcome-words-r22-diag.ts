// Data: round 22's debugging wordings of what happened to a run (src/search/outcome.ts): the
// plain past verbs people use for a run that ended badly ("where it broke", "the job died",
// "which step blew up", "the cluster fell over"), and the openers that ask for the part of a run
// where it ended so ("which stage broke", "where did it die", "at which state did it break"):
// the run's own record answers those, as it answers "why". Each entry says why and gives a query
// that a test checks (rank in the top 5).

import type { Reasoned } from './reasoned.js';

/** Verbs of a run that ended badly. "break" counts only in an outcome question (outcome.ts: opened
 * by why, where, at/in which or a yes/no opener): "break down the bill" is cost, "which resources
 * break the config rules" compliance; "a broken instance" names a thing. */
export const OUTCOME_WORDS_R22: Readonly<Record<string, Reasoned>> = {
  break: {
    why: 'said like broke, after "did": "where did the workflow break"; alone it is no outcome ("break down the bill", "which resources break the rule" open no outcome question)',
    example: ['at which state did the order workflow execution break', 'stepfunctions:GetExecutionHistory'],
  },
  broke: {
    why: 'a run that broke ended badly: where and why is in the record of that run, not in its definition',
    example: ['find out why the nightly glue job broke', 'glue:GetJobRuns'],
  },
  die: {
    why: 'said like died: "why did the batch job die"',
    example: ['why did the glue job die last night', 'glue:GetJobRuns'],
  },
  died: {
    why: 'a job that died stopped with an error: the record of its run says why',
    example: ['find out why the step functions run died', 'stepfunctions:GetExecutionHistory'],
  },
  blew: {
    why: '"blew up": the run failed, its record says where',
    example: ['which stage of the codepipeline release blew up', 'codepipeline:GetPipelineState'],
  },
  fell: {
    why: '"fell over": the run failed, its record says where and why',
    example: ['the emr step fell over, why', 'emr:DescribeStep'],
  },
};

/**
 * First words that ask WHERE in a run it ended so ("where did the build fail", "at which state
 * did it die"): the place is in the record of the run, as the cause is. "at"/"in" count only
 * before "which" (outcome.ts). A bare "which" stays out: "which codepipeline stage failed" is
 * answered by the pipeline's state, which holds each stage's latest result.
 */
export const PLACE_OPENERS: Readonly<Record<string, Reasoned>> = {
  where: {
    why: 'where a run failed is read from the run, as why it failed is',
    example: ['where did the glue job fail last night', 'glue:GetJobRuns'],
  },
};
