// Data: concepts (see concepts.ts) for issue 16 round 20, paraphrases over the long tail of
// services: the everyday words people say for what a lesser-known service's operation does when
// they use none of its words: a check that one thing "can actually reach" another is a
// connection test, keeping a cluster from being "accidentally shut down" is its termination
// protection, "temporary aws keys" are credentials, a resource "another account shared with us"
// waits as a share invitation, a "recorded call" made into text is a transcription.

import type { Concept } from './concepts.js';

export const R20_PARATAIL_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'actually reach',
      'actually connect',
      'really reach',
      'really connect',
      'able to reach',
      'able to connect',
      'still reach',
      'check connectivity',
      'test connectivity',
      'connectivity check',
      'connectivity test',
    ],
    terms: 'test connection',
    why: 'checking that one endpoint can actually reach or connect to another (a migration source, an SFTP partner, a JDBC database) is the service’s connection test, not creating the thing',
    example: [
      'verify the glue connection can actually connect to our postgres database',
      'glue:TestConnection',
    ],
  },
  {
    phrases: [
      'accidentally shut down',
      'accidentally shuts down',
      'accidentally terminate',
      'accidentally terminates',
      'accidentally terminated',
      'accidentally delete',
      'accidentally deletes',
      'accidentally deleted',
      'accidentally remove',
      'accidentally removed',
      'accidental shutdown',
      'accidental termination',
      'accidental deletion',
    ],
    terms: 'termination protection deletion protection',
    why: 'making sure nobody "accidentally shuts down" or deletes a cluster, stack or firewall asks for its termination (or deletion) protection, never to shut it down',
    example: [
      'nobody should accidentally terminate the emr cluster j-3BXXXXXXPROD',
      'emr:SetTerminationProtection',
    ],
  },
  {
    phrases: [
      'temporary aws keys',
      'temporary keys',
      'temp keys',
      'temp aws keys',
      'short lived keys',
      'short-lived keys',
      'temporary access keys',
      'temporary aws access keys',
    ],
    terms: 'credentials',
    why: 'temporary AWS keys (an access key id, secret and session token that expire) are credentials in every API that hands them out (STS, Cognito identity pools, IAM Identity Center)',
    example: [
      'fetch temporary aws keys for identity id eu-west-1:0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
      'cognito-identity:GetCredentialsForIdentity',
    ],
  },
  {
    phrases: [
      'shared with us',
      'shared with our account',
      'shared it with us',
      'offered us',
      'offered to us',
      'offered our account',
    ],
    terms: 'resource share invitation',
    services: ['ram'],
    why: 'a subnet, transit gateway or other resource another account shared or offered to ours waits as a RAM resource share invitation until it is accepted',
    example: ['the network team shared a subnet with us; accept it', 'ram:AcceptResourceShareInvitation'],
  },
  {
    phrases: [
      'recorded call',
      'recorded calls',
      'recorded sales call',
      'recorded support call',
      'call recording',
      'call recordings',
      'recorded meeting',
      'meeting recording',
      'voice recording',
      'audio recording',
      'voicemail',
      'voicemails',
    ],
    terms: 'transcription',
    services: ['transcribe'],
    why: 'a recorded call, meeting or voicemail turned into text is an Amazon Transcribe transcription (call analytics for calls)',
    example: ['convert the voicemails in our bucket into text', 'transcribe:StartTranscriptionJob'],
  },
  {
    phrases: [
      'primary dying',
      'primary dies',
      'primary crashes',
      'primary goes down',
      'node dying',
      'node dies',
      'writer dying',
      'writer dies',
      'writer crashes',
      'writer goes down',
      'lose the primary',
      'losing the primary',
      'lose the writer',
      'losing the writer',
    ],
    terms: 'failover',
    why: 'what happens when the primary or writer node dies is a failover; simulating it is the failover test (ElastiCache TestFailover, an Aurora or Neptune cluster failover, a MemoryDB shard failover)',
    example: [
      'simulate the primary redis node dying in replication group sessions',
      'elasticache:TestFailover',
    ],
  },
  {
    phrases: [
      'etl script',
      'etl scripts',
      'etl job',
      'etl jobs',
      'spark etl',
      'pyspark job',
      'pyspark script',
    ],
    terms: 'job',
    services: ['glue'],
    why: 'an ETL script or job run on managed Spark is an AWS Glue job (its runs are job runs)',
    example: ['did our pyspark etl script finish last night', 'glue:GetJobRuns'],
  },
];
