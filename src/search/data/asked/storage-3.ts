// Data: how people ask for operations (see ../asked.ts), storage services: S3 account-level
// controls, S3 Tables, EFS, FSx, Glacier vaults and Snowball devices.

import type { AskedEntry } from './types.js';

export const ASKED_STORAGE_3: readonly AskedEntry[] = [
  {
    op: 's3control:CreateAccessPoint',
    asked:
      'named entry point into a bucket, give a team its own entry with its own permissions, per application access, shared dataset, vpc only access to a bucket, alias hostname',
    example: 'give the analytics team their own entry into bucket shared-lake with its own permissions',
  },
  {
    op: 's3control:ListAccessPoints',
    asked:
      'which entry points exist for a bucket, show all named endpoints into buckets, aliases, named endpoints of a bucket, entry points into a shared bucket, which access points exist for a bucket',
    example: 'which access points point at bucket shared-lake?',
  },
  {
    op: 's3control:CreateJob',
    asked:
      'batch operations, run on millions of files, bulk copy every listed file to another bucket, bulk relabel, bulk restore from glacier, invoke lambda for every file, manifest, inventory report, mass change, one s3 batch job over all objects listed in a csv, every object in the bucket, tag or label millions or billions of objects in one go, bulk tagging of every object in a list, one job over a csv manifest of keys',
    example: 'copy 40 million files listed in a manifest csv to another bucket',
  },
  {
    op: 's3control:DescribeJob',
    asked:
      'status of a batch operations job, progress, how many tasks failed, percent done, failure reasons, progress of a bulk s3 job, how far along is an s3 batch job, percent complete, failed tasks of a batch operations job',
    example: 'how far along is batch operations job 7f3a and did any files fail?',
  },
  {
    op: 's3control:UpdateJobStatus',
    asked:
      'confirm a batch job so it runs, cancel a batch operations job, approve, awaiting confirmation, cancel or stop an s3 batch job, abort a running batch operations job, confirm a job waiting for confirmation',
    example: 'my bulk copy job is waiting for confirmation, let it run',
  },
  {
    op: 's3control:PutPublicAccessBlock',
    asked:
      'account wide block public, stop anyone in the account making any bucket public, every bucket private, whole account, nobody can make any bucket public, organization guardrail, no internet reads of any bucket, account level setting, account-level block public access, block public buckets across the whole account, every bucket in the account',
    example: 'stop anyone in account 111122223333 from making any bucket public',
  },
  {
    op: 's3control:CreateMultiRegionAccessPoint',
    asked:
      'global endpoint or address across regions, one hostname for buckets in several regions, serve reads from the closest bucket, active active, multi-region failover, one endpoint routing to buckets in several regions, multi-region endpoint across buckets, global endpoint over regional buckets',
    example: 'one global address that serves reads from the closest of my buckets in three regions',
  },
  {
    op: 's3control:SubmitMultiRegionAccessPointRoutes',
    asked:
      'fail over traffic of the global endpoint between regions during an outage, shift traffic to the passive bucket, traffic dial, send all requests to one region',
    example: 'send all traffic of my global endpoint to the eu-west-1 bucket during the outage',
  },
  {
    op: 's3control:CreateAccessGrant',
    asked:
      'let a corporate directory group read a prefix, grant a user or group read or write on a folder, identity center users, okta or entra group, permission on a path',
    example: 'grant our finance directory group read access to the finance/ prefix of corp-data',
  },
  {
    op: 's3control:GetDataAccess',
    asked: 'temporary credentials for a prefix, vended credentials, short lived keys to read a folder',
    example: 'get short-lived credentials to read s3://corp-data/finance/ through access grants',
  },
  {
    op: 's3control:PutStorageLensConfiguration',
    asked:
      'storage usage dashboard, organization wide metrics, cost optimization insights, how much storage per account, activity metrics',
    example: 'set up a dashboard of storage usage across all accounts in our org',
  },
  {
    op: 's3tables:CreateTableBucket',
    asked:
      'iceberg storage, analytics tables, lakehouse, managed apache iceberg, store tabular data for athena or spark',
    example: 'set up managed iceberg storage for our analytics lakehouse',
  },
  {
    op: 's3tables:CreateTable',
    asked: 'new iceberg table, add a table to a lakehouse namespace, tabular dataset, schema',
    example: 'add an iceberg table called clicks to namespace web in table bucket analytics',
  },
  {
    op: 's3tables:CreateNamespace',
    asked: 'schema or database grouping for iceberg tables, folder of tables, logical group',
    example: 'make a schema called web to group my iceberg tables',
  },
  {
    op: 's3tables:ListTables',
    asked: 'which iceberg tables exist, show tables in a lakehouse, table names in a namespace',
    example: 'what iceberg tables are in table bucket analytics?',
  },
  {
    op: 's3tables:PutTableMaintenanceConfiguration',
    asked:
      'compaction, snapshot expiration, small files problem, merge small files, unreferenced file removal, housekeeping for iceberg',
    example: 'turn on compaction for iceberg table clicks to merge small files',
  },
  {
    op: 'efs:CreateFileSystem',
    asked:
      'shared drive, nfs share, network file system, shared storage for many servers, shared folder, mount on ec2, persistent storage for containers, elastic',
    example: 'I need a shared folder that all my ec2 instances can mount over nfs',
  },
  {
    op: 'efs:CreateMountTarget',
    asked:
      'mount in a subnet, nfs endpoint in an availability zone, ip address to mount, mount times out, reachable from vpc, mount target for a file system in a subnet, add a mount target in another subnet',
    example: 'mounting fs-0a1b2c from subnet-123 times out, it needs an endpoint in that az',
  },
  {
    op: 'efs:DescribeFileSystems',
    asked:
      'how big is the share, size in bytes, list shared drives, throughput mode, performance mode, lifecycle state, is it available',
    example: 'how much data is stored on nfs share fs-0a1b2c right now?',
  },
  {
    op: 'efs:DeleteFileSystem',
    asked: 'remove a shared drive, tear down nfs share, get rid of network storage, decommission',
    example: 'get rid of nfs share fs-0dead01 we no longer mount anywhere',
  },
  {
    op: 'efs:PutLifecycleConfiguration',
    asked:
      'move cold files to infrequent access after 30 days, ia, archive tier, cheaper storage for old files, transition back on access',
    example: 'move files on the shared drive not read for 30 days to the cheaper tier',
  },
  {
    op: 'efs:CreateAccessPoint',
    asked:
      'application entry directory, posix user uid gid, enforce root directory, mount from lambda, per app folder on a share, one app confined to its own directory, per-application folder with its own posix user, app-specific entry point into the share',
    example: 'let my lambda mount /app-data on the shared drive as uid 1000',
  },
  {
    op: 'efs:UpdateFileSystem',
    asked:
      'change throughput mode, provisioned throughput mib/s, elastic throughput, bursting credits ran out, faster share, more throughput, raise throughput, nfs share too slow, speed up the shared drive',
    example: 'nfs share fs-0a1b2c is slow since burst credits ran out, switch it to elastic throughput',
  },
  {
    op: 'efs:PutBackupPolicy',
    asked: 'automatic daily backups of a share on or off, enable automatic backups, protect nfs data',
    example: 'turn on automatic daily backups for fs-0a1b2c',
  },
  {
    op: 'efs:CreateReplicationConfiguration',
    asked:
      'copy a shared drive to another region, disaster recovery copy, keep a replica of nfs data, read only replica',
    example: 'keep a copy of nfs share fs-0a1b2c in us-west-2 for disaster recovery',
  },
  {
    op: 'fsx:CreateFileSystem',
    asked:
      'windows file server, smb share, lustre for hpc, netapp ontap, openzfs, managed file share, active directory joined, high performance scratch storage, smb file share for windows users that is joined to a microsoft active directory domain',
    example: 'set up a windows smb share joined to our active directory',
  },
  {
    op: 'fsx:DescribeFileSystems',
    asked:
      'dns name of the share, storage capacity, throughput capacity, status, which lustre or windows shares exist',
    example: 'what is the dns name and capacity of windows share fs-0123456789abcdef0?',
  },
  {
    op: 'fsx:UpdateFileSystem',
    asked:
      'increase storage capacity, grow the share, more throughput capacity, change maintenance window, resize, out of space',
    example: 'our windows share fs-0123456789abcdef0 is almost full, grow it to 4 TB',
  },
  {
    op: 'fsx:CreateBackup',
    asked:
      'back up a windows share, user initiated backup, snapshot a lustre or ontap file system, before a change',
    example: 'take a backup of windows share fs-0123456789abcdef0 before the upgrade',
  },
  {
    op: 'fsx:CreateFileSystemFromBackup',
    asked: 'restore a share from a backup, recover a windows share, new share from saved copy',
    example: 'bring back our windows share from backup-0abc123 as a new share',
  },
  {
    op: 'fsx:CreateDataRepositoryAssociation',
    asked:
      'link lustre to a bucket, import and export with s3 path, hpc scratch backed by s3, lazy load files from a bucket',
    example: 'link /data on my lustre file system to s3://genomics-input',
  },
  {
    op: 'fsx:CreateVolume',
    asked: 'ontap volume, zfs volume, new volume on a netapp share, junction path, thin provisioned',
    example: 'add a 500 GB ontap volume on svm-01 for the finance team',
  },
  {
    op: 'glacier:CreateVault',
    asked: 'cold archive container, long term archive storage, tape replacement, compliance archive',
    example: 'create a place to archive old tape data for ten years',
  },
  {
    op: 'glacier:UploadArchive',
    asked: 'store a cold archive, put a file into deep storage, long term archive, tape backup replacement',
    example: 'send backup-2015.tar to vault tape-archive for long-term keeping',
  },
  {
    op: 'glacier:InitiateJob',
    asked:
      'retrieve an archive, request an archive back from a vault, request a download, inventory retrieval, takes hours, expedited or bulk retrieval, list what is in a vault, retrieval job that brings an archive out of cold storage for download, thaw an archive',
    example: 'request backup-2015.tar back from vault tape-archive',
  },
  {
    op: 'glacier:GetJobOutput',
    asked: 'download the retrieved archive, fetch inventory results, retrieval finished, get the bytes',
    example: 'the retrieval from vault tape-archive finished, download the data',
  },
  {
    op: 'glacier:InitiateVaultLock',
    asked: 'compliance lock on a vault, immutable vault policy, sec rule 17a-4, nobody can delete archives',
    example: 'lock vault finance-archive so archives can never be deleted before 7 years',
  },
  {
    op: 'snowball:CreateJob',
    asked:
      'ship a device, offline data transfer, petabytes, move data physically, no bandwidth, snowball edge, import to s3 by mail, physical appliance, hardware shipped to our datacenter, terabytes out of the data center, get terabytes into s3 without the internet, move data without a network',
    example: 'ship us a device to move 80 TB from our data center into s3',
  },
  {
    op: 'snowball:DescribeJob',
    asked:
      'has the device shipped, shipping status of the appliance, tracking number, job state, delivered or in transit, where is our snowball now, has it been returned or shipped back to aws, is the import into s3 done',
    example: 'has the snowball for job JID123 shipped yet?',
  },
  {
    op: 'snowball:GetJobUnlockCode',
    asked: 'unlock the device, code to open the appliance, credentials for snowball client',
    example: 'the appliance arrived, what code do I need to unlock it?',
  },
  {
    op: 'snowball:CreateAddress',
    asked: 'shipping address, where to deliver the device, data center address',
    example: 'save our data center address in frankfurt for device delivery',
  },
];
