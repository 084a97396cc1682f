// Data: how people ask for operations (see ../asked.ts), round 10 of the storage group: the
// gateway bandwidth limits, Application Discovery exports, Migration Hub Strategy advice, Backup
// search and the VMware backup gateway, disaster-recovery failback, migration cut-over and the
// access point policy, asked for by the effect people want or the question they have.

import type { AskedEntry } from './types.js';

export const ASKED_STORAGE_R10: readonly AskedEntry[] = [
  {
    op: 'storagegateway:UpdateBandwidthRateLimitSchedule',
    asked:
      'throttle the gateway upload speed by time of day, limit bandwidth during business hours or office hours, full speed at night and weekends, cap how fast the on-prem gateway uploads on a schedule',
    example: 'cap the storage gateway upload speed during office hours on weekdays',
  },
  {
    op: 'storagegateway:DescribeBandwidthRateLimitSchedule',
    asked:
      'what bandwidth limits are set on the gateway, is the gateway throttled, when is the upload speed capped, current mbps schedule',
    example: 'what bandwidth limit schedule is set on storage gateway sgw-12a3b4c5?',
  },
  {
    op: 'storagegateway:DescribeGatewayInformation',
    asked:
      'is the gateway online or offline, what software version is it running, gateway health, ip address of the appliance, time zone, is an update available, what type of gateway is it',
    example: 'is storage gateway sgw-12a3b4c5 online and what software version is it running?',
  },
  {
    op: 'discovery:StartExportTask',
    asked:
      'download what the discovery agents or connectors collected, export the on-prem server inventory to csv, get the server utilization and network data gathered for migration planning',
    example: 'export the data the discovery agents collected on our vmware servers to csv',
  },
  {
    op: 'discovery:DescribeAgents',
    asked:
      'which discovery agents or connectors are installed, are the agents on our on-prem servers healthy and collecting, last time an agent reported in',
    example: 'are the discovery agents on our datacenter servers still reporting in?',
  },
  {
    op: 'discovery:StartDataCollectionByAgentIds',
    asked:
      'start collecting data on the on-prem servers, turn on the discovery agents, begin gathering utilization and network connections for migration planning',
    example: 'turn on data collection for the discovery agents we installed on the db servers',
  },
  {
    op: 'discovery:GetDiscoverySummary',
    asked:
      'how many servers have we discovered on-prem, how many agents are healthy, overview of the discovered inventory, count of applications and servers found',
    example: 'how many on-prem servers has application discovery found so far?',
  },
  {
    op: 'migrationhubstrategy:GetServerStrategies',
    asked:
      'recommended migration strategy for one server, should we rehost replatform refactor or retire it, which of the 7 rs, what does aws advise for moving this machine, target destination',
    example: 'what migration strategy does aws recommend for server web-01, lift and shift or replatform?',
  },
  {
    op: 'backupsearch:StartSearchJob',
    asked:
      'find which backup or recovery point contains a file, search inside backups for a file name or path, look for a deleted file across snapshots, which backup still has the document, restore a single file by searching backups for its name, which backup has a file from last week',
    example: 'search our backups for a file called payroll-2022.xlsx',
  },
  {
    op: 'backupsearch:ListSearchJobResults',
    asked:
      'what did the backup search find, matching files and the recovery points they are in, results of searching backups for a file',
    example: 'show me the files the backup search found and which recovery points hold them',
  },
  {
    op: 'backup-gateway:ImportHypervisorConfiguration',
    asked:
      'connect vcenter or an esxi host to aws backup, register our vmware environment, hook the hypervisor up to the backup gateway so vms can be protected',
    example: 'add our vmware vcenter server to aws backup so we can back up the vms',
  },
  {
    op: 'backup-gateway:ListVirtualMachines',
    asked:
      'which vmware vms can aws backup see, virtual machines found on the hypervisor, vms behind the backup gateway available to protect',
    example: 'which vmware vms does aws backup see on our vcenter?',
  },
  {
    op: 'drs:StartFailbackLaunch',
    asked:
      'fail back to our own datacenter after the disaster, move the workload home to on-prem once the outage is over, return from the recovery site to the original servers',
    example: 'the outage is fixed, move the recovered servers back to our data center',
  },
  {
    op: 'drs:ReverseReplication',
    asked:
      'replicate back to the original region after a failover, reverse the direction of disaster recovery replication, prepare to fail back from the recovery region',
    example: 'reverse the disaster recovery replication back to us-east-1 after the failover',
  },
  {
    op: 'drs:DescribeRecoveryInstances',
    asked:
      'which recovery machines are running after a failover or drill, launched disaster recovery instances, are the recovered servers up, failback state',
    example: 'which disaster recovery instances did the drill launch and are they running?',
  },
  {
    op: 'mgn:FinalizeCutover',
    asked:
      'mark the migration done for good, finish the switch over, stop replicating once production runs on the migrated machine, close out the cutover',
    example: 'finish the cutover of the migrated web servers and stop replicating them',
  },
  {
    op: 's3control:GetAccessPointPolicy',
    asked:
      'who can read or write through an access point, who is allowed to use it, permissions on the access point, its resource policy document',
    example: 'which roles are allowed to get objects through access point analytics-ap?',
  },
  {
    op: 'snowball:ListJobs',
    asked:
      'how many snowball jobs or device orders are open, every snow appliance we ordered and its state, which import or export orders are still in progress',
    example: 'list all our snowball device orders and whether they are still in progress',
  },
];
