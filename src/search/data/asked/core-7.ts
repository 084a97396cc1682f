// Data: how people ask for operations (see ../asked.ts), second pass over the most used services:
// Step Functions versions, aliases, activities and map runs; Route 53 DNSSEC, delegation sets,
// query logging and quotas; EventBridge rule details, buses, connections, archives and replays.

import type { AskedEntry } from './types.js';

export const ASKED_CORE_7: readonly AskedEntry[] = [
  {
    op: 'stepfunctions:DeleteStateMachine',
    asked: 'remove a workflow, delete an orchestration definition, retire a workflow',
    example: 'remove the order-fulfilment workflow, we replaced it',
  },
  {
    op: 'stepfunctions:PublishStateMachineVersion',
    asked: 'freeze a workflow revision, immutable numbered workflow release, version before deploying',
    example: 'cut an immutable numbered release of workflow order-flow before the rollout',
  },
  {
    op: 'stepfunctions:ListStateMachineVersions',
    asked: 'which workflow versions exist, numbered releases of a workflow',
    example: 'what numbered releases of workflow order-flow do we have?',
  },
  {
    op: 'stepfunctions:CreateStateMachineAlias',
    asked:
      'stable prod name for a workflow, split runs between workflow versions, weighted routing, canary a workflow',
    example: 'give workflow order-flow a stable prod name that sends 10% of runs to version 3',
  },
  {
    op: 'stepfunctions:UpdateStateMachineAlias',
    asked:
      'shift workflow runs to a new version, repoint the prod name of a workflow, change routing weights',
    example: 'move the prod name of workflow order-flow fully onto version 3',
  },
  {
    op: 'stepfunctions:DescribeStateMachineForExecution',
    asked: 'which revision did a past run start with, graph as it was when that run began',
    example:
      'which definition was run arn:aws:states:us-east-1:123456789012:execution:order-flow:abc started with?',
  },
  {
    op: 'stepfunctions:DescribeMapRun',
    asked: 'distributed map progress, how many child items succeeded or failed, large scale parallel run',
    example: 'how many of the 50,000 items in the distributed map run have failed so far?',
  },
  {
    op: 'stepfunctions:ListMapRuns',
    asked: 'distributed map runs inside an execution, child map runs',
    example: 'which distributed map runs did execution nightly-batch-42 start?',
  },
  {
    op: 'stepfunctions:CreateActivity',
    asked: 'worker task outside aws, poll for work from my own server, human or on-prem worker step',
    example: 'set up a step that an on-prem worker polls for and completes',
  },
  {
    op: 'stepfunctions:GetActivityTask',
    asked: 'worker polls for the next job, fetch a task token for my worker, long poll for work',
    example: 'my on-prem worker needs to pull its next piece of work and the token',
  },
  {
    op: 'stepfunctions:SendTaskHeartbeat',
    asked: 'keep a long task alive, still working, avoid heartbeat timeout on a callback task',
    example: 'tell the workflow my callback task is still busy so it does not time out',
  },
  {
    op: 'stepfunctions:TagResource',
    asked: 'label a workflow, cost label on a state machine',
    example: 'label workflow order-flow with team=fulfilment',
  },
  {
    op: 'route53:GetDNSSEC',
    asked: 'is dnssec signing on, key signing key status, ds record to give the registrar',
    example: 'is zone example.com signed and what DS record do we give the registrar?',
  },
  {
    op: 'route53:CreateKeySigningKey',
    asked: 'ksk for dnssec, key signing key backed by kms, prepare zone signing',
    example: 'create the KSK for example.com using our kms key before turning on signing',
  },
  {
    op: 'route53:DisableHostedZoneDNSSEC',
    asked: 'turn off dnssec signing, stop signing a domain, unsign a zone, moving to another dns provider',
    example: 'stop signing example.com, we are moving dns providers',
  },
  {
    op: 'route53:GetHostedZoneCount',
    asked: 'number of zones in the account, total zone count',
    example: 'what is the total count of zones we have in route 53?',
  },
  {
    op: 'route53:GetAccountLimit',
    asked:
      'route 53 quotas, max zones or health checks allowed, how close to the limit, how many more hosted zones or health checks can I create, hosted zones allowed per account, maximum zones, room left under the route 53 limit',
    example: 'how many health checks and zones are we allowed in route 53 before hitting quota?',
  },
  {
    op: 'route53:GetHostedZoneLimit',
    asked:
      'how many records can a zone hold, is a zone full, record quota of one zone, vpcs per private zone',
    example: 'how many records can zone example.com hold before it is full?',
  },
  {
    op: 'route53:UpdateHostedZoneComment',
    asked: 'change the note on a zone, describe what a zone is for',
    example: 'change the note on zone Z0123456789ABC to say it is the staging domain',
  },
  {
    op: 'route53:ListQueryLoggingConfigs',
    asked: 'is dns query logging on, which zones log queries, query log destinations',
    example: 'which of our zones send their dns lookups to cloudwatch logs?',
  },
  {
    op: 'route53:DeleteQueryLoggingConfig',
    asked: 'stop recording dns lookups for a zone, stop logging dns queries, turn off query logs',
    example: 'stop recording dns lookups for example.com',
  },
  {
    op: 'route53:CreateReusableDelegationSet',
    asked: 'same name servers for many zones, white label name servers, reusable ns set',
    example: 'give all our customer zones the same four name servers',
  },
  {
    op: 'route53:ListTagsForResource',
    asked: 'labels on a zone or health check, which team owns a zone',
    example: 'what labels are on hosted zone Z0123456789ABC?',
  },
  {
    op: 'route53:ChangeTagsForResource',
    asked: 'label a zone or health check, add or remove labels on dns resources',
    example: 'label zone Z0123456789ABC with team=web and drop the temp label',
  },
  {
    op: 'route53:CreateVPCAssociationAuthorization',
    asked: 'allow a vpc in another account to use my private zone, cross account private dns',
    example: 'let vpc-0abc in account 210987654321 attach to our private zone corp.internal',
  },
  {
    op: 'route53:CreateTrafficPolicy',
    asked: 'visual traffic flow, complex routing tree, geo then latency then failover rules',
    example: 'build a traffic flow that routes by geography first and then by latency',
  },
  {
    op: 'events:DescribeRule',
    asked: 'what pattern or schedule does a rule have, is the rule enabled, rule details',
    example: 'what event pattern and schedule does rule nightly-cleanup use, and is it on?',
  },
  {
    op: 'events:ListTargetsByRule',
    asked:
      'what does a rule trigger, which function or queue does a rule send to, targets of a rule, what targets does a rule have',
    example: 'which function or queue does rule s3-upload-events send to?',
  },
  {
    op: 'events:ListRuleNamesByTarget',
    asked:
      'which rules invoke this lambda, what triggers my function on a schedule, rules pointing at a target',
    example: 'which rules send events to arn:aws:lambda:us-east-1:123456789012:function:cleanup?',
  },
  {
    op: 'events:RemoveTargets',
    asked:
      'stop a rule from calling a lambda, rule should no longer invoke it, detach a target from a rule, unhook a queue from a rule',
    example: 'eventbridge rule s3-upload-events should no longer call the old-indexer lambda',
  },
  {
    op: 'events:ListEventBuses',
    asked: 'which buses exist, custom and partner buses, default bus',
    example: 'which custom event buses do we have besides default?',
  },
  {
    op: 'events:DescribeEventBus',
    asked: 'bus policy and details, who can put events on a bus, bus kms key',
    example: 'who is allowed to send events to bus orders-bus?',
  },
  {
    op: 'events:DeleteEventBus',
    asked: 'remove a custom bus, delete an unused bus',
    example: 'remove the unused custom bus legacy-bus',
  },
  {
    op: 'events:PutPermission',
    asked:
      'let another account send events to my bus, cross account events, allow organization to put events',
    example: 'allow account 210987654321 to send events onto our default bus',
  },
  {
    op: 'events:RemovePermission',
    asked: 'stop another account sending events to my bus, revoke bus access',
    example: 'stop account 210987654321 from sending events onto our bus',
  },
  {
    op: 'events:CreateConnection',
    asked:
      'credentials for calling a third party api, api key or oauth for an http target, basic auth for webhooks',
    example: 'store the api key for calling the zendesk api from an eventbridge http target',
  },
  {
    op: 'events:DescribeConnection',
    asked: 'is the auth for an http target authorized, connection state, oauth deauthorized',
    example: 'is the zendesk-auth credential for our http target authorized or failing?',
  },
  {
    op: 'events:ListApiDestinations',
    asked: 'which http endpoints do rules call, webhook targets, third party api targets',
    example: 'which external webhook endpoints do our rules call?',
  },
  {
    op: 'events:UpdateApiDestination',
    asked:
      'point a webhook target at a new url, cap calls per second, change the url or rate limit of an http target',
    example: 'point the zendesk webhook target at the new url and cap it at 10 calls per second',
  },
  {
    op: 'events:ListArchives',
    asked:
      'which event archives exist, stored events for replay, retained events, buses that keep a copy of past events, where events are archived',
    example: 'which buses keep a copy of past events for replay?',
  },
  {
    op: 'events:DescribeReplay',
    asked: 'replay progress, has the replay finished, events replayed so far',
    example: 'has the replay of last tuesday orders events finished?',
  },
  {
    op: 'events:CancelReplay',
    asked: 'stop a running replay, abort re-sending archived events',
    example: 'abort the replay that is resending last week events',
  },
  {
    op: 'events:ListEventSources',
    asked: 'partner event sources like zendesk or datadog, saas events offered to my account',
    example: 'which saas partners like zendesk are offering us event sources?',
  },
  {
    op: 'events:ListTagsForResource',
    asked: 'what labels does a rule or bus carry, which team owns a rule',
    example: 'what labels does rule nightly-cleanup carry?',
  },
];
