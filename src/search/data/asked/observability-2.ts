// Data: how people ask for operations (see ../asked.ts), observability services: EventBridge,
// Scheduler, CloudTrail, Config, cross-account observability, Internet Monitor, Prometheus, Grafana.

import type { AskedEntry } from './types.js';

export const ASKED_OBSERVABILITY_2: readonly AskedEntry[] = [
  {
    op: 'events:PutRule',
    asked:
      'react when something happens, run something whenever, when an instance changes state, trigger on state change, event driven automation, cron job, run every 5 minutes, event pattern matching, schedule expression, when an instance stops trigger a lambda, react to uploads or changes with a rule',
    example: 'run something whenever an ec2 instance changes to stopped',
  },
  {
    op: 'events:PutTargets',
    asked:
      'send matched events to lambda, make the rule invoke a function, wire trigger to sqs queue or sns topic, point at step function, where matched events go, nightly rule calls cleanup',
    example: 'make my nightly rule invoke the cleanup lambda',
  },
  {
    op: 'events:PutEvents',
    asked:
      'publish custom event, emit domain event from my app, order placed event, notify other services, event driven architecture, decoupled services, send onto the bus, pub sub, get my own app events into eventbridge, send custom events to eventbridge',
    example: 'emit an "OrderPlaced" notification from my app for other services',
  },
  {
    op: 'events:ListRules',
    asked:
      'what triggers exist, show cron jobs and event patterns, which automations react to events, scheduled jobs list',
    example: 'show every cron trigger and event pattern we have set up',
  },
  {
    op: 'events:DisableRule',
    asked:
      'pause a trigger, pause the nightly job trigger, turn off a cron trigger temporarily, hold a cleanup or report trigger for now, stop reacting to events, mute automation, switch off for now, pause a rule, pause an eventbridge rule on a bus, stop a rule from firing for now',
    example: 'pause the nightly cleanup trigger for now',
  },
  {
    op: 'events:TestEventPattern',
    asked:
      'check whether my filter matches a sample json, try out pattern, dry run matching, debug why trigger not firing, will my pattern match an event, test a rule pattern before deploying it',
    example: 'would this sample json match my filter pattern',
  },
  {
    op: 'events:CreateEventBus',
    asked:
      'separate channel for app events, domain messages bus, isolate events per team, receive from saas partners, new pub sub channel, custom bus',
    example: 'set up a separate channel for our order domain messages',
  },
  {
    op: 'events:CreateArchive',
    asked:
      'keep a copy of all events, store events for later replay, record history of messages, save events, keep every event that passes a bus, store events to replay later, event history of a bus',
    example: 'keep a copy of every message that goes through our bus for 90 days',
  },
  {
    op: 'events:StartReplay',
    asked:
      'resend old events, reprocess past messages, re-deliver from history, redo events after a bug fix, replay captured events onto a bus again, resend archived events, replay past events to the bus, re-deliver events from an archive',
    example: 'resend last tuesday’s messages after we fixed the consumer bug',
  },
  {
    op: 'events:CreateApiDestination',
    asked:
      'call a webhook on event, post to a webhook url, send events to an http endpoint, partner or third party url, invoke external rest api, rate limited http target',
    example: 'post matched messages to a partner’s webhook url',
  },
  {
    op: 'scheduler:CreateSchedule',
    asked:
      'run at a specific time, one time job, cron, hourly, reminder, timed invocation, delayed task, at 9am every weekday, with time zone, run a lambda later, one-off run at a future date and time',
    example: 'invoke my report lambda at 9am every weekday new york time',
  },
  {
    op: 'scheduler:ListSchedules',
    asked:
      'what timed jobs exist, show all cron jobs, upcoming scheduled tasks, which jobs run when, what runs on a schedule in this account, cron jobs nobody knows about',
    example: 'what timed jobs do we have configured',
  },
  {
    op: 'scheduler:UpdateSchedule',
    asked:
      'change the time a job runs, move the nightly job to another hour like 2am, reschedule, run at a different time, shift the cron, edit timing, switch target, pause or disable a schedule for a while, turn a schedule off and back on',
    example: 'move the nightly export job to 2am',
  },
  {
    op: 'scheduler:DeleteSchedule',
    asked:
      'cancel a timed job, cancel a recurring weekly or daily job permanently, remove cron entry, delete a report job that runs on a timer, stop the recurring task for good',
    example: 'cancel the weekly report job permanently',
  },
  {
    op: 'cloudtrail:LookupEvents',
    asked:
      'who deleted, who terminated, who changed, who did it, who made this change, audit who launched, find the user that stopped an instance, api activity in the last 90 days, audit history, which iam user created an access key, who created the access key, events with an event name in the last day, audit trail of api calls, api calls made by one user, what a user did this week, actions taken by a user or role',
    example: 'who deleted the prod-db security group yesterday',
  },
  {
    op: 'cloudtrail:CreateTrail',
    asked:
      'turn on audit logging, record every api call, keep an audit log in s3, log all account activity, compliance audit trail forever',
    example: 'start recording all api activity to an s3 bucket for the auditors',
  },
  {
    op: 'cloudtrail:StopLogging',
    asked:
      'pause audit recording, turn off api call logging, stop recording activity, disable the audit log temporarily, suspend delivery',
    example: 'pause api activity recording on org-audit',
  },
  {
    op: 'cloudtrail:StartLogging',
    asked: 'resume audit recording, turn api call logging back on, re-enable activity recording',
    example: 'resume api activity recording on org-audit',
  },
  {
    op: 'cloudtrail:GetTrailStatus',
    asked:
      'is audit logging on, is recording working, last delivery error, when were logs last delivered, is cloudtrail still logging, is the trail on or stopped, did someone turn off api logging',
    example: 'is our audit recording actually delivering files right now',
  },
  {
    op: 'cloudtrail:DescribeTrails',
    asked:
      'which audit logs are set up, destination bucket of audit logs, is multi region auditing on, audit configuration',
    example: 'where are our audit logs being delivered',
  },
  {
    op: 'cloudtrail:PutEventSelectors',
    asked:
      'audit object reads and writes, audit every object access in a bucket, data events for s3 objects, log get and put object calls, capture lambda invocations in audit, filter what gets audited',
    example: 'also audit every object read and write in the secrets bucket with cloudtrail',
  },
  {
    op: 'cloudtrail:StartQuery',
    asked:
      'sql over audit events, lake query, search api activity older than 90 days, analyze audit history with sql',
    example: 'run sql over a year of api activity to find console logins',
  },
  {
    op: 'cloudtrail:CreateEventDataStore',
    asked: 'lake storage for audit events, keep audit data queryable for years, searchable activity store',
    example: 'store seven years of api activity somewhere i can query with sql',
  },
  {
    op: 'cloudtrail:PutInsightSelectors',
    asked: 'detect unusual api activity, spikes in calls, error rate anomalies in audit, insights on trail',
    example: 'warn about unusual bursts of api calls in the account',
  },
  {
    op: 'config:GetResourceConfigHistory',
    asked:
      'what did it look like before, configuration timeline, how did this security group change over time, previous settings, when was it modified, diff of settings',
    example: 'how has sg-0abc123 been modified over the past month',
  },
  {
    op: 'config:PutConfigRule',
    asked:
      'enforce a policy on resources, check buckets are encrypted, flag public buckets, governance check, guardrail, detect misconfiguration, add a managed config rule, continuously check that every volume is encrypted or tagged, compliance rule',
    example: 'flag any bucket without encryption turned on',
  },
  {
    op: 'config:DescribeComplianceByConfigRule',
    asked:
      'which checks are failing, are we compliant, noncompliant rules, governance status, passing or failing',
    example: 'which of our governance checks are failing',
  },
  {
    op: 'config:GetComplianceDetailsByConfigRule',
    asked:
      'which resources violate a check or break a rule, violators, failing resources such as buckets without encryption, offenders of a rule, noncompliant resources list for one check, list the noncompliant resources of a rule, resources failing the required-tags rule, which resources break a config rule',
    example: 'which buckets violate the encryption check',
  },
  {
    op: 'config:DescribeComplianceByResource',
    asked:
      'does this bucket or instance pass our governance checks, compliant or not for one resource, rule violations of a single resource, pass or fail per resource',
    example: 'does bucket logs-archive pass all our governance checks',
  },
  {
    op: 'config:PutConfigurationRecorder',
    asked:
      'turn on change tracking, record setting changes of resources, track inventory of resources, what to record, keep a history of every resource configuration over time, choose which resource types config tracks, track just buckets and instances',
    example: 'start tracking every setting change to our resources',
  },
  {
    op: 'config:StartConfigRulesEvaluation',
    asked:
      'rerun compliance checks now, re-evaluate on demand, check again without waiting, refresh findings, trigger evaluation manually',
    example: 're-check the encryption rule right now instead of waiting',
  },
  {
    op: 'config:PutConformancePack',
    asked:
      'bundle of compliance checks, cis benchmark, pci pack, deploy many rules at once, framework of checks',
    example: 'deploy the cis benchmark checks as one bundle',
  },
  {
    op: 'config:PutRemediationConfigurations',
    asked:
      'automatically fix resources that fail a check, auto remediate noncompliant buckets, fix buckets failing encryption, fix violations with a runbook, self healing compliance, remediation action',
    example: 'automatically fix buckets that fail the encryption check',
  },
  {
    op: 'config:GetDiscoveredResourceCounts',
    asked:
      'how many resources do we have, count by type, inventory totals, number of instances buckets and volumes',
    example: 'how many resources of each type exist in this account',
  },
  {
    op: 'oam:CreateSink',
    asked:
      'central monitoring account, see metrics and logs from other accounts, cross account observability hub, turn this account into the central place to see metrics of all other accounts',
    example: 'make this the central account that sees other accounts’ telemetry',
  },
  {
    op: 'oam:CreateLink',
    asked:
      'share my telemetry with monitoring account, send metrics logs traces to central account, connect source account',
    example: 'share this account’s metrics and logs with the central monitoring account',
  },
  {
    op: 'internetmonitor:CreateMonitor',
    asked:
      'watch internet health for my users, isp outages affecting customers, latency by city and network, keep an eye on how the internet treats traffic to a cloudfront distribution or vpc, get warned when internet or isp problems start to slow down users of our application, be alerted about network disruptions by location',
    example: 'watch how isp outages affect our users by city',
  },
  {
    op: 'internetmonitor:ListHealthEvents',
    asked:
      'internet problems impacting users, isp outage history, availability drops by location, latency degradation for customers by city, internet outages affecting our users, which isp or city had problems, internet disruption for the users of the app yesterday',
    example: 'were there any isp outages hurting our customers this week',
  },
  {
    op: 'amp:CreateWorkspace',
    asked:
      'managed prometheus, store prometheus metrics, hosted promql backend, remote write target, long term storage for kubernetes metrics',
    example: 'set up hosted prometheus for our kubernetes metrics',
  },
  {
    op: 'amp:CreateScraper',
    asked:
      'collect metrics from an eks cluster, without running an agent, agentless collector, scrape pod endpoints, kubernetes metrics collection into prometheus',
    example: 'collect metrics from the eks cluster pods without running an agent',
  },
  {
    op: 'amp:PutRuleGroupsNamespace',
    asked:
      'prometheus alerting rules, recording rules, promql alerts yaml, update rule file, alert when a promql expression fires',
    example: 'upload our promql alerting rules yaml',
  },
  {
    op: 'grafana:CreateWorkspace',
    asked: 'managed grafana, hosted dashboards, set up grafana for the team, visualize prometheus',
    example: 'stand up hosted grafana for the platform team',
  },
  {
    op: 'grafana:UpdatePermissions',
    asked: 'make someone grafana admin, give editor role, who can edit dashboards, grant viewer access',
    example: 'give alice editor rights in our grafana',
  },
];
