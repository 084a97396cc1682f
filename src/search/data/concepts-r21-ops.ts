// Data: concepts (see concepts.ts) for issue 16 round 21, on-call and routine operations wordings:
// a shell command line named by its program ("run df -h on i-0abc...", as concepts-r18-known.ts
// does for sudo and systemctl), log lines picked by what they contain (a filter of the log group's
// events, not a read of one stream), a person paged now (an Incident Manager engagement), and
// servers a load balancer "thinks are down" (their target health).

import type { Concept } from './concepts.js';

export const R21_OPS_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'df -h',
      'du -sh',
      'free -m',
      'ps aux',
      'run uptime',
      'journalctl',
      'netstat',
      'docker ps',
      'tail -f',
      'lsblk',
      'shell one-liner',
    ],
    terms: 'send command',
    services: ['ssm'],
    why: 'a shell command line for instances, named by its program (df, du, free, ps, journalctl), is sent to them by Systems Manager Run Command; "run" there is not RunInstances',
    example: ['run df -h on i-0a1b2c3d4e5f60718', 'ssm:SendCommand'],
  },
  {
    phrases: [
      'lines containing',
      'lines that contain',
      'lines mentioning',
      'lines that mention',
      'lines matching',
      'lines with the word',
      'entries containing',
      'entries mentioning',
    ],
    terms: 'filter log events pattern',
    services: ['logs'],
    // not 'error lines' or 'log lines' alone: streamed elsewhere or counted, they are a
    // subscription or a metric filter
    why: 'log lines picked by what they contain (a word, an exception) are found by filtering the log group’s events with a pattern, not by reading one stream or the group’s settings',
    example: ['find lines mentioning OutOfMemory in log group /aws/lambda/api', 'logs:FilterLogEvents'],
  },
  {
    phrases: ['page whoever', 'page someone', 'page somebody', 'page on-call'],
    terms: 'start engagement contact',
    services: ['ssm-contacts'],
    why: 'paging a person or a team now engages the contact through Incident Manager (StartEngagement); "page me when" a number crosses a line is an alarm (concepts-infrastructure.ts)',
    example: ['page whoever is on call for payments', 'ssm-contacts:StartEngagement'],
  },
  {
    // not 'out of service': "take i-0abc out of service" puts it into standby
    phrases: ['are down', 'is down', 'think are down', 'marked down', 'marked unhealthy'],
    terms: 'health',
    why: 'a server or target that is down is one whose health check fails: its health is what is asked (target health behind a load balancer, instance status elsewhere)',
    example: ['which targets are down behind my load balancer', 'elbv2:DescribeTargetHealth'],
  },
];
