// Data: how people ask for operations (see ../asked.ts), second tier: MediaConvert, Transfer
// Family, DataSync, DMS, EMR, EMR Serverless and Lake Formation.

import type { AskedEntry } from './types.js';

export const ASKED_NEXT_7: readonly AskedEntry[] = [
  {
    op: 'mediaconvert:ListJobTemplates',
    asked: 'saved transcode settings, which encoding templates exist, reusable output profiles',
    example: 'what saved transcoding setups do we have in mediaconvert',
  },
  {
    op: 'mediaconvert:GetJobTemplate',
    asked: 'outputs defined in a template, bitrate ladder of a template, hls settings of a template',
    example: 'what bitrate ladder does mediaconvert template hls-abr produce',
  },
  {
    op: 'mediaconvert:UpdateQueue',
    asked: 'pause transcoding queue, resume queue, hold all pending video jobs, change queue status',
    example: 'pause the default mediaconvert queue so no new video jobs start',
  },
  {
    op: 'transfer:ListServers',
    asked: 'which sftp servers exist, all ftp endpoints, managed file transfer servers in the account',
    example: 'what sftp endpoints do we run in this account',
  },
  {
    op: 'transfer:DescribeUser',
    asked: 'sftp home folder, sftp public keys, sftp login role, partner sftp account settings',
    example: 'what home folder and ssh keys does sftp login partner-acme have',
  },
  {
    op: 'transfer:DeleteUser',
    asked: 'remove sftp login, revoke partner access to sftp, offboard a partner',
    example: 'revoke sftp access for partner-acme on s-1234abcd',
  },
  {
    op: 'transfer:UpdateServer',
    asked:
      'change sftp server settings, switch to vpc endpoint, change security policy, add ftps protocol, custom hostname',
    example: 'make sftp server s-1234abcd use the newer tls security policy',
  },
  {
    op: 'datasync:ListTasks',
    asked: 'which sync jobs exist, all copy tasks between storage, migration tasks defined',
    example: 'what datasync copy jobs do we have set up',
  },
  {
    op: 'datasync:DescribeTask',
    asked:
      'source and destination of a sync, task options, schedule of a copy job, include filters, bandwidth limit',
    example: 'where does datasync task task-0abc copy from and to, and on what schedule',
  },
  {
    op: 'datasync:ListTaskExecutions',
    asked: 'past runs of a sync, copy history, which syncs failed, run ids',
    example: 'show the past runs of datasync task task-0abc and which failed',
  },
  {
    op: 'datasync:CancelTaskExecution',
    asked: 'stop a running sync, abort the copy in progress, halt transfer',
    example: 'abort the datasync copy that is running right now for task-0abc',
  },
  {
    op: 'dms:DescribeReplicationInstances',
    asked:
      'migration instance status, instance class of migration server, storage of replication server, is it available',
    example: 'what size is our dms migration server and is it available',
  },
  {
    op: 'dms:ModifyReplicationTask',
    asked: 'change table mappings, edit selection rules, change migration type to cdc, task settings json',
    example: 'add the orders schema to the table mappings of dms task pg-to-aurora',
  },
  {
    op: 'dms:ReloadTables',
    asked:
      'reload one table, resync a table from source, redo full load of a table, re-copy from scratch, target out of sync, drifted data, refresh target data',
    example: 'redo the full load of public.orders in dms task pg-to-aurora',
  },
  {
    op: 'dms:DeleteReplicationTask',
    asked: 'remove a migration task, clean up after cutover, get rid of finished migration',
    example: 'clean up dms task pg-to-aurora now the cutover is done',
  },
  {
    op: 'dms:DescribeEndpoints',
    asked: 'source and target databases configured, endpoint server names, which endpoints exist',
    example: 'which source and target databases are set up in dms',
  },
  {
    op: 'emr:ListInstances',
    asked: 'ec2 nodes of the cluster, master and core node ips, private ip of hadoop nodes',
    example: 'what are the private ips of the core nodes in emr cluster j-2AB3CD',
  },
  {
    op: 'emr:CancelSteps',
    asked: 'cancel a pending spark step, remove queued step, stop a step from running',
    example: 'cancel the queued step s-1XYZ on emr cluster j-2AB3CD',
  },
  {
    op: 'emr:PutAutoTerminationPolicy',
    asked: 'shut down idle cluster, terminate itself when idle, idle timeout, stop paying for idle hadoop',
    example: 'have emr cluster j-2AB3CD terminate itself once it sits idle for an hour',
  },
  {
    op: 'emr:ListReleaseLabels',
    asked: 'which emr versions exist, latest release label, spark version available, emr-7',
    example: 'what is the newest emr release we can launch',
  },
  {
    op: 'emr:ListInstanceGroups',
    asked: 'core and task groups, instance counts per group, group ids for resizing',
    example: 'how many core and task nodes does j-2AB3CD have per group',
  },
  {
    op: 'emr-serverless:ListJobRuns',
    asked: 'past spark runs on serverless, which serverless jobs failed, recent job runs of an application',
    example: 'which spark runs failed on emr serverless app 00f1abc this week',
  },
  {
    op: 'emr-serverless:ListApplications',
    asked: 'which serverless spark or hive apps exist, all serverless emr applications',
    example: 'what emr serverless apps do we have',
  },
  {
    op: 'emr-serverless:StopApplication',
    asked: 'stop pre-initialized capacity, stop warm workers, shut down serverless app to save cost',
    example: 'stop the warm workers of emr serverless app 00f1abc for the weekend',
  },
  {
    op: 'lakeformation:CreateLFTag',
    asked: 'define a tag key for access control, tag based access, classification tag, sensitivity values',
    example: 'define a sensitivity key with values public, internal, pii for the data lake',
  },
  {
    op: 'lakeformation:GetEffectivePermissionsForPath',
    asked: 'who can read this s3 location, effective access to a lake path, permissions on a table location',
    example: 'who can actually read s3://lake/curated/customers/ through lake formation',
  },
  {
    op: 'lakeformation:BatchGrantPermissions',
    asked:
      'give many principals access at once, several tables in a single request, bulk grants, many grants together',
    example: 'give the analysts role select on 20 lake formation tables in a single request',
  },
  {
    op: 'lakeformation:ListLFTags',
    asked: 'which governance tags exist, tag keys and values for access control',
    example: 'what access control tag keys and values are defined in lake formation',
  },
];
