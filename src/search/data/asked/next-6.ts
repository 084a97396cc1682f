// Data: how people ask for operations (see ../asked.ts), second tier: CloudTrail, GuardDuty,
// Security Hub, EFS, FSx and OpenSearch Service.

import type { AskedEntry } from './types.js';

export const ASKED_NEXT_6: readonly AskedEntry[] = [
  {
    op: 'cloudtrail:DeleteTrail',
    asked: 'remove a trail, get rid of a duplicate trail, stop paying for a second trail',
    example: 'remove the duplicate trail old-audit that doubles our logging bill',
  },
  {
    op: 'cloudtrail:UpdateTrail',
    asked:
      'change trail bucket, trail across all regions, turn on digest validation, add kms encryption to trail, switch sns topic',
    example: 'make trail org-audit cover all regions and validate its digests',
  },
  {
    op: 'cloudtrail:GetQueryResults',
    asked: 'rows from a lake query, read the answer of a lake sql, results of event data store query',
    example: 'fetch the rows returned by lake query 9f1c-22',
  },
  {
    op: 'cloudtrail:GenerateQuery',
    asked:
      'natural language to sql for lake, nl2sql, write the lake query for me, plain english question to sql',
    example: 'turn my plain english question into cloudtrail lake sql for me',
  },
  {
    op: 'cloudtrail:ListEventDataStores',
    asked: 'which lake stores exist, event data stores in the account, lake retention',
    example: 'what cloudtrail lake stores do we have and how long do they keep events',
  },
  {
    op: 'cloudtrail:GetEventSelectors',
    asked: 'which events does the trail record, s3 data events captured or not, management events read write',
    example: 'is trail org-audit logging s3 data events or only management events',
  },
  {
    op: 'guardduty:ListDetectors',
    asked:
      'detector id, is threat detection on in this region, which detectors exist, is guardduty enabled here at all',
    example: 'what is our guardduty detector id in eu-west-1',
  },
  {
    op: 'guardduty:GetDetector',
    asked:
      'which protection plans are on, s3 protection enabled, eks runtime monitoring on, finding publishing frequency',
    example: 'is s3 protection and eks runtime monitoring turned on in guardduty',
  },
  {
    op: 'guardduty:UpdateDetector',
    asked:
      'turn on malware protection, enable runtime monitoring, change publishing frequency, suspend threat detection',
    example: 'switch on runtime monitoring for eks in guardduty',
  },
  {
    op: 'guardduty:GetFindingsStatistics',
    asked: 'count of threats by severity, how many high severity alerts, findings summary numbers',
    example: 'how many high severity guardduty alerts do we have by type',
  },
  {
    op: 'guardduty:UnarchiveFindings',
    asked: 'bring back archived alerts, restore dismissed threats, reopen a hidden finding',
    example: 'reopen the guardduty alerts we dismissed by mistake yesterday',
  },
  {
    op: 'guardduty:CreateMembers',
    asked: 'add accounts to threat detection, manage other accounts centrally, member accounts',
    example: 'add accounts 111122223333 and 444455556666 under our guardduty admin',
  },
  {
    op: 'guardduty:CreatePublishingDestination',
    asked:
      'export findings to s3, keep threat findings beyond 90 days, send findings to a bucket, findings archive destination',
    example: 'send all guardduty findings to bucket sec-archive so we keep them beyond 90 days',
  },
  {
    op: 'guardduty:UpdateOrganizationConfiguration',
    asked:
      'auto enable for new accounts, automatically on for new member accounts, org wide threat detection, enable for all member accounts',
    example: 'enable guardduty automatically for each new member account in the org',
  },
  {
    op: 'securityhub:DescribeStandards',
    asked:
      'available compliance standards, cis benchmark, pci dss, foundational best practices, which standards exist',
    example: 'which compliance frameworks like cis and pci can security hub check',
  },
  {
    op: 'securityhub:GetEnabledStandards',
    asked:
      'which standards are turned on, frameworks switched on, subscribed standards, active benchmarks being checked, which standards are turned on, security standards enabled in security hub',
    example: 'which frameworks have we switched on in security hub',
  },
  {
    op: 'securityhub:BatchDisableStandards',
    asked:
      'turn off a standard, unsubscribe from cis, stop checking pci controls, stop checking a framework, drop a framework',
    example: 'stop checking the pci dss framework in security hub',
  },
  {
    op: 'securityhub:CreateInsight',
    asked:
      'saved grouping of findings, view that groups, group by attribute, findings grouped by account or resource, saved finding filter',
    example: 'save a security hub view of critical findings grouped per account',
  },
  {
    op: 'securityhub:GetInsightResults',
    asked: 'numbers behind a saved view, top resources with most findings, counts for each value',
    example: 'show the counts for our critical-by-account view in security hub',
  },
  {
    op: 'securityhub:CreateActionTarget',
    asked: 'custom action button, send selected findings to eventbridge, manual response workflow',
    example: 'add a button that sends chosen findings to our ticketing rule in eventbridge',
  },
  {
    op: 'securityhub:ListSecurityControlDefinitions',
    asked: 'all control checks available, control ids like s3.1, what each control checks',
    example: 'what does control s3.1 check and which others exist',
  },
  {
    op: 'securityhub:DisableSecurityHub',
    asked: 'turn security hub off, stop the cspm service, stop paying for findings checks',
    example: 'turn security hub off in the sandbox account',
  },
  {
    op: 'efs:DescribeMountTargets',
    asked: 'nfs endpoint per az, mount target ip address, which subnets can mount, mount target state',
    example: 'what ip does the nfs share fs-0abc have in each availability zone',
  },
  {
    op: 'efs:DeleteMountTarget',
    asked: 'remove nfs endpoint from a subnet, stop mounting from an az, unmount az',
    example: 'remove the nfs endpoint of fs-0abc in us-east-1c',
  },
  {
    op: 'efs:PutFileSystemPolicy',
    asked:
      'nfs share permissions, enforce encryption in transit, require tls for every client that mounts, deny root access, iam authorization',
    example: 'require tls for every client that mounts nfs share fs-0abc',
  },
  {
    op: 'efs:DescribeAccessPoints',
    asked: 'app specific entry points, posix user of an entry point, root directory per app',
    example: 'which entry points and posix users are set up on fs-0abc',
  },
  {
    op: 'efs:ModifyMountTargetSecurityGroups',
    asked: 'allow nfs port 2049, change firewall on mount target, mount timing out',
    example: 'mounting fs-0abc times out, put sg-0nfs on its endpoints',
  },
  {
    op: 'efs:DescribeLifecycleConfiguration',
    asked:
      'after how many days do files move, current infrequent access transition, archive tier rules in place',
    example: 'after how many days do files on efs fs-0abc move to infrequent access',
  },
  {
    op: 'fsx:DescribeBackups',
    asked: 'fsx for windows backups, lustre backups, ontap and openzfs backups, fsx backup ids',
    example: 'what backups do we have of the windows file share fs-0win',
  },
  {
    op: 'fsx:DeleteFileSystem',
    asked: 'remove a lustre or windows share, tear down ontap, final backup before removing',
    example: 'tear down lustre scratch fs-0lus without keeping a backup',
  },
  {
    op: 'fsx:CreateDataRepositoryTask',
    asked: 'export lustre changes to s3, import new s3 files into lustre, sync lustre with bucket',
    example: 'push the results lustre wrote back out to its s3 bucket',
  },
  {
    op: 'fsx:DescribeVolumes',
    asked: 'ontap volumes, openzfs volumes, junction path, volume size and state',
    example: 'what ontap volumes exist on fs-0ont and how big are they',
  },
  {
    op: 'fsx:CreateStorageVirtualMachine',
    asked: 'ontap svm, storage vm, join svm to active directory, cifs server',
    example: 'add an svm joined to corp.example.com on ontap fs-0ont',
  },
  {
    op: 'fsx:RestoreVolumeFromSnapshot',
    asked: 'roll back an openzfs volume, revert volume to a snapshot, undo changes on zfs',
    example: 'revert openzfs volume fsvol-0abc to last night snapshot',
  },
  {
    op: 'opensearch:DescribeDomains',
    asked: 'several search clusters at once, endpoints of many domains, compare cluster configs',
    example: 'show endpoints and versions for search domains search-prod and logs-dev together',
  },
  {
    op: 'opensearch:DescribeDomainConfig',
    asked:
      'cluster settings, instance count and type, ebs volume size, access policy, fine grained access settings',
    example: 'what instance types and volume sizes does search cluster search-prod use',
  },
  {
    op: 'opensearch:GetCompatibleVersions',
    asked: 'which versions can I upgrade to, upgrade path, elasticsearch to opensearch upgrade',
    example: 'which opensearch versions can search-prod move up to',
  },
  {
    op: 'opensearch:GetUpgradeStatus',
    asked: 'is the version upgrade done, upgrade progress, upgrade failed step',
    example: 'is the version upgrade of search domain search-prod finished',
  },
  {
    op: 'opensearch:StartServiceSoftwareUpdate',
    asked: 'apply service software update, patch the cluster, security patch update',
    example: 'apply the pending service software patch to search cluster search-prod',
  },
  {
    op: 'opensearch:DescribeDomainNodes',
    asked: 'nodes of the cluster, data node and master node status, which az each node is in',
    example: 'list the data and master nodes of search-prod and their zones',
  },
  {
    op: 'opensearch:CreateVpcEndpoint',
    asked:
      'private access to search cluster from another vpc, reach privately, privatelink to domain, interface endpoint for opensearch',
    example: 'reach opensearch domain search-prod privately from vpc-0shared',
  },
];
