// Data: concepts (see concepts.ts) for issue 16 round 17, paraphrases for the best-known twenty
// services: the everyday words people describe a setting's effect with when they say none of the
// operation's words (files sent "into glacier" after an age, kubernetes secrets kept encrypted, a
// standby in a second zone, a visitor kept on the same server, permissions never used).

import type { Concept } from './concepts.js';

export const R17_PARA_TOP_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'into glacier',
      'to glacier',
      'into deep archive',
      'to deep archive',
      'into cold storage',
      'to cold storage',
      'files older than',
      'objects older than',
      'uploads older than',
    ],
    terms: 'put bucket lifecycle configuration transition storage class',
    services: ['s3'],
    why: 'files moved to a colder storage class (or expired) once they reach an age is an S3 lifecycle rule, not a retention policy of logs',
    example: [
      'move files older than 30 days into deep archive in bucket media',
      's3:PutBucketLifecycleConfiguration',
    ],
  },
  {
    phrases: ['kubernetes secrets', 'k8s secrets', 'secrets of the cluster'],
    terms: 'associate encryption config',
    services: ['eks'],
    why: "kubernetes secrets encrypted with one's own KMS key is an EKS cluster's encryption config (envelope encryption)",
    example: ['encrypt k8s secrets on eks cluster prod with a cmk', 'eks:AssociateEncryptionConfig'],
  },
  {
    phrases: [
      'sign the dns',
      'sign dns',
      'sign the zone',
      'sign my zone',
      'signed dns',
      'dns answers signed',
    ],
    terms: 'enable hosted zone dnssec signing',
    services: ['route53'],
    why: 'DNS answers signed so resolvers can verify them is DNSSEC signing of the hosted zone',
    example: ['sign the zone for shop.example.com against spoofing', 'route53:EnableHostedZoneDNSSEC'],
  },
  {
    phrases: [
      'standby copy',
      'hot standby',
      'second zone',
      'availability zone outage',
      'zone outage',
      'zone failure',
      'across two availability zones',
    ],
    terms: 'modify multi az standby',
    services: ['rds'],
    why: 'a database that survives a zone outage through a standby in another zone is Multi-AZ, set by modifying the instance',
    example: ['keep a hot standby of rds orders-db in a second zone', 'rds:ModifyDBInstance'],
  },
  {
    phrases: [
      'same backend',
      'same server',
      'same target',
      'same instance',
      'whole session',
      'session affinity',
      'sticky sessions',
      'pin each visitor',
    ],
    terms: 'modify target group attributes stickiness',
    services: ['elbv2'],
    why: 'keeping a visitor on one target for a session is stickiness, an attribute of the target group',
    example: [
      'pin each visitor to one instance behind the load balancer',
      'elbv2:ModifyTargetGroupAttributes',
    ],
  },
  {
    phrases: [
      'unused permissions',
      'never used',
      'not used in',
      'not exercised',
      'trim permissions',
      "hasn't used",
      "hasn't exercised",
      "haven't used",
      "hasn't touched",
      'rights not used',
    ],
    terms: 'service last accessed details',
    services: ['iam'],
    why: 'which granted permissions a user or role has not used is what IAM last-accessed details (access advisor) report',
    example: ['which permissions has the ci role never used', 'iam:GetServiceLastAccessedDetails'],
  },
  {
    // not "encrypted setting": it stems as "encryption settings", a bucket's or a service's own
    phrases: ['encrypted config', 'encrypted parameter', 'encrypted config value', 'encrypted config entry'],
    terms: 'put parameter securestring',
    services: ['ssm'],
    why: 'a value kept encrypted for an app to read as configuration is a SecureString parameter',
    example: ['store the stripe key as an encrypted config value for the app', 'ssm:PutParameter'],
  },
  {
    phrases: [
      'erased or overwritten',
      'deleted or overwritten',
      'delete or overwrite',
      'overwritten or deleted',
      'never be erased',
      'never be deleted',
      'undeletable for',
    ],
    terms: 'object lock configuration retention',
    services: ['s3'],
    why: 'objects nobody may delete or overwrite for a period is S3 Object Lock (write once, read many)',
    example: [
      'nobody may delete or overwrite anything in bucket audit for 5 years',
      's3:PutObjectLockConfiguration',
    ],
  },
  {
    phrases: [
      'poison message',
      'poison messages',
      'failed too many times',
      'too many failures',
      'too many tries',
      'too many attempts',
    ],
    terms: 'set queue attributes redrive policy dead letter queue',
    services: ['sqs'],
    why: 'messages set aside after failing a number of times is a redrive policy to a dead-letter queue, a queue attribute',
    example: ['park the poison messages of sqs orders after too many tries', 'sqs:SetQueueAttributes'],
  },
  {
    phrases: [
      'table to another region',
      'table in another region',
      'table into another region',
      'table in a second region',
      'table across regions',
      'table to a second region',
    ],
    terms: 'global table replica',
    services: ['dynamodb'],
    why: 'a table kept in a second region as well is a DynamoDB global table (a replica added to the table)',
    example: [
      'copy my orders table into another region so both can take writes',
      'dynamodb:CreateGlobalTable',
    ],
  },
];
