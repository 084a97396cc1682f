// Data: how people ask for operations (see ../asked.ts), second pass over the most used services:
// CloudWatch metric streams, Contributor Insights and metric lookups, then CloudWatch Logs
// streams, saved queries, filters, transformers, anomalies and vended log deliveries.

import type { AskedEntry } from './types.js';

export const ASKED_CORE_4: readonly AskedEntry[] = [
  {
    op: 'cloudwatch:ListMetrics',
    asked:
      'which metrics exist, what metric names does a namespace have, available dimensions, is anything being reported, discover metrics, what metrics does my function or service publish, which metrics is it sending, what is it reporting to cloudwatch, metrics available for a resource',
    example: 'what metric names and dimensions are published under the AWS/SQS namespace?',
  },
  {
    op: 'cloudwatch:DescribeAlarmsForMetric',
    asked:
      'which alarms watch this metric, alerts tied to cpu of one instance, monitors on a metric, is anything alarming on this metric, which alerts watch a given metric, alarms set on a metric of my queue or instance',
    example: 'which alerts are watching CPUUtilization of i-0abc1234def567890?',
  },
  {
    op: 'cloudwatch:DeleteDashboards',
    asked: 'remove monitoring screens, delete boards of graphs, clean up unused boards',
    example: 'get rid of the old-launch and test-board monitoring pages',
  },
  {
    op: 'cloudwatch:GetMetricWidgetImage',
    asked:
      'png of a graph, screenshot of a chart, render a metric graph image, embed chart in email or slack',
    example: 'render the cpu graph for the last day as a png to paste into a report',
  },
  {
    op: 'cloudwatch:DescribeAnomalyDetectors',
    asked: 'which expected-band models exist, learned baselines, anomaly bands set up on metrics',
    example: 'which metrics already have a learned normal band configured?',
  },
  {
    op: 'cloudwatch:DeleteAnomalyDetector',
    asked: 'remove a learned baseline, stop the expected band model, drop anomaly band',
    example: 'remove the learned baseline band on the Latency metric of api-prod',
  },
  {
    op: 'cloudwatch:PutMetricStream',
    asked:
      'stream metrics to datadog, send metrics to splunk or new relic, continuous export of metrics through firehose, near real time metric feed',
    example: 'push all our EC2 and RDS metrics continuously to datadog via firehose',
  },
  {
    op: 'cloudwatch:ListMetricStreams',
    asked: 'which metric feeds exist, destinations of exported metrics, streams to third party tools',
    example: 'which continuous metric exports to third-party tools do we have?',
  },
  {
    op: 'cloudwatch:GetMetricStream',
    asked: 'metric stream status, which namespaces a feed includes, output format of a stream',
    example: 'is the datadog-feed metric export running and which namespaces does it send?',
  },
  {
    op: 'cloudwatch:StopMetricStreams',
    asked: 'pause metric export, stop sending metrics to datadog, halt a metric feed',
    example: 'pause the datadog-feed export for now',
  },
  {
    op: 'cloudwatch:StartMetricStreams',
    asked: 'resume metric export, restart a paused metric feed',
    example: 'resume the paused datadog-feed export',
  },
  {
    op: 'cloudwatch:DeleteMetricStream',
    asked: 'remove a metric feed permanently, stop exporting metrics for good',
    example: 'permanently remove the newrelic-feed metric export',
  },
  {
    op: 'cloudwatch:PutInsightRule',
    asked:
      'rank top contributors, top talkers, which client ip hits an api hardest, heaviest callers, contributor insights rule, high cardinality breakdown',
    example: 'set up tracking of which client IPs hit our api hardest, built from its access logs',
  },
  {
    op: 'cloudwatch:GetInsightRuleReport',
    asked: 'top n contributors report, who are the heaviest callers, top keys over time',
    example: 'show the top 10 IPs by request count from rule api-top-talkers over the last hour',
  },
  {
    op: 'cloudwatch:DescribeInsightRules',
    asked: 'which top contributor rules exist, contributor insights rules list',
    example: 'which top-talker rules do we have defined?',
  },
  {
    op: 'cloudwatch:ListTagsForResource',
    asked: 'labels on an alarm, which team owns an alarm, alarm tags',
    example: 'what labels does alarm api-5xx-high carry?',
  },
  {
    op: 'cloudwatch:TagResource',
    asked: 'label an alarm, add owner label to an alarm or contributor rule',
    example: 'label alarm api-5xx-high with team=payments',
  },
  {
    op: 'logs:CreateLogStream',
    asked: 'new stream inside a log group, per host or per container stream, before writing log lines',
    example: 'make a stream called host-01 inside group /app/web before sending lines',
  },
  {
    op: 'logs:DeleteLogStream',
    asked:
      'remove one stream from a log group, purge a finished container or instance stream, clean up a stream',
    example: 'remove the stream i-0abc1234 from group /app/web',
  },
  {
    op: 'logs:DeleteMetricFilter',
    asked: 'remove a pattern that counts errors into a metric, stop turning log lines into a metric',
    example: 'stop counting ERROR lines in /app/web as a cloudwatch metric',
  },
  {
    op: 'logs:TestMetricFilter',
    asked: 'try a filter pattern against sample lines, does my pattern match, debug a pattern',
    example: 'would the pattern [ip, user, status=5*] match these three sample lines?',
  },
  {
    op: 'logs:DeleteSubscriptionFilter',
    asked:
      'stop shipping log lines to a function, stop forwarding logs to lambda or kinesis, remove log forwarding, stop forwarding a log group to kinesis or lambda, stop streaming logs out of a group, remove the log forwarding',
    example: 'stop shipping /app/web lines to the elk-forwarder function',
  },
  {
    op: 'logs:DescribeQueries',
    asked: 'which insights queries are running, recent log queries, query ids and status',
    example: 'which logs insights searches are still running in this account?',
  },
  {
    op: 'logs:StopQuery',
    asked: 'cancel a running insights query, abort a slow log search, kill a query',
    example: 'cancel the long insights search with id 12ab3456-12ab-123a-789e-1234567890ab',
  },
  {
    op: 'logs:DescribeQueryDefinitions',
    asked: 'saved insights queries, reusable log searches, bookmarked queries',
    example: 'what saved logs insights searches does the team have?',
  },
  {
    op: 'logs:DeleteQueryDefinition',
    asked: 'remove a saved insights query, delete a bookmarked log search',
    example: 'remove the saved search called old-5xx-breakdown',
  },
  {
    op: 'logs:GetLogRecord',
    asked: 'all fields of one log event, full record by pointer, expand a single result line',
    example: 'expand every field of the event with @ptr CkYKPwo6... from my insights result',
  },
  {
    op: 'logs:ListLogGroupsForQuery',
    asked: 'which log groups did a query scan, groups analyzed by an insights run',
    example: 'which groups did insights query 12ab3456 actually search?',
  },
  {
    op: 'logs:DescribeDestinations',
    asked: 'cross account log destinations, central logging receivers that accept other accounts logs',
    example: 'which central receivers accept log data from other accounts?',
  },
  {
    op: 'logs:PutDestination',
    asked:
      'receive logs from other accounts, central logging account, kinesis receiver for cross account logs',
    example: 'set up our logging account to accept log data from member accounts into kinesis',
  },
  {
    op: 'logs:PutResourcePolicy',
    asked:
      'let route 53 or eventbridge write logs, allow a service to deliver logs, log group access policy, let route53 or another aws service write logs into my log group, allow a service to deliver its logs to cloudwatch logs',
    example: 'allow route53 query logging to write into our log groups',
  },
  {
    op: 'logs:DescribeResourcePolicies',
    asked: 'which services are allowed to push into log groups, which services may write logs here',
    example: 'what services are allowed to push events into our log groups?',
  },
  {
    op: 'logs:ListTagsLogGroup',
    asked: 'what labels are on a log group, labels of a group of logs, which team owns a log group',
    example: 'show the cost labels attached to log group /app/web',
  },
  {
    op: 'logs:TagResource',
    asked: 'label a log group, cost allocation label on logs',
    example: 'label group /app/web with team=frontend',
  },
  {
    op: 'logs:ListAnomalies',
    asked: 'unusual log patterns found, new error patterns, spikes in log lines, what looks abnormal',
    example: 'what unusual patterns has the detector found in /app/web this week?',
  },
  {
    op: 'logs:ListLogAnomalyDetectors',
    asked: 'which log pattern detectors exist, anomaly detection on log groups',
    example: 'which log groups have pattern-anomaly detection turned on?',
  },
  {
    op: 'logs:DeleteLogAnomalyDetector',
    asked: 'turn off log anomaly detection, switch off unusual pattern detection, remove a pattern detector',
    example: 'switch off unusual-pattern detection for /app/web',
  },
  {
    op: 'logs:UpdateAnomaly',
    asked: 'suppress a known anomaly, mute a noisy pattern, mark as expected, ignore this pattern',
    example: 'mute that noisy startup-warning pattern so it stops showing as unusual',
  },
  {
    op: 'logs:PutTransformer',
    asked:
      'parse logs into fields at ingest, json parse, grok, add or rename keys, reshape log lines before storing',
    example: 'parse the nginx access lines in /app/web into fields as they arrive',
  },
  {
    op: 'logs:TestTransformer',
    asked: 'try a parsing pipeline on sample lines, preview parsed fields',
    example: 'preview how these two sample lines come out after my grok parsing steps',
  },
  {
    op: 'logs:PutIndexPolicy',
    asked: 'index fields for faster queries, speed up insights searches on request id, field index',
    example: 'make insights searches on requestId in /app/web faster and cheaper',
  },
  {
    op: 'logs:PutAccountPolicy',
    asked:
      'account wide masking of sensitive data, org wide subscription to all log groups, policy for every log group',
    example: 'mask email addresses in every log group of the account at once',
  },
  {
    op: 'logs:GetDataProtectionPolicy',
    asked:
      'which personal data types are redacted in a log group, which sensitive data is masked, pii masking rules',
    example: 'what personal data types does /app/payments redact?',
  },
  {
    op: 'logs:DeleteDataProtectionPolicy',
    asked:
      'stop redacting emails or personal data in a log group, stop masking sensitive data, remove pii redaction',
    example: 'stop redacting emails in /app/payments',
  },
  {
    op: 'logs:DisassociateKmsKey',
    asked: 'stop encrypting a log group with my cmk, remove customer managed key from logs',
    example: 'detach our customer managed key from /app/payments',
  },
  {
    op: 'logs:CancelExportTask',
    asked: 'abort a log export to s3, stop a pending logs export',
    example: 'abort the running logs-to-s3 export with id 8a1b2c3d',
  },
];
