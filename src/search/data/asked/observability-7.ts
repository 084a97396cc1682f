// Data: how people ask for operations (see ../asked.ts), observability, management, cost and developer
// tools: the everyday siblings (unmute, clean up, list) of the operations in observability.ts to -6.ts.

import type { AskedEntry } from './types.js';

export const ASKED_OBSERVABILITY_7: readonly AskedEntry[] = [
  {
    op: 'cloudwatch:EnableAlarmActions',
    asked: 'unmute alerts, turn notifications back on after maintenance, resume paging, stop silencing',
    example: 'maintenance is over, let the alerts page people again',
  },
  {
    op: 'cloudwatch:DeleteAlarms',
    asked: 'remove old alerts, clean up stale monitors, get rid of noisy alerts for deleted servers',
    example: 'get rid of the alerts left over from servers we shut down',
  },
  {
    op: 'cloudwatch:ListDashboards',
    asked: 'which monitoring screens exist, all boards of graphs, find the team board',
    example: 'what boards of graphs have people made in this account',
  },
  {
    op: 'logs:DescribeSubscriptionFilters',
    asked:
      'log forwarding destinations of a group, is anything streaming these logs to lambda or kinesis, forwarded to splunk, log shipping setup, is anything streaming this log group out, where are the logs forwarded to, which lambda or kinesis receives this log group',
    example: 'is the api log group being forwarded anywhere',
  },
  {
    op: 'logs:DescribeMetricFilters',
    asked:
      'which log patterns are counted as numbers, existing log based counters, what patterns feed alerts',
    example: 'what log patterns are we already counting into numbers',
  },
  {
    op: 'events:EnableRule',
    asked:
      'resume a paused trigger, turn a trigger back on, re-enable a nightly cron after a pause, reactivate event automation',
    example: 'turn the nightly cleanup trigger back on',
  },
  {
    op: 'events:DeleteRule',
    asked: 'remove a trigger for good, delete an old cron, get rid of event automation no longer needed',
    example: 'get rid of the old trigger that reacts to instance launches',
  },
  {
    op: 'config:DescribeConfigRules',
    asked:
      'which governance checks do we have, list of compliance checks configured, what is being evaluated',
    example: 'what governance checks are set up in this account',
  },
  {
    op: 'config:DescribeConfigurationRecorderStatus',
    asked:
      'is change tracking on, is resource change tracking recording, recorder running or stopped, last recording error, did tracking stop',
    example: 'is our resource change tracking actually recording right now',
  },
  {
    op: 'ce:GetSavingsPlansUtilization',
    asked:
      'are we using our commitment, wasted commitment, unused hourly commitment percentage, commitment usage, is our savings plan fully used, how much of the savings plan goes to waste',
    example: 'how much of our hourly compute commitment went unused last month',
  },
  {
    op: 'ce:GetSavingsPlansCoverage',
    asked:
      'how much of our spend is covered by commitments, on demand spend not discounted, coverage percentage',
    example: 'what share of our compute spend is still paying full on-demand price',
  },
  {
    op: 'ce:GetDimensionValues',
    asked:
      'which services or accounts appear on the bill, possible filter values for cost reports, list of linked accounts in billing',
    example: 'which linked accounts and services show up in our billing data',
  },
  {
    op: 'budgets:DeleteBudget',
    asked: 'remove a spending limit, stop the cost alert for good, get rid of an old money threshold',
    example: 'get rid of the old spending alert for the sandbox account',
  },
  {
    op: 'codebuild:ListProjects',
    asked:
      'which ci jobs are defined, all build configurations, which codebases have ci set up, names of every ci job in the region',
    example: 'which ci jobs do we have defined in this region',
  },
  {
    op: 'codebuild:UpdateProject',
    asked:
      'change ci settings, bigger build machine for a ci job, change compute type, new image or environment variable for ci, edit buildspec location, run builds inside a vpc, vpc config for a build project, build timeout, privileged mode for docker builds, larger compute for builds',
    example: 'give the api ci job a bigger machine and a new environment variable',
  },
  {
    op: 'codepipeline:ListPipelines',
    asked:
      'which ci cd flows exist, release workflows we have set up, which delivery workflows exist, all release flows in account',
    example: 'what release workflows do we have set up',
  },
  {
    op: 'codepipeline:UpdatePipeline',
    asked:
      'add a stage to the release flow, change ci cd structure, insert approval step, edit release workflow',
    example: 'add a manual approval step before prod in our release flow',
  },
];
