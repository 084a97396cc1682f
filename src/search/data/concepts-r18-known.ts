// Data: concepts (see concepts.ts) for issue 16 round 18, tasks as agents type them for the
// best-known twenty services: a DNS record named by its type ("an MX record", "a TXT record":
// the lone "record" is read as a DynamoDB item; "A record" cannot be a phrase, as "a" is a
// determiner every phrase is also read without), and a shell command
// quoted for instances ("run 'sudo yum update -y' on i-0abc..."), which Run Command sends, not
// RunInstances.

import type { Concept } from './concepts.js';

export const R18_KNOWN_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'aaaa record',
      'aaaa records',
      'mx record',
      'mx records',
      'txt record',
      'txt records',
      'srv record',
      'caa record',
      'ptr record',
      'ns record',
      'ns records',
      'alias record',
    ],
    terms: 'change resource record sets',
    services: ['route53'],
    why: 'a DNS record of a type (A, AAAA, MX, TXT, ...) is a Route 53 resource record set, added, changed or deleted in one change batch',
    example: ['add an MX record for example.com in zone Z3M3LMPEXAMPLE', 'route53:ChangeResourceRecordSets'],
  },
  {
    phrases: [
      'sudo',
      'yum update',
      'yum install',
      'apt-get',
      'apt update',
      'apt upgrade',
      'apt install',
      'dnf install',
      'systemctl',
      'powershell command',
      'bash command',
    ],
    terms: 'send command',
    services: ['ssm'],
    why: 'a shell command line quoted for instances is sent to them by Systems Manager Run Command; "run" there is not RunInstances',
    example: ["run 'sudo systemctl restart nginx' on i-0123456789abcdef0", 'ssm:SendCommand'],
  },
];
