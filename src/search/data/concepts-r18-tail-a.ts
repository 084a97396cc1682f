// Data: concepts (see concepts.ts) for issue 16 round 18, paraphrases of services outside the
// best-known twenty (ids a to l): the everyday words for what such a service keeps ("what we
// paid" is the cost, "the release process" a pipeline, "data per second" a stream's throughput)
// when the query names neither the service nor the operation. "Queue a ..." is the verb, not an SQS
// queue (unless a message is queued), and work sent to a compute environment is a Batch job.

import type { Concept } from './concepts.js';

export const R18_TAIL_A_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'what we paid',
      'what i paid',
      'what we were charged',
      'what we got charged',
      'what we got billed',
      'what we were billed',
      'what did we pay',
      'how much did we pay',
      'how much we paid',
    ],
    terms: 'cost and usage',
    services: ['ce'],
    why: 'what an account paid or was charged over a period is its cost, read from Cost Explorer (a domain registrar bill is a narrow case)',
    example: ['what we were charged in march, per team tag', 'ce:GetCostAndUsage'],
  },
  {
    phrases: [
      'release process',
      'release processes',
      'delivery process',
      'deployment process',
      'deploy process',
      'build and release process',
      'release train',
    ],
    terms: 'pipeline',
    services: ['codepipeline'],
    why: 'the chain of build, test and deploy steps a change goes through to production is a release pipeline (CodePipeline), not a workflow of data jobs',
    example: ['kick the delivery process off again for the web app', 'codepipeline:StartPipelineExecution'],
  },
  {
    phrases: ['contact flow', 'contact flows', 'call flow', 'call flows', 'ivr flow', 'ivr flows'],
    terms: 'contact flow',
    services: ['connect'],
    why: 'a contact flow (call flow, IVR flow) is what Amazon Connect runs for a call or chat; a flow of an AI agent or a data flow is another thing',
    example: ['publish the new ivr flow in our connect instance', 'connect:UpdateContactFlowContent'],
  },
  {
    phrases: [
      'data per second',
      'megabytes per second',
      'mb per second',
      'records per second',
      'writes per second into the stream',
      'how much data the stream can take',
      'ingest rate of the stream',
      'stream throughput',
    ],
    terms: 'throughput shard',
    why: 'how much data a stream takes in per second is its throughput, which its shards (or its capacity mode) set',
    example: ['triple the records per second our clicks stream can handle', 'kinesis:UpdateShardCount'],
  },
  {
    phrases: ['queue a', 'queue an', 'queue another', 'queue up a', 'queue up an', 'enqueue a', 'enqueue an'],
    terms: 'submit',
    services: [],
    why: 'before "a" or "an", queue is the verb (hand a job or a workload in to run, see noun-verbs-r18-tail-a.ts), so it names no SQS queue; a service named in the query still counts',
    example: ['queue a containerized workload on aws batch', 'batch:SubmitJob'],
  },
  {
    phrases: ['compute environment', 'compute environments'],
    services: ['batch'],
    why: 'a compute environment is where AWS Batch runs the jobs its queues hand out: work sent to one is a Batch job (other services call theirs a fleet or a cluster)',
    example: ['how many jobs are waiting on the gpu compute environment', 'batch:ListJobs'],
  },
  {
    phrases: [
      'number crunching',
      'containerized workload',
      'containerized workloads',
      'container workload',
      'container workloads',
      'batch workload',
      'batch workloads',
      'crunching job',
    ],
    terms: 'job',
    services: ['batch'],
    why: 'number crunching or a containerized workload handed in to run to its end is a batch job (AWS Batch), not a long-running service',
    example: ['kick off the number crunching for the quarter-end report', 'batch:SubmitJob'],
  },
  {
    phrases: ['queue a message', 'queue a msg', 'queue an event', 'queue a notification'],
    services: ['sqs'],
    why: 'queueing a message (or an event) still puts it on a queue, SQS unless a service is named: the longer phrase keeps what "queue a" drops',
    example: ['queue a message with the order id for the shipping worker', 'sqs:SendMessage'],
  },
  {
    phrases: [
      'by email',
      'via email',
      'over email',
      'through email',
      'by e-mail',
      'by sms',
      'via sms',
      'by text message',
    ],
    services: [],
    why: 'told "by email" or "by sms" is the channel a warning or a report reaches someone through: the service that watches sends it, no email service is asked for',
    example: ['warn me by email when the forecast spend passes 800 dollars', 'budgets:CreateBudget'],
  },
  {
    phrases: [
      'sign-in directory',
      'sign in directory',
      'login directory',
      'app login directory',
      'directory of app users',
      'directory of our app users',
      'app user directory',
      'customer login directory',
    ],
    terms: 'user pool',
    services: ['cognito-idp'],
    why: 'the directory an app signs its own users in against is a Cognito user pool, not the workforce directory of IAM Identity Center or Directory Service',
    example: ['list everyone in our app sign-in directory', 'cognito-idp:ListUsers'],
  },
  {
    phrases: ['for detector', 'in detector', 'of detector', 'detector id', 'on detector', 'from detector'],
    services: ['guardduty'],
    why: 'a detector named by itself, with its id, is the GuardDuty detector of an account and region (the others are a fraud detector, an anomaly detector or a detector model, named as such)',
    example: [
      'list the archived findings for detector 4cb8f7e2a1d39b0c6e5f4a2b1c0d9e8f',
      'guardduty:ListFindings',
    ],
  },
];
