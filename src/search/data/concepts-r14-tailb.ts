// Data: concepts (see concepts.ts) for the ML, analytics, integration, governance and security
// services, issue 16 round 14: everyday words with no word of the operation's name: teaching a
// model, mailing something to someone, asking AWS to let us run more, flagging what breaks a
// rule, a cron expression pasted after "at", and the status of one run.

import type { Concept } from './concepts.js';

export const R14_TAILB_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['teach the model', 'teach a model', 'teach my model', 'teach our model'],
    terms: 'train training job model',
    services: ['sagemaker'],
    why: 'to teach a model on data is to train it: a SageMaker training job fits the model on the dataset',
    example: ['teach a model to spot fraud from last year transactions', 'sagemaker:CreateTrainingJob'],
  },
  {
    phrases: ['mail a', 'mail the', 'mail them', 'mail it', 'mail our', 'mail every'],
    terms: 'send email',
    services: ['sesv2', 'ses'],
    why: '"mail" used as a verb is sending an email; whatever is mailed (an invoice, a receipt) is the content, not a service of its own',
    example: ['mail the monthly invoice to billing@example.com', 'sesv2:SendEmail'],
  },
  {
    phrases: [
      'ask aws to let us',
      'ask aws to allow',
      'let us run more',
      'allow us to run more',
      'ask aws for more',
    ],
    terms: 'request service quota increase',
    services: ['service-quotas'],
    why: 'asking AWS to let an account run or use more of something is a quota increase request, whichever service it is for',
    example: [
      'ask aws to allow more elastic ips in this account',
      'service-quotas:RequestServiceQuotaIncrease',
    ],
  },
  {
    phrases: ['flag the ones', 'flag any', 'flag those', 'flag anything', 'flag every'],
    terms: 'config rule compliance',
    services: ['config'],
    why: 'flagging the resources that break a rule, continuously, is an AWS Config rule: it marks each one compliant or not',
    example: ['flag any ebs volume that is not encrypted', 'config:PutConfigRule'],
  },
  {
    phrases: ['at cron', 'on cron', 'with cron', 'cron expression'],
    terms: 'create schedule',
    services: ['scheduler', 'events'],
    why: 'a cron expression given for a target is a schedule that invokes it (EventBridge Scheduler, or a scheduled rule), not a call made now',
    example: ['invoke the cleanup function at cron(0 3 * * ? *)', 'scheduler:CreateSchedule'],
  },
  {
    phrases: ['status of run', 'status of the run', 'state of run', 'state of the run'],
    terms: 'get run status',
    why: 'the status of a run asks about one run that exists: the run is the noun, not the verb, so its Get read answers, not a Start',
    example: ['status of run jr_77aa of the glue job copy-invoices', 'glue:GetJobRun'],
  },
  {
    phrases: ['scp to', 'scp on', 'scps to', 'scps on', 'scp onto'],
    terms: 'attach policy',
    services: ['organizations'],
    why: "a service control policy put on or applied to an OU or account is attached to that target; the everyday verb (apply, put, add) is not the name's",
    example: ['add the deny-leaving-org scp to account 111122223333', 'organizations:AttachPolicy'],
  },
];
