// Data: names people paste in operations work (see name-ids.ts), issue 16 round 11. A path
// under /aws/<service>/ or /ecs/ is a CloudWatch Logs log group (the names AWS services and
// the ECS awslogs driver write to), except /aws/service/ and /aws/reference/, which are public
// Systems Manager parameters. Any other slash path (/myapp/prod/db_url) is a log group or a
// Parameter Store name: the words next to it say which. AWS-RunShellScript and its kin are
// Systems Manager documents. @timestamp and @message are fields of a Logs Insights query.
// Each entry says why and gives an example query that must find its operation in the top five.

import type { IdPattern } from './resource-ids.js';

const LOG_WORDS = ['log', 'logs', 'stream', 'streams', 'lines', 'events', 'retention', 'tail', 'group'];
const PARAMETER_WORDS = [
  'parameter',
  'parameters',
  'param',
  'params',
  'securestring',
  'decrypted',
  'decrypt',
  'value',
  'values',
  'config',
  'setting',
  'settings',
  'set',
];

export const OPS_NAME_PATTERNS: readonly IdPattern[] = [
  {
    pattern: /^\/aws\/(?!service\/|reference\/)[\w./$[\]-]+$|^\/ecs\/[\w./-]+$/,
    service: 'logs',
    terms: 'log group',
    why: 'AWS services write their logs to groups named /aws/<service>/... (/aws/lambda/<function>), and the ECS awslogs driver to /ecs/<task>',
    example: ['grep /aws/lambda/orders-api for "timeout" since this morning', 'logs:FilterLogEvents'],
  },
  {
    pattern: /^\/[\w.-]+\/[\w./-]*$/,
    terms: '',
    byWord: [
      { service: 'logs', terms: 'log group', words: LOG_WORDS },
      { service: 'ssm', terms: 'parameter', words: PARAMETER_WORDS },
    ],
    why: 'a slash path with no service prefix names a log group or a Parameter Store parameter; a log word next to it (logs, stream, retention) says log group, a value word (parameter, value, config, set) says parameter',
    example: ['set /prod/feature-flags/checkout to on', 'ssm:PutParameter'],
  },
  {
    pattern: /^AWS(Support|EC2|Config|FIS)?-[A-Z][A-Za-z0-9]+$/,
    service: 'ssm',
    terms: 'command document',
    byWord: [
      { service: 'ssm', terms: 'automation execution', words: ['automation', 'runbook'] },
      { service: 'ssm', terms: 'association', words: ['association', 'schedule', 'always'], window: 6 },
    ],
    why: 'AWS-RunShellScript, AWS-RunPatchBaseline, AWSSupport-TroubleshootSSH are AWS-owned Systems Manager documents (run by Run Command, Automation or State Manager)',
    example: ['run AWS-RunShellScript with "df -h" on i-0123456789abcdef0', 'ssm:SendCommand'],
  },
];

/** Logs Insights fields in a pasted query (a query-language snippet, see snippet-ids.ts). */
export const OPS_SNIPPET_PATTERNS: readonly IdPattern[] = [
  {
    pattern: /^@(timestamp|message|logStream|log|ingestionTime|requestId|duration)$/,
    service: 'logs',
    terms: 'insights query',
    why: '@timestamp, @message and @logStream are the system fields of a CloudWatch Logs Insights query (fields @timestamp, @message | filter ...)',
    example: ['fields @timestamp, @message | sort @timestamp desc | limit 20 on /app/web', 'logs:StartQuery'],
  },
];
