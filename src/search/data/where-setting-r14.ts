// Data: "where does X send/deliver/write its Y" questions (issue 16, round 14; src/search/where-setting.ts).
// They ask for a setting of X (its log destination, its delivery target), which X's own read
// returns (cloudtrail:GetTrail holds the trail's S3 bucket and log group), not the place's
// service (CloudWatch Logs) nor an operation named for the Y sent. Each entry says why and gives
// a query that must rank its operation first (test/integration/search/where-setting-r14.test.ts).

import type { Reasoned } from './reasoned.js';

/** Auxiliaries after "where" before the thing: "where DOES the trail deliver", "where DO they go". */
export const WHERE_AUXILIARIES: ReadonlySet<string> = new Set(['does', 'do', 'did']);

/** Verbs that route something of the thing elsewhere: the thing is typed before them. */
export const ROUTING_VERBS: Readonly<Record<string, Reasoned>> = {
  deliver: {
    why: 'a trail or stream delivers its files or records to a destination set on it',
    example: ['where does the management trail deliver its files', 'cloudtrail:GetTrail'],
  },
  send: {
    why: 'a resource sends its logs or records to a destination set on it',
    example: ['where does my firehose stream send its data', 'firehose:DescribeDeliveryStream'],
  },
  write: {
    why: 'a resource writes its logs or output to a place set on it',
    example: ['where does the load balancer write its access logs', 'elbv2:DescribeLoadBalancerAttributes'],
  },
  log: {
    why: '"where does X log to": the log destination is a setting of X',
    example: ['where does my api gateway stage log to', 'apigateway:GetStage'],
  },
  go: {
    why: '"where do its logs go": the destination is a setting of the thing they come from',
    example: ['where do the flow logs of my vpc go', 'ec2:DescribeFlowLogs'],
  },
};
