// Data: question openers for issue 16 round 18 (questions as people ask them). "how" opens a
// question with more words than "how many/much/long": "how did X change", "how close are we to
// the limit", "how often does the plan run" ask about state, history or limits, never for the
// change their verb names; a clipped "any X ...?" asks whether such things exist. Merged into
// QUESTION_OPENERS (intent.ts); each example must rank its read first.

import type { Reasoned } from './reasoned.js';

export const R18_QUESTION_OPENERS: Readonly<Record<string, Reasoned>> = {
  'how did': {
    why: 'asks how something came about in the past ("how did the rules change"): history or the record of a run, not the change named',
    example: [
      'how did the bucket policy of the assets bucket change yesterday',
      'config:GetResourceConfigHistory',
    ],
  },
  'how has': {
    why: 'asks how something evolved up to now: its recorded history, not a change',
    example: ['how has the configuration of i-0abc1234def567890 changed', 'config:GetResourceConfigHistory'],
  },
  'how close': {
    why: 'asks how near a usage is to its limit: the quota and the usage are read',
    example: ['how close are we to the ec2 on-demand vcpu quota', 'service-quotas:GetServiceQuota'],
  },
  'how often': {
    why: 'asks for a frequency: a schedule or setting is read, nothing is run',
    example: ['how often does the daily backup plan run', 'backup:GetBackupPlan'],
  },
  'how come': {
    why: 'asks for a cause like "why": state, events or history are read, never the act the question names',
    example: ['how come my ecs tasks keep stopping', 'ecs:DescribeTasks'],
  },
  any: {
    why: 'a clipped question ("any failed backup jobs last night?", "any alarms firing?"): it asks whether such things exist, nothing is done',
    example: ['any failed backup jobs last night', 'backup:ListBackupJobs'],
  },
  'how big': {
    why: 'asks for a size: the thing is described, not resized',
    example: ['how big is the orders dynamodb table', 'dynamodb:DescribeTable'],
  },
};
