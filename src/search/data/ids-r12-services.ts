// Data: ids that services other than EC2 assign, pasted in tasks ("restore rds:orders-db-2026-...",
// "why did j-3KX9... terminate", "rotate alias/app-secrets"): the prefix or shape says the service
// and the kind of resource. Written from the id formats each service documents. Each entry says
// why and gives an example query that must find the operation in its top five (tested).

import type { IdPattern, ResourceHint } from './resource-ids.js';

/** `<prefix><id suffix>` ids of other services (the suffix rules of id-context.ts ID_SUFFIX). */
export const SERVICE_ID_PREFIXES: Readonly<Record<string, ResourceHint>> = {
  'fs-': {
    service: 'efs',
    terms: 'file system',
    why: 'EFS file system ids start fs-',
    example: ['mount targets of fs-0123abcd', 'efs:DescribeMountTargets'],
  },
  'fsap-': {
    service: 'efs',
    terms: 'access point',
    why: 'EFS access point ids start fsap-',
    example: ['show the access points of fsap-0123456789abcdef0', 'efs:DescribeAccessPoints'],
  },
  'fsmt-': {
    service: 'efs',
    terms: 'mount target',
    why: 'EFS mount target ids start fsmt-',
    example: ['which security groups are on fsmt-0a1b2c3d', 'efs:DescribeMountTargetSecurityGroups'],
  },
  'dxcon-': {
    service: 'directconnect',
    terms: 'connection',
    why: 'Direct Connect connection ids start dxcon-',
    example: ['is dxcon-fg5abc12 up', 'directconnect:DescribeConnections'],
  },
  'dxvif-': {
    service: 'directconnect',
    terms: 'virtual interface',
    why: 'Direct Connect virtual interface ids start dxvif-',
    example: ['bgp status of dxvif-ffabc123', 'directconnect:DescribeVirtualInterfaces'],
  },
  'dxlag-': {
    service: 'directconnect',
    terms: 'lag',
    why: 'Direct Connect link aggregation group ids start dxlag-',
    example: ['how many links are in dxlag-fgabc123', 'directconnect:DescribeLags'],
  },
  'mi-': {
    service: 'ssm',
    terms: 'managed instance information',
    why: 'on-premises servers registered with Systems Manager get mi- ids',
    example: ['is the agent on mi-0123456789abcdef0 online', 'ssm:DescribeInstanceInformation'],
  },
  'pb-': {
    service: 'ssm',
    terms: 'patch baseline',
    why: 'Systems Manager patch baseline ids start pb-',
    example: ['which patches does pb-0123456789abcdef0 approve', 'ssm:GetPatchBaseline'],
  },
  'mw-': {
    service: 'ssm',
    terms: 'maintenance window',
    why: 'Systems Manager maintenance window ids start mw-',
    example: ['when does mw-0123456789abcdef0 run next', 'ssm:GetMaintenanceWindow'],
  },
};

/** Whole-token shapes of other services' ids (case-sensitive). */
export const SERVICE_ID_PATTERNS: readonly IdPattern[] = [
  {
    // rds:<instance>-<yyyy>-<mm>-<dd>-<hh>-<mm>, which would otherwise read as service:Operation
    pattern: /^rds:[a-z][a-z0-9-]*-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}$/,
    service: 'rds',
    terms: 'db snapshot',
    assigned: true,
    why: 'RDS names automated snapshots rds:<db>-<date>-<time>',
    example: ['copy rds:mydb-2026-12-01-03-00 so it is kept', 'rds:CopyDBSnapshot'],
  },
  {
    pattern: /^alias\/[\w/-]+$/,
    service: 'kms',
    terms: 'key',
    why: 'alias/<name> is a KMS key alias, which KMS calls accept where a key id goes',
    example: ['turn on rotation for alias/app-secrets', 'kms:EnableKeyRotation'],
  },
  {
    pattern: /^j-[A-Z0-9]{8,14}$/,
    service: 'emr',
    terms: 'cluster',
    assigned: true,
    why: 'EMR cluster (job flow) ids are j- and capitals and digits',
    example: ['why did j-3KX9ABC12DEF4 terminate', 'emr:DescribeCluster'],
  },
  {
    pattern: /^s-[A-Z0-9]{8,14}$/,
    service: 'emr',
    terms: 'step',
    assigned: true,
    why: 'EMR step ids are s- and capitals and digits (Transfer Family servers are lower-case hex)',
    example: ['why did step s-2ABCDEF3GHIJK fail', 'emr:DescribeStep'],
  },
  {
    pattern: /^s-[0-9a-f]{17}$/,
    service: 'transfer',
    terms: 'server',
    assigned: true,
    why: 'Transfer Family server ids are s- and 17 lower-case hex digits',
    example: ['stop s-01234567890abcdef', 'transfer:StopServer'],
  },
  {
    pattern: /^d-[0-9a-f]{10}$/,
    service: 'ds',
    terms: 'directory',
    assigned: true,
    // an Identity Center identity store id has the same shape
    byWord: [
      { service: 'identitystore', terms: '', words: ['identity', 'identitystore', 'store'], window: 4 },
    ],
    why: 'Directory Service ids (and identity store ids) are d- and 10 lower-case hex digits',
    example: ['show details of directory d-9067a1b2c3', 'ds:DescribeDirectories'],
  },
  {
    // round 17 (tasks): as the Amazon MQ API reference writes them (b-1234a5b6-78cd-901e-2fgh-...)
    pattern: /^b-[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/,
    service: 'mq',
    terms: 'broker',
    assigned: true,
    why: 'Amazon MQ broker ids are b- and a UUID',
    example: ['restart b-0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0 after the config change', 'mq:RebootBroker'],
  },
  {
    pattern: /^ws-[a-z0-9]{9}$/,
    service: 'workspaces',
    terms: 'workspace',
    assigned: true,
    why: 'WorkSpaces ids are ws- and 9 lower-case letters and digits',
    example: ['reboot ws-a1b2c3d4e', 'workspaces:RebootWorkspaces'],
  },
  {
    pattern: /^e-[a-z0-9]{10}$/,
    service: 'elasticbeanstalk',
    terms: 'environment',
    assigned: true,
    why: 'Elastic Beanstalk environment ids are e- and 10 letters and digits',
    example: ['health of e-abcd12345x', 'elasticbeanstalk:DescribeEnvironmentHealth'],
  },
  {
    pattern: /^task-[0-9a-f]{17}$/,
    service: 'datasync',
    terms: 'task',
    assigned: true,
    why: 'DataSync task ids are task- and 17 hex digits',
    example: ['run task-0123456789abcdef0 now', 'datasync:StartTaskExecution'],
  },
];
