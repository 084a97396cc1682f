// Data: how people ask for operations (see ../asked.ts), round 7 of the storage group: the
// uncovered operations of Glacier, DAX, the RDS Data API, DMS, ElastiCache and MemoryDB that
// people reach for on call (job status, transactions, node counts, users, snapshots).

import type { AskedEntry } from './types.js';

export const ASKED_STORAGE_R7: readonly AskedEntry[] = [
  {
    op: 'glacier:DescribeJob',
    asked:
      'is my retrieval done, has the archive retrieval finished, is the inventory ready, status of a thaw request, still in progress, when can i download, completed or failed',
    example: 'is the archive retrieval I asked for on vault tape-backups ready to download yet?',
  },
  {
    op: 'glacier:ListJobs',
    asked:
      'which retrievals are still running, pending archive retrievals, recent inventory requests, in progress or finished requests on a vault, show my thaw requests',
    example: 'show every retrieval still pending on vault legal-archive',
  },
  {
    op: 'glacier:ListVaults',
    asked:
      'which glacier stores do we have, show all cold storage containers, every one in this region, how many archives and bytes each holds',
    example: 'show me every cold storage vault we own in us-east-1',
  },
  {
    op: 'glacier:DescribeVault',
    asked:
      'how big is it, number of archives, size in bytes, last inventory date, when it was made, glacier store details',
    example: 'how many archives and bytes are in vault finance-2019?',
  },
  {
    op: 'glacier:DeleteArchive',
    asked:
      'remove one archive from cold storage, purge an old archive by its id, get rid of a stored backup blob, free vault space',
    example: 'remove archive id NkbByEK from vault old-backups for good',
  },
  {
    op: 'dax:DecreaseReplicationFactor',
    asked:
      'remove cache nodes, fewer nodes, shrink the accelerator, scale in reads, drop a read replica node, cut cost of the dynamodb cache',
    example: 'take two nodes out of the dynamodb accelerator orders-cache to save money',
  },
  {
    op: 'dax:DeleteCluster',
    asked:
      'tear down the dynamodb accelerator, remove the in-memory cache in front of dynamodb, stop paying for it',
    example: 'tear down the dynamodb accelerator sessions-dax, we no longer need it',
  },
  {
    op: 'dax:RebootNode',
    asked:
      'restart one member of the dynamodb accelerator, bounce a stuck cache machine, unhealthy, hung, recover a frozen replica',
    example: 'bounce node orders-cache-b of our dynamodb accelerator, it looks hung',
  },
  {
    op: 'rds-data:CommitTransaction',
    asked:
      'save the open transaction, make the changes permanent, finish the unit of work, end a transaction id successfully over http',
    example: 'make the changes of transaction 7f3a permanent through the rds data api',
  },
  {
    op: 'rds-data:RollbackTransaction',
    asked:
      'undo an open transaction, abort, discard the changes, cancel the unit of work, revert after an error over http, give up on the statements so far',
    example: 'an insert failed, abort transaction 7f3a through the rds data api',
  },
  {
    op: 'dms:ReloadReplicationTables',
    asked:
      'redo the full load of some tables in a serverless migration, resync tables, target out of sync, re-copy from source, drifted data',
    example: 'redo the full load of table public.orders in serverless dms config pg-to-aurora',
  },
  {
    op: 'elasticache:ModifyUser',
    asked:
      'change a redis password, rotate user passwords, update the access string, grant or restrict commands and keys, rbac permissions, reset auth',
    example: 'change the password and access string of redis user app-writer',
  },
  {
    op: 'elasticache:DescribeUsers',
    asked:
      'which redis logins exist, rbac accounts, access strings, who can connect to the cache, show cache accounts and their status',
    example: 'which rbac logins exist for our valkey caches and what can they do?',
  },
  {
    op: 'elasticache:CreateUserGroup',
    asked:
      'bundle redis logins together, rbac set to attach to a cluster, access control list for valkey, collection of logins',
    example: 'make an rbac group with users app-reader and app-writer for our valkey cache',
  },
  {
    op: 'elasticache:DeleteSnapshot',
    asked:
      'remove an old redis backup, clean up manual cache backups, free backup storage, drop a valkey backup',
    example: 'remove the manual redis backup nightly-2023-01-01, we do not need it',
  },
  {
    op: 'elasticache:DeleteCacheCluster',
    asked: 'tear down memcached nodes, remove a single node redis, stop paying for it, retire old memcached',
    example: 'tear down the memcached nodes sessions-mc, nobody uses them',
  },
  {
    op: 'elasticache:DeleteServerlessCache',
    asked: 'tear down the on-demand redis, remove the valkey endpoint, stop paying, final backup',
    example: 'tear down serverless valkey sess-cache after taking a final backup',
  },
  {
    op: 'elasticache:ModifyServerlessCache',
    asked:
      'raise the max memory or ecpu limit of the on-demand redis or valkey, change usage limits, data storage cap, new security groups, daily backup time, bump engine',
    example: 'raise the data storage limit of serverless valkey sess-cache to 20 gb',
  },
  {
    op: 'elasticache:DescribeEvents',
    asked:
      'what happened to my redis cluster, recent failover, node replaced, reboot history, maintenance events, why did the cache restart',
    example: 'what happened to redis orders-cache in the last 24 hours, did it fail over?',
  },
  {
    op: 'elasticache:DescribeServiceUpdates',
    asked:
      'pending patches for redis, security updates available, engine patches, recommended apply by date, is there maintenance to apply',
    example: 'are there security patches for our redis clusters we should apply?',
  },
  {
    op: 'elasticache:DescribeCacheParameters',
    asked:
      'show redis settings, maxmemory-policy value, timeout setting, what is configured, current values, eviction policy',
    example: 'what is maxmemory-policy set to in redis parameters custom-redis7?',
  },
  {
    op: 'elasticache:ListAllowedNodeTypeModifications',
    asked:
      'which bigger node sizes can i scale redis to, allowed instance types, can i move to r7g, vertical scaling options',
    example: 'which larger node sizes can redis cluster orders-cache be scaled up to?',
  },
  {
    op: 'elasticache:FailoverGlobalReplicationGroup',
    asked:
      'promote the secondary region, move writes of redis to another region, cross-region disaster recovery, regional outage switch',
    example: 'region outage: fail our global redis datastore over to eu-west-1',
  },
  {
    op: 'elasticache:CreateGlobalReplicationGroup',
    asked:
      'cross-region redis copy, datastore spanning regions, read copy of the cache in another region, multi-region cache, disaster recovery',
    example: 'replicate redis orders-cache to eu-west-1 with a global datastore',
  },
  {
    op: 'memorydb:CreateSnapshot',
    asked: 'back up the durable redis, manual backup, point in time copy of memorydb data before a change',
    example: 'back up memorydb cluster ledger-db before the schema change',
  },
  {
    op: 'memorydb:DeleteCluster',
    asked: 'tear down the durable redis database, remove memorydb, final backup, stop paying',
    example: 'tear down memorydb ledger-test after a final backup',
  },
  {
    op: 'memorydb:FailoverShard',
    asked:
      'test memorydb switching primaries, promote a replica, simulate primary node failure, chaos test durable redis, partition',
    example: 'simulate primary node failure in shard 0001 of memorydb ledger-db',
  },
  {
    op: 'memorydb:DescribeSnapshots',
    asked:
      'which backups exist for memorydb, list durable redis backups, automatic and manual backups, backup status',
    example: 'which backups do we have of memorydb ledger-db?',
  },
  {
    op: 'memorydb:CreateACL',
    asked: 'bundle memorydb logins, access control list, rbac for durable redis, attach logins to a cluster',
    example: 'make an access control list with users app-reader and app-writer for memorydb',
  },
  {
    op: 'memorydb:DescribeEngineVersions',
    asked:
      'which redis and valkey releases does memorydb support, newest release, available releases, upgrade target',
    example: 'which valkey versions can memorydb run?',
  },
];
