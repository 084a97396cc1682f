// Data: how people ask for operations (see ../asked.ts), round 7 of the operations group:
// read operations that answered no one before (chaos tests, tracing, uptime checks, on-call,
// incidents, AWS Health, service level goals), written from what each operation returns.

import type { AskedEntry } from './types.js';

export const ASKED_OBSERVABILITY_R7: readonly AskedEntry[] = [
  {
    op: 'cloudformation:ListImports',
    asked:
      'which stacks depend on this exported value, who consumes this output, stacks referencing a cross stack value, is it safe to delete the producing stack, importvalue users, dependents of an output, stacks that import an export by name, stacks still using a value another stack exports, who uses this export, can i remove the output safely, stacks using the exported vpc id',
    example: 'which stacks still reference the vpc id output of the network stack',
  },
  {
    op: 'fis:ListExperiments',
    asked:
      'which chaos tests are running now, past fault injection runs, chaos test history, what ran last week, is a chaos test in progress, current disruption tests',
    example: 'show me the chaos tests that ran this week',
  },
  {
    op: 'fis:GetExperiment',
    asked:
      'status of a chaos test, did the fault injection run finish, why did it stop early, is it still running, which stop condition fired, outcome of a resilience test',
    example: 'did chaos run EXPabc123 finish or get halted by a stop condition',
  },
  {
    op: 'fis:ListExperimentTemplates',
    asked:
      'saved chaos test definitions, available fault injection scenarios, reusable resilience test setups, which chaos scenarios exist',
    example: 'what chaos scenarios do we have defined in fis',
  },
  {
    op: 'fis:ListActions',
    asked:
      'what faults can i inject, available failure types, kinds of disruption, cpu stress, network latency, terminate instances on purpose, supported chaos actions',
    example: 'what kinds of faults can fis inject',
  },
  {
    op: 'xray:GetTraceGraph',
    asked:
      'service graph of given trace ids, which services these trace ids touched, map of the hops of known traces',
    example: 'draw the call path that trace 1-5e1b4c2a-abc123 took through our services',
  },
  {
    op: 'xray:GetSamplingRules',
    asked:
      'how much traffic we trace, sampling percentage, what share of requests get recorded, reservoir and fixed rate, current trace rate',
    example: 'what percentage of requests does x-ray record right now',
  },
  {
    op: 'xray:UpdateSamplingRule',
    asked:
      'trace more or fewer requests, change sampling percentage, raise or lower trace rate, record every request for one endpoint, tweak reservoir',
    example: 'change x-ray to record 50 percent of requests to the checkout endpoint',
  },
  {
    op: 'xray:GetTimeSeriesServiceStatistics',
    asked:
      'latency and error rate over time from traces, p99 trend, throughput chart of a service, fault count per minute, response time history',
    example: 'chart latency and error rate over the last day from x-ray',
  },
  {
    op: 'xray:PutTraceSegments',
    asked:
      'send trace data by hand, upload spans, emit segment documents, push tracing data without the daemon, instrument manually',
    example: 'upload span documents to x-ray directly without the daemon',
  },
  {
    op: 'synthetics:DescribeCanaries',
    asked:
      'all my uptime monitors, website checks we have, heartbeat scripts configured, every synthetic monitor, list of scripted probes',
    example: 'list every synthetic uptime monitor in this account',
  },
  {
    op: 'synthetics:UpdateCanary',
    asked:
      'change how often the uptime check runs, new script for a monitor, bump the runtime, edit schedule of a synthetic probe, switch the url it hits',
    example: 'make the login uptime check run every minute instead of every five',
  },
  {
    op: 'synthetics:DeleteCanary',
    asked: 'remove an uptime check, get rid of a website monitor, retire a synthetic probe we no longer need',
    example: 'remove the old homepage uptime monitor',
  },
  {
    op: 'synthetics:DescribeRuntimeVersions',
    asked:
      'supported puppeteer selenium or playwright versions, which runtime can scripts use, deprecated runtimes, node or python for synthetic monitors',
    example: 'which puppeteer runtimes can synthetics canaries use',
  },
  {
    op: 'ssm-contacts:ListContacts',
    asked:
      'people and escalation plans in incident manager, who can be paged, responders, on-call people registered, escalation chains',
    example: 'who can be paged through incident manager',
  },
  {
    op: 'ssm-contacts:GetRotation',
    asked:
      'on-call schedule details, who is in the rotation, handoff time, recurrence of the pager schedule, members taking turns',
    example: 'what time does the dba on-call schedule hand off and who is in it',
  },
  {
    op: 'ssm-contacts:CreateRotationOverride',
    asked:
      'swap an on-call shift, cover for someone, take over the pager while a teammate is on vacation, temporary replacement on call',
    example: 'cover the pager for alice next tuesday while she is on vacation',
  },
  {
    op: 'ssm-incidents:GetIncidentRecord',
    asked:
      'details of an incident, current status impact and summary of an outage, who is handling the incident, when did it start',
    example: 'what is the impact and status of the checkout outage incident',
  },
  {
    op: 'ssm-incidents:ListTimelineEvents',
    asked:
      'what happened during the incident, chronology of an outage, postmortem timeline, sequence of actions taken, log of the incident',
    example: 'show the chronology of what happened during last night outage for the postmortem',
  },
  {
    op: 'ssm-incidents:ListResponsePlans',
    asked:
      'playbooks for outages, which runbooks are set up for incidents, how incidents get declared automatically',
    example: 'which outage playbooks do we have in incident manager',
  },
];
