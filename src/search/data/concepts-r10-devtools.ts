// Data: everyday phrases of developer tools and containers (see concepts.ts), round 10 of the
// devtools group: a weekday named in "every monday", "glue code" meaning no code rather than the
// Glue service, the CodeGuru family named without its member, a "PR", and the "shape" of events.

import type { Concept } from './concepts.js';

export const R10_DEVTOOLS_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'every monday',
      'every tuesday',
      'every wednesday',
      'every thursday',
      'every friday',
      'every saturday',
      'every sunday',
      'every weekend',
    ],
    terms: 'create schedule',
    services: ['scheduler', 'events'],
    why: 'a named weekday that repeats is a recurring time, which an EventBridge schedule (or a scheduled rule) runs',
    example: ['invoke the report lambda every friday at 7', 'scheduler:CreateSchedule'],
  },
  {
    phrases: [
      'glue code',
      'without writing code',
      'no code in between',
      'without a lambda in between',
      'no lambda in between',
    ],
    terms: 'pipe source target',
    services: ['pipes'],
    why: '"glue code" is the code people write to move events between services, which EventBridge Pipes replaces; it is not AWS Glue',
    example: ['send dynamodb stream records to an event bus with no glue code', 'pipes:CreatePipe'],
  },
  {
    phrases: ['codeguru'],
    services: ['codeguru-reviewer', 'codeguruprofiler', 'codeguru-security'],
    why: 'CodeGuru is a family of three services (Reviewer, Profiler, Security); people name the family and not the member',
    example: [
      'list the codeguru findings for my pull request reviews',
      'codeguru-reviewer:ListRecommendations',
    ],
  },
  {
    phrases: ['pr', 'prs', 'pr number', 'open prs'],
    terms: 'pull request',
    why: 'a "PR" is a pull request in every git host, CodeCommit included',
    example: ['list open prs in repo web', 'codecommit:ListPullRequests'],
  },
  {
    phrases: [
      'shape of events',
      'shape of the events',
      'event shape',
      'event structure',
      'structure of events',
      'format of events',
      'events look like',
    ],
    terms: 'schema',
    services: ['schemas'],
    why: 'the shape or structure of an event is its schema, which the EventBridge schema registry stores and discovers',
    example: ['show the event structure of OrderPlaced', 'schemas:DescribeSchema'],
  },
  {
    phrases: [
      'build server',
      'ci server',
      'build machine',
      'build box',
      'build agent',
      'build runner',
      'ci runner',
    ],
    terms: 'build project',
    services: ['codebuild'],
    why: 'the managed build server of AWS is CodeBuild: its projects run each build on a fresh build container',
    example: ['start a build on the build server for project web-ci', 'codebuild:StartBuild'],
  },
  {
    phrases: [
      'create a layer',
      'create a lambda layer',
      'make a layer',
      'make a lambda layer',
      'new lambda layer',
      'into a layer',
      'into a lambda layer',
      'as a layer',
      'as a new layer',
      'as a lambda layer',
    ],
    terms: 'publish layer version',
    services: ['lambda'],
    why: 'Lambda has no CreateLayer: a layer comes into being when its first version is published, and every change publishes a new version',
    example: ['create a lambda layer with our shared python utils zip', 'lambda:PublishLayerVersion'],
  },
  {
    phrases: ['schedule fire', 'schedule trigger', 'cron fire', 'timer fire', 'schedule go off'],
    terms: 'schedule expression',
    services: ['scheduler', 'events'],
    why: 'a schedule or a scheduled rule "fires" when its time comes; with a schedule named, firing is its timing, not an alarm state',
    example: ['what time does the nightly-export schedule fire', 'scheduler:GetSchedule'],
  },
];
