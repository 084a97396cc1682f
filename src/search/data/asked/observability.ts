// Data: how people ask for operations (see ../asked.ts), observability services: CloudWatch
// metrics and alarms, CloudWatch Logs, X-Ray, Synthetics (Application Signals and RUM are in
// observability-5.ts).

import type { AskedEntry } from './types.js';

export const ASKED_OBSERVABILITY: readonly AskedEntry[] = [
  {
    op: 'cloudwatch:PutMetricAlarm',
    asked:
      'alert me when cpu is high, page me, notify on threshold, warn when errors spike, monitor and email, watch a number, trigger sns when it goes above, alert on disk full',
    example: 'page the on-call team when cpu stays above 90% for five minutes',
  },
  {
    op: 'cloudwatch:DescribeAlarms',
    asked:
      'which alerts are firing, what is red at the moment, show alerts, red alerts, triggered monitors, current alert state, list of watches and thresholds',
    example: 'what alerts are currently firing in production',
  },
  {
    op: 'cloudwatch:DescribeAlarmHistory',
    asked:
      'when did the alert fire, how often did it trigger, past alert state changes, flapping, when did it go red, alert log, timeline of alerts',
    example: 'how many times did the high-latency alert go off last week',
  },
  {
    op: 'cloudwatch:SetAlarmState',
    asked:
      'force an alert to fire, test my alert, simulate alert going off, check that the email or page arrives, flip to ok manually, fake a breach, fire drill, verify sns notification works, put an alarm into ALARM by hand, test the pager with a fake alarm, trigger an alarm on purpose to check notifications',
    example: 'force the billing alert into alarm to check the email arrives',
  },
  {
    op: 'cloudwatch:DisableAlarmActions',
    asked:
      'mute alerts, silence notifications, snooze paging during maintenance, stop alerts from emailing, quiet the pager, suppress alerting',
    example: 'silence the pager alerts while we do tonight’s maintenance',
  },
  {
    op: 'cloudwatch:PutCompositeAlarm',
    asked:
      'combine several alerts into one, alert only when both conditions are true, reduce alert noise, and or rule over alerts, parent alert, page only when two alarms fire together, alarm on other alarms, both alarms at once, alert when cpu and latency are both bad, combine alarms with and or',
    example: 'one alert that fires only when both latency and error rate are bad',
  },
  {
    op: 'cloudwatch:GetMetricData',
    asked:
      'graph values over time, pull numbers for a chart, request counts, last 24 hours, cpu utilization history, time series, plot usage, metric math, query many series at once, datapoints, hourly counts for a dashboard',
    example: 'pull the last 24 hours of request counts for a chart',
  },
  {
    op: 'cloudwatch:GetMetricStatistics',
    asked:
      'average cpu for an instance, max or min value, sum over an hour, p99 percentile, how busy was the server, mean and peak numbers',
    example: 'what was the average and peak cpu of i-0abc123 yesterday',
  },
  {
    op: 'cloudwatch:PutMetricData',
    asked:
      'send my own numbers, record a custom count, custom counter, push app measurement, business kpi like orders or signups, emit gauge, publish datapoint from code, instrument my application, statsd style counter',
    example: 'record a custom count of orders placed from my app',
  },
  {
    op: 'cloudwatch:PutDashboard',
    asked:
      'build a monitoring screen, make a page of graphs, widgets layout, ops screen for the team, tv display of charts, edit board, put all the graphs on one screen, single pane of glass for a service, a page of graphs for the team, one screen of charts to watch during incidents, wall display of metrics, shared monitoring page',
    example: 'set up a screen of graphs for the checkout service',
  },
  {
    op: 'cloudwatch:GetDashboard',
    asked:
      'open a monitoring screen, view page of graphs, show the board body json, see which widgets are on it, copy a board',
    example: 'show me the json behind the ops-overview board',
  },
  {
    op: 'cloudwatch:PutAnomalyDetector',
    asked:
      'learn the normal pattern, band of expected values, machine learning baseline, unusual spikes stand out, normal traffic, seasonal expected range, outlier detection, alert on deviation from normal',
    example: 'learn what normal traffic looks like so unusual spikes stand out',
  },
  {
    op: 'logs:FilterLogEvents',
    asked:
      'grep logs, search logs for a word, find errors in logs, look for exceptions, scan across streams, find a request id in logs, keyword search, look for error lines in a log group over a recent window, search a log group for a string, lines matching a pattern between two times, grep lambda logs',
    example: 'grep the api logs for "timeout" across all streams',
  },
  {
    op: 'logs:GetLogEvents',
    asked:
      'read the lines of one stream, show output of a container, print messages in order, page through lines from a single source, cat the log',
    example: 'read the output lines of one specific container stream',
  },
  {
    op: 'logs:StartLiveTail',
    asked:
      'tail -f, follow logs live, follow output in real time, watch new lines as they arrive, streaming console output, live feed, see lambda or container output as it happens, real time log viewer, watch log output scroll by, watch a function or container print live, see logs stream in during a deploy',
    example: 'follow the lambda output in real time as requests come in',
  },
  {
    op: 'logs:StartQuery',
    asked:
      'insights query, analyze logs with a query language, count errors per minute, count 5xx responses, aggregate logs, stats by field, group by, parse access logs, top ip addresses, search over a time range, logs insights query with fields filter stats sort parse, query a log group over a time range, search logs with a query, count errors across several log groups over the last hour',
    example: 'count 5xx responses per minute over the last day from access logs',
  },
  {
    op: 'logs:GetQueryResults',
    asked:
      'fetch rows of a finished insights search, has the analysis completed, read output of the running search, poll for answer, has my insights query finished and what did it find, rows returned by an insights query, results of a query still in progress',
    example: 'is my insights search done yet and what rows did it return',
  },
  {
    op: 'logs:PutRetentionPolicy',
    asked:
      'keep logs for 30 days, expire old logs automatically, throw away logs after n days, delete logs older than, how long to keep, age out, log lifetime in days, reduce storage bill, keep only three months of logs, keep only the last 90 days, only keep a few weeks, shorten how long logs are kept',
    example: 'throw away app logs after 14 days automatically',
  },
  {
    op: 'logs:DeleteRetentionPolicy',
    asked: 'keep logs forever, never expire, remove expiry, stop auto deleting old lines, unlimited keeping',
    example: 'make the audit logs never expire again',
  },
  {
    op: 'logs:DescribeLogGroups',
    asked:
      'what logs do we have, find a log folder, show all log collections, how much stored bytes, which logs never expire, log storage size',
    example: 'which log folders take up the most stored bytes',
  },
  {
    op: 'logs:DescribeLogStreams',
    asked:
      'latest stream, most recent container output, which instances wrote logs, last event time, newest source writing into a group',
    example: 'find the newest stream written to /ecs/web',
  },
  {
    op: 'logs:CreateLogGroup',
    asked: 'new place for logs, make a log folder, set up logging destination for an app, new log bucket',
    example: 'make a new folder of logs named /app/payments',
  },
  {
    op: 'logs:DeleteLogGroup',
    asked:
      'remove all logs of an app, wipe logs, clean up old log folders, purge every line, drop unused logging',
    example: 'wipe the /aws/lambda/old-function logs completely',
  },
  {
    op: 'logs:PutLogEvents',
    asked:
      'write lines, send app output, ship messages, upload log lines from code, append entries, push logging',
    example: 'ship my script output lines into a stream',
  },
  {
    op: 'logs:PutSubscriptionFilter',
    asked:
      'forward logs to lambda, stream logs to kinesis, send logs to firehose, ship logs to splunk or elasticsearch, every line as it arrives, process each error line in real time, pipe logs elsewhere',
    example: 'forward every error line to a lambda function as it arrives',
  },
  {
    op: 'logs:PutMetricFilter',
    asked:
      'count matching log lines, turn a log pattern into a number, graph how often a message appears, alarm on log text, count exceptions or out of memory lines, occurrences as a metric, count error lines so i can graph them, how often ERROR shows up as a metric, chart log errors, make a metric out of log lines',
    example: 'turn the count of "OutOfMemory" lines into a number i can alarm on',
  },
  {
    op: 'logs:CreateExportTask',
    asked:
      'copy logs to s3, archive logs to a bucket, download old logs, dump logs for auditors, bulk export history',
    example: 'dump last month of access logs into a bucket for auditors',
  },
  {
    op: 'logs:DescribeExportTasks',
    asked:
      'is the copy to s3 done, has the log dump finished, progress of log dump to bucket, status of archive job, finished or pending, completed yet',
    example: 'has my log dump to the bucket finished yet',
  },
  {
    op: 'logs:PutDataProtectionPolicy',
    asked:
      'mask sensitive data, hide pii in logs, redact credit card numbers, audit secrets in log lines, mask emails',
    example: 'hide credit card numbers and emails that show up in app logs',
  },
  {
    op: 'logs:GetLogGroupFields',
    asked:
      'what fields appear in json logs, discovered field names, which keys are present, columns available',
    example: 'which json keys appear in my structured app logs',
  },
  {
    op: 'logs:PutQueryDefinition',
    asked:
      'save an insights search for reuse, bookmark a log search, favorite search, reusable saved analysis',
    example: 'save my error-count search so the team can reuse it',
  },
  {
    op: 'logs:AssociateKmsKey',
    asked:
      'encrypt logs with my own key, customer managed key for logs, protect log data at rest, encrypt a log group with a cmk, use our own kms key for a log group, customer managed encryption for log data',
    example: 'encrypt the payments logs with our cmk',
  },
  {
    op: 'logs:CreateLogAnomalyDetector',
    asked:
      'spot unusual log patterns, detect weird new errors automatically, machine learning on logs, unexpected messages',
    example: 'automatically notice unusual new error patterns in service logs',
  },
  {
    op: 'xray:GetTraceSummaries',
    asked:
      'why is it slow, find slow requests, requests that took longer than seconds, response time over a threshold, slowest calls, which calls failed, errors and faults, filter expression, tracing search',
    example: 'find requests that took more than 3 seconds in the last hour',
  },
  {
    op: 'xray:BatchGetTraces',
    asked:
      'full timeline of a request, spans and segments, see where the time went, waterfall view, details for trace id',
    example: 'show every span for request 1-5f84c7a2-3b2f1e9a8d7c6b5a4f3e2d1c',
  },
  {
    op: 'xray:GetServiceGraph',
    asked:
      'service map, draw which services call which, microservices that talk to each other, who calls whom, dependency diagram, topology, upstream and downstream, latency and errors between services, which services call which, where the errors are between services',
    example: 'draw a map of which microservices talk to each other',
  },
  {
    op: 'xray:CreateSamplingRule',
    asked:
      'trace fewer requests, sample 5 percent, reduce tracing cost, capture rate, record only some calls, cut the tracing bill, trace only a fraction of requests, lower the sampling rate',
    example: 'only record 1 in 20 requests for tracing to cut cost',
  },
  {
    op: 'xray:CreateGroup',
    asked: 'filter traces into a set, separate view of slow requests, saved trace filter, traces for one app',
    example: 'set up a saved view of only the traces from the checkout api',
  },
  {
    op: 'xray:GetInsightSummaries',
    asked:
      'automatic problem detection in traces, anomalies in fault rate, root cause hints, detected issues',
    example: 'has tracing automatically detected any problems with fault rates',
  },
  {
    op: 'synthetics:CreateCanary',
    asked:
      'uptime check, is my site up, probe a url every five minutes, monitor homepage loads from outside, synthetic monitoring, scripted browser test, check login page works, heartbeat, website availability, scripted browser test every few minutes, synthetic check of a user journey',
    example: 'check our homepage loads every five minutes from outside',
  },
  {
    op: 'synthetics:GetCanaryRuns',
    asked:
      'did the uptime check pass, history of checks, failed runs, screenshots of test, why did website test fail, why did the canary fail, canary run results last night, failed canary runs and their reasons',
    example: 'show the last results of the homepage uptime check',
  },
  {
    op: 'synthetics:DescribeCanariesLastRun',
    asked:
      'are all uptime checks green, latest result of every website test, which checks are failing now, which canaries are failing right now, latest canary run of each',
    example: 'which of our website checks are failing right now',
  },
  {
    op: 'synthetics:StartCanary',
    asked:
      'resume uptime check, turn a page check back on, re-enable the website probe, begin pinging, run the synthetic check again, start website test',
    example: 'turn the login page check back on',
  },
  {
    op: 'synthetics:StopCanary',
    asked:
      'pause uptime check, pause page check, turn off website probe, stop pinging the site, disable synthetic check during maintenance or migration',
    example: 'pause the login page check during the migration',
  },
];
