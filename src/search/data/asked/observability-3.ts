// Data: how people ask for operations (see ../asked.ts), management services: Systems Manager
// (parameters, run command, sessions, patching, automation, inventory, maintenance windows).

import type { AskedEntry } from './types.js';

export const ASKED_OBSERVABILITY_3: readonly AskedEntry[] = [
  {
    op: 'ssm:GetParameter',
    asked:
      'read a config value, read the value stored at a path, fetch a setting, get secret string from parameter store, look up database url, read env var value, decrypt securestring, what is the current value of a setting, show what a flag is set to',
    example: 'read the value stored at /prod/db/url',
  },
  {
    op: 'ssm:PutParameter',
    asked:
      'store a config value, save a value under a path, replace the old value, store an endpoint url or password, set env var centrally, write securestring, overwrite config key in parameter store',
    example: 'save the new api endpoint under /prod/api/base-url, replacing the old value',
  },
  {
    op: 'ssm:GetParametersByPath',
    asked:
      'read all config values under a prefix, load every setting for an app, recursive folder of settings, all keys under /prod, parameters below a path, everything under a prefix, what exists beneath a folder of parameter store',
    example: 'load every config value under /prod/checkout/ at startup',
  },
  {
    op: 'ssm:GetParameters',
    asked: 'read several config values at once, fetch a handful of named settings in one call, multiple keys',
    example: 'fetch /prod/db/user and /prod/db/host together in one call',
  },
  {
    op: 'ssm:DescribeParameters',
    asked:
      'what config values exist, search parameter store names, find settings by name, which keys do we have, what config values do we keep, which parameter names exist, which ones are securestring, list parameters with their types and tiers',
    example: 'which config keys exist in parameter store that mention redis',
  },
  {
    op: 'ssm:GetParameterHistory',
    asked:
      'what was the value before, who changed a config value last, previous values of a setting, feature flag setting history, old versions, when was it modified, old versions of a parameter, earlier values of a setting, previous versions and who changed them',
    example: 'who changed /prod/feature-flags last and what was it before',
  },
  {
    op: 'ssm:DeleteParameter',
    asked:
      'remove a config value, unused setting or token value, delete a stale key from parameter store under a path like /dev, clean up old entries, remove a config value we no longer use, delete an unused setting from parameter store, drop an old config key',
    example: 'get rid of the config value at /dev/legacy/token',
  },
  {
    op: 'ssm:SendCommand',
    asked:
      'run a shell command on all my servers, execute script remotely, run bash on instances without ssh, powershell on windows fleet, restart service on every host, script across the whole fleet, instances picked by tag, patch an instance right now with its patch baseline, install missing patches now, execute a command document on instance ids',
    example: 'restart nginx on every web server tagged role=web without ssh',
  },
  {
    op: 'ssm:GetCommandInvocation',
    asked:
      'output of the remote script, did the shell command succeed on that host, stdout and stderr, exit code, what did the script or command print on one instance, output of run command on a single host, stdout and stderr of a command, why it failed on that box',
    example: 'what did the restart script print on i-0abc123 and did it exit 0',
  },
  {
    op: 'ssm:ListCommandInvocations',
    asked: 'per server results of a remote run, which hosts failed the script, status on each instance',
    example: 'which servers failed when we ran the patch script',
  },
  {
    op: 'ssm:ListCommands',
    asked:
      'recent remote runs, history of scripts executed on servers, what was run on fleet, commands in progress',
    example: 'what remote scripts were run on our fleet today',
  },
  {
    op: 'ssm:CancelCommand',
    asked: 'abort remote script, kill running shell command on servers, stop the rollout of a script',
    example: 'abort the script still running across the web fleet',
  },
  {
    op: 'ssm:StartSession',
    asked:
      'shell into an instance, ssh without keys, open a terminal on a server, connect to ec2 without bastion, port forwarding, remote console',
    example: 'get a shell on i-0abc123 without opening port 22',
  },
  {
    op: 'ssm:TerminateSession',
    asked:
      'kick someone off a host, stale or hung shell connection, force disconnect, end someone’s shell, close the terminal connection, end a session by its id, close a session manager connection, kick a user off a session',
    example: 'force-disconnect the shell someone left open on the db host',
  },
  {
    op: 'ssm:DescribeSessions',
    asked: 'who is logged into servers, active shells, session history, who connected to the host',
    example: 'who has a shell open on production hosts right now',
  },
  {
    op: 'ssm:DescribeInstanceInformation',
    asked:
      'which servers have the agent, is the instance managed, online or offline nodes, agent version, ping status, platform and os of hosts, why is my instance not a managed node, instance missing from fleet manager, is the ssm agent registered and pinging, agent version and ping status',
    example: 'is i-0abc123 showing up as online with a working agent',
  },
  {
    op: 'ssm:DescribeInstancePatchStates',
    asked:
      'are servers patched, missing updates count, patch compliance per host, failed installs, security updates outstanding, which boxes are behind on security updates, servers behind on patching, unpatched hosts, how many patches are missing per instance, outstanding os updates',
    example: 'how many security updates are still missing on our linux hosts',
  },
  {
    op: 'ssm:CreatePatchBaseline',
    asked:
      'which updates to approve, auto approve critical patches after 7 days, patch rules for os, reject a kb',
    example: 'auto-approve critical os updates seven days after release',
  },
  {
    op: 'ssm:CreateMaintenanceWindow',
    asked:
      'scheduled downtime slot, patch on sunday night, recurring time to run tasks, change window, cron for patching, weekly window for updates or patching, recurring slot for patching servers, schedule when patches may be installed, every sunday night',
    example: 'a recurring sunday 2am slot for patching servers',
  },
  {
    op: 'ssm:RegisterTaskWithMaintenanceWindow',
    asked:
      'add a job to the patch slot, schedule an os update job or script in the window, what to run during the downtime slot, scheduled task for patching, add a task to a maintenance window, run a command or runbook as a task in the window, what the window should do',
    example: 'add the os update job to our sunday night slot',
  },
  {
    op: 'ssm:StartAutomationExecution',
    asked:
      'run a runbook, execute automation playbook, self service fix, restart instances with a runbook, create ami automatically, remediation workflow',
    example: 'run the AWS-RestartEC2Instance runbook against i-0abc123',
  },
  {
    op: 'ssm:GetAutomationExecution',
    asked:
      'did the runbook finish, step outputs of playbook, why did automation fail, progress of runbook, status of one automation execution id, did the runbook finish or fail, outputs of a runbook execution, where did the automation stop',
    example: 'did the ami-building runbook finish and what step failed',
  },
  {
    op: 'ssm:CreateAssociation',
    asked:
      'keep servers in desired state, install agent everywhere, run on a schedule on instances, state manager, enforce configuration, make sure instances always have a config applied, desired state on every instance including new ones, state manager association, apply a document on a schedule',
    example: 'keep the cloudwatch agent installed on every instance automatically',
  },
  {
    op: 'ssm:CreateDocument',
    asked: 'write a runbook, custom command script definition, own playbook yaml, reusable automation',
    example: 'author our own yaml runbook for rotating app logs',
  },
  {
    op: 'ssm:GetInventory',
    asked:
      'what software is installed on servers, which servers have a package installed, installed versions like openssl or java, old versions still installed, package audit across fleet, os inventory, packages and versions on managed instances, which servers have a package installed, software installed across the fleet, installed applications per node',
    example: 'which servers still have openssl 1.0 installed',
  },
  {
    op: 'ssm:CreateOpsItem',
    asked:
      'open an ops ticket, log an operational issue, track a problem for ops center, create work item, raise an opsitem for a disk full or outage, record an incident for operators to work on',
    example: 'open a ticket in ops center for the failing backup',
  },
  {
    op: 'ssm:DescribeOpsItems',
    asked: 'open ops tickets, operational issues to triage, work items backlog, ops center queue',
    example: 'show open tickets in ops center with high priority',
  },
  {
    op: 'ssm:CreateActivation',
    asked:
      'activation code, register datacenter or on premises vms, hybrid servers, manage machines outside aws, onboard a vm for management',
    example: 'get a code to register our datacenter vms for management',
  },
  {
    op: 'ssm:UpdateServiceSetting',
    asked:
      'change account level systems manager setting, turn on higher throughput for parameter store, advanced tier default, session logging preference',
    example: 'turn on higher throughput for parameter store reads',
  },
  {
    op: 'ssm-incidents:StartIncident',
    asked: 'declare an incident, open a sev1, kick off incident response, outage started, page responders',
    example: 'declare a sev1 for the checkout outage',
  },
  {
    op: 'ssm-incidents:ListIncidentRecords',
    asked:
      'open incidents, declared sev1 or sev2 still open, past outages we declared, which incidents are ongoing, postmortem candidates',
    example: 'which sev1s we declared this month are still open',
  },
  {
    op: 'ssm-incidents:UpdateIncidentRecord',
    asked:
      'mark resolved, sev2 or sev1 status, close out the outage record, change severity, update impact, downgrade sev',
    example: 'mark our sev2 for the checkout outage as resolved',
  },
  {
    op: 'ssm-incidents:CreateResponsePlan',
    asked:
      'incident playbook, who to page and which runbook when an outage starts, escalation and chat channel',
    example: 'define who gets paged and which runbook runs when checkout breaks',
  },
  {
    op: 'ssm-incidents:CreateTimelineEvent',
    asked: 'add note to outage timeline, log what happened when, record action taken during incident',
    example: 'add a note that we rolled back at 14:05 to the outage log',
  },
  {
    op: 'ssm-contacts:StartEngagement',
    asked:
      'page someone, call the on-call person, wake up the engineer, send a page, notify responder, engage the responders about an outage or incident now',
    example: 'page the database on-call engineer now',
  },
  {
    op: 'ssm-contacts:CreateRotation',
    asked: 'on-call schedule, weekly shift handoff, who is on call, pager rotation, follow the sun',
    example: 'set up a weekly on-call schedule for the sre team',
  },
  {
    op: 'ssm-contacts:ListRotationShifts',
    asked: 'who is on call this week, upcoming shifts, pager schedule calendar, next on-call person',
    example: 'who is on call next week',
  },
  {
    op: 'ssm-contacts:AcceptPage',
    asked: 'acknowledge the page, ack alert, confirm i got paged, stop escalation by responding',
    example: 'ack the page i just got',
  },
  {
    op: 'ssm-contacts:CreateContact',
    asked:
      'add a person to paging, escalation plan, responder entry, who to notify during outages, add an on-call engineer to incident manager, make someone pageable, new escalation chain',
    example: 'add bob as someone we can page during outages',
  },
  {
    op: 'fis:StartExperiment',
    asked:
      'chaos engineering, break things on purpose, game day, inject failure, kill instances to test resilience',
    example: 'run our game day that kills random instances in staging',
  },
  {
    op: 'fis:CreateExperimentTemplate',
    asked:
      'define chaos test, fault injection plan, which failures to inject and stop conditions, resilience test setup',
    example: 'define a chaos test that adds network latency to the api hosts',
  },
  {
    op: 'fis:StopExperiment',
    asked: 'abort chaos test, halt fault injection, stop breaking things, emergency stop game day',
    example: 'halt the chaos test immediately, it is hurting customers',
  },
  {
    op: 'health:DescribeEvents',
    asked:
      'is aws down, outage in my region, service issues affecting us, scheduled maintenance notices, status page, retirement notices, is aws having problems that affect my account',
    example: 'is there an ongoing outage affecting us-east-1 right now',
  },
  {
    op: 'health:DescribeAffectedEntities',
    asked:
      'which instances are impacted, impacted resources from a service issue, affected hosts, current aws problem affecting our resources, hosts scheduled for retirement, resources hit by an event, what an event arn impacts',
    example: 'which of our instances are impacted by the current service issue',
  },
  {
    op: 'health:DescribeEventDetails',
    asked:
      'full description of a notice, scheduled maintenance notice text, details of the service issue, what aws says about the incident, more details on a health event, details of a scheduled maintenance event',
    example: 'read the full description of that scheduled maintenance notice',
  },
  {
    op: 'health:DescribeEventsForOrganization',
    asked: 'outages affecting any account in the org, organization wide service issues, all accounts notices',
    example: 'are any of our organization’s accounts hit by the current outage',
  },
];
