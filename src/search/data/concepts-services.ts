// Data: concepts (see concepts.ts) for services people describe by what they do rather than by
// name (a headless browser check is Synthetics, chaos testing is FIS), and for settings of the
// big services that people name by their effect (a bounced address is a suppression entry).

import type { Concept } from './concepts.js';

export const SERVICE_CONCEPTS: readonly Concept[] = [
  // observability
  {
    phrases: ['headless browser', 'canary', 'synthetic monitoring', 'check my website', 'uptime check'],
    terms: 'create canary',
    services: ['synthetics'],
    why: 'scripted checks of a site from outside are CloudWatch Synthetics canaries',
    example: ['probe my login page every five minutes with a canary', 'synthetics:CreateCanary'],
  },
  {
    phrases: ['real users', 'real user monitoring', 'web vitals', 'page load times'],
    terms: 'app monitor data',
    services: ['rum'],
    why: 'what browsers of real visitors measure is CloudWatch RUM',
    example: ['how fast do pages load for real users', 'rum:GetAppMonitorData'],
  },
  {
    phrases: ['prometheus'],
    terms: 'create workspace',
    services: ['amp'],
    why: 'managed Prometheus storage is Amazon Managed Service for Prometheus (amp)',
    example: ['create a prometheus workspace', 'amp:CreateWorkspace'],
  },
  {
    phrases: ['monitoring account', 'metrics from other accounts', 'cross account observability'],
    terms: 'create link sink',
    services: ['oam'],
    why: 'sharing telemetry with a central monitoring account is CloudWatch Observability Access Manager',
    example: ['link this account to our central monitoring account', 'oam:CreateLink'],
  },
  {
    phrases: ['declare an incident', 'on-call', 'on call'],
    terms: 'start incident',
    services: ['ssm-incidents'],
    why: 'declaring an incident, or paging on-call, starts one in Systems Manager Incident Manager',
    example: ['declare an incident for the checkout outage', 'ssm-incidents:StartIncident'],
  },
  {
    // the word alone lends no task: an incident is opened, resolved or read as the verb says
    phrases: ['incident'],
    terms: 'incident',
    services: ['ssm-incidents'],
    why: 'incidents and their response plans are Systems Manager Incident Manager',
    example: ['open an incident for the checkout outage', 'ssm-incidents:StartIncident'],
  },
  {
    phrases: ['break things', 'chaos', 'fault injection', 'on purpose', 'resilience'],
    terms: 'start experiment',
    services: ['fis'],
    why: 'injecting faults to test resilience is the Fault Injection Service',
    example: ['run a chaos experiment on my cluster', 'fis:StartExperiment'],
  },
  // security and compliance
  {
    phrases: ['sign my code', 'code signing', 'trusted code', 'signing job'],
    terms: 'start signing job',
    services: ['signer'],
    why: 'signing code artifacts is AWS Signer (Lambda only checks the signature)',
    example: ['sign my code before it deploys', 'signer:StartSigningJob'],
  },
  {
    phrases: ['cves', 'cve', 'vulnerabilities', 'vulnerable packages'],
    terms: 'list findings',
    services: ['inspector2'],
    why: 'known vulnerabilities in instances, images and functions are Inspector findings',
    example: ['which lambdas have vulnerable packages', 'inspector2:ListFindings'],
  },
  {
    phrases: ['security hub', 'severity', 'controls failing', 'failing controls'],
    terms: 'get findings',
    services: ['securityhub'],
    why: 'security checks across accounts are reported as Security Hub findings',
    example: ['list high severity problems in security hub', 'securityhub:GetFindings'],
  },
  {
    phrases: ['config rules', 'noncompliant', 'non-compliant', 'out of compliance'],
    terms: 'describe compliance by resource config rule',
    services: ['config'],
    why: 'whether resources follow the rules is AWS Config compliance',
    example: ['which resources are noncompliant', 'config:DescribeComplianceByResource'],
  },
  {
    phrases: ['service control policies', 'service control policy', 'scp', 'scps'],
    // no leading verb: "apply an scp" attaches one, "which scps" lists them; the query's verb says which
    terms: 'policies for target',
    services: ['organizations'],
    why: 'service control policies are Organizations policies attached to accounts and OUs',
    example: ['which scps are attached to the sandbox account', 'organizations:ListPoliciesForTarget'],
  },
  // search, media and communication
  {
    phrases: ['natural language', 'company wiki', 'enterprise search', 'intranet'],
    terms: 'query',
    services: ['kendra'],
    why: 'searching company documents by meaning is Amazon Kendra',
    example: ['ask our intranet documents a question', 'kendra:Query'],
  },
  {
    phrases: ['live stream', 'livestream', 'live streaming', 'stream my game'],
    terms: 'create channel',
    services: ['ivs'],
    why: 'low-latency live video channels are Amazon Interactive Video Service',
    example: ['set up a live streaming channel', 'ivs:CreateChannel'],
  },
  {
    phrases: ['call center', 'contact center', 'phone number'],
    services: ['connect'],
    why: 'a cloud call centre with queues, flows and phone numbers is Amazon Connect',
    example: ['claim a phone number for the call center', 'connect:ClaimPhoneNumber'],
  },
  {
    phrases: ['receiving rule', 'incoming email', 'inbound email', 'receive email'],
    terms: 'create receipt rule',
    services: ['ses'],
    why: 'what SES does with mail it receives is a receipt rule',
    example: ['process incoming email with a lambda', 'ses:CreateReceiptRule'],
  },
  {
    // never "bounce" alone: bouncing a server or a desktop restarts it (data/verbs.ts)
    phrases: [
      'bounced emails',
      'bounced email',
      'bounced mail',
      'bounced addresses',
      'addresses bounced',
      'bounce list',
      'email bounces',
      'emails bounced',
      'mail bounced',
      'mails bounced',
      'keep bouncing',
      'that bounced',
      'hard bounces',
      'soft bounces',
      'suppression list',
      'complained',
    ],
    terms: 'put suppressed destination',
    services: ['sesv2'],
    why: 'addresses SES must stop mailing are entries of the account suppression list',
    example: ['never mail addresses that bounced again', 'sesv2:PutSuppressedDestination'],
  },
  {
    phrases: ['everybody subscribed', 'all subscribers', 'to the topic', 'subscribed to'],
    terms: 'publish',
    services: ['sns'],
    why: 'sending one message to every subscriber is publishing to the SNS topic',
    example: ['notify all subscribers of the deploy topic', 'sns:Publish'],
  },
  // databases and storage
  {
    phrases: ['mongodb', 'mongo'],
    services: ['docdb'],
    why: 'the MongoDB-compatible database is Amazon DocumentDB',
    example: ['create a mongo compatible database cluster', 'docdb:CreateDBCluster'],
  },
  {
    phrases: ['with id', 'with the id', 'primary key', 'partition key', 'sort key', 'by its key', 'pk'],
    terms: 'item',
    services: ['dynamodb'],
    why: 'a record addressed by its key in a table is a DynamoDB item (GetItem, PutItem, DeleteItem)',
    example: ['read the order with id 7 from the Orders table', 'dynamodb:GetItem'],
  },
  {
    phrases: ['glacier vault', 'archive from', 'retrieve an archive'],
    terms: 'initiate job',
    services: ['glacier'],
    why: 'reading from a Glacier vault starts a retrieval job',
    example: ['start a retrieval of an archive from my glacier vault', 'glacier:InitiateJob'],
  },
  {
    phrases: ['hot copy', 'backup of my table', 'back up my table', 'table backup'],
    terms: 'create backup',
    services: ['dynamodb'],
    why: 'an on-demand, online copy of a DynamoDB table is CreateBackup',
    example: ['back up my table before the migration', 'dynamodb:CreateBackup'],
  },
  {
    phrases: ['static website', 'host a website', 'website hosting'],
    terms: 'put bucket website',
    services: ['s3'],
    why: 'serving a bucket as a site is its website configuration',
    example: ['host a website from my bucket', 's3:PutBucketWebsite'],
  },
  {
    phrases: ['by default', 'default encryption', 'encrypt every new'],
    terms: 'put encryption',
    why: 'a default applied to new items is a Put*Encryption or settings call, not a per-item one',
    example: ['turn on default encryption for the bucket', 's3:PutBucketEncryption'],
  },
  {
    phrases: ['every new object', 'replicate objects', 'replicate my bucket'],
    terms: 'put bucket replication',
    services: ['s3'],
    why: 'copying new objects to another bucket automatically is bucket replication',
    example: ['replicate objects to a backup bucket', 's3:PutBucketReplication'],
  },
];
