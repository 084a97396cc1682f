// Data: more words that say how a run ended (src/search/outcome.ts, data/outcome-words.ts), from
// round 21's questions: "why did the codedeploy deployment roll back", "why was it rolled back",
// "why did the job time out", "why was the build aborted". Verb forms only. Each entry says why
// and gives a query that a test checks (rank in the top 5).

import type { Reasoned } from './reasoned.js';

export const OUTCOME_WORDS_R21: Readonly<Record<string, Reasoned>> = {
  roll: {
    why: 'a run that rolled back ended in failure: why is in the record of that run, not in the rollback setting of its group',
    example: ['why did the codedeploy deployment roll back?', 'codedeploy:GetDeployment'],
  },
  rolled: {
    why: 'said like roll: "why was the deployment rolled back"',
    example: ['why was our last codedeploy deployment rolled back', 'codedeploy:GetDeployment'],
  },
  crashed: {
    why: 'said like crash: the record of the run that crashed',
    example: ['why was the glue etl job crashed last night', 'glue:GetJobRuns'],
  },
  aborted: {
    why: 'a run stopped before its end: the record of that run says why',
    example: ['why was the codebuild build aborted', 'codebuild:BatchGetBuilds'],
  },
  timed: {
    why: '"timed out": the run hit its limit, its record says where',
    example: ['why has the glue job timed out', 'glue:GetJobRuns'],
  },
};
