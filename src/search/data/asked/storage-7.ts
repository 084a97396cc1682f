// Data: how people ask for operations (see ../asked.ts), databases: DocumentDB (MongoDB),
// Neptune (graphs), ElastiCache and MemoryDB (Redis, Valkey, Memcached), Aurora DSQL, and the
// Recycle Bin for deleted snapshots.

import type { AskedEntry } from './types.js';

export const ASKED_STORAGE_7: readonly AskedEntry[] = [
  {
    op: 'docdb:CreateDBCluster',
    asked:
      'mongodb compatible database, document database, json documents, managed mongo, replace self-hosted mongo',
    example: 'set up a managed mongodb-compatible database for our catalog service',
  },
  {
    op: 'docdb:DescribeDBClusters',
    asked:
      'mongo connection endpoint, reader endpoint, cluster status, which documentdb clusters exist, when is the maintenance window, backup window',
    example: 'what connection string do I give my mongo driver for documentdb cluster catalog-db?',
  },
  {
    op: 'docdb:CreateDBInstance',
    asked:
      'add a second replica node to a mongo cluster, documentdb replica, more read capacity, new instance in the cluster',
    example: 'add a second replica node to documentdb cluster catalog-db',
  },
  {
    op: 'docdb:RestoreDBClusterToPointInTime',
    asked:
      'roll back mongo data to a time this morning, someone deleted half a collection, undo a bad delete in documentdb, recover documents to yesterday',
    example: 'someone deleted half our mongo collection, restore catalog-db to 08:00 this morning',
  },
  {
    op: 'neptune:CreateDBCluster',
    asked:
      'graph database, gremlin, sparql, opencypher, knowledge graph, relationships, social graph, fraud ring detection',
    example: 'spin up a managed graph database for our knowledge graph',
  },
  {
    op: 'neptune:DescribeDBClusters',
    asked:
      'graph db endpoint, neptune status, reader endpoint for gremlin, which graph clusters exist, when is the maintenance window, backup window',
    example: 'what endpoint should my gremlin client use for neptune cluster kg-prod?',
  },
  {
    op: 'neptunedata:ExecuteOpenCypherQuery',
    asked: 'run cypher, match nodes and edges, graph query, traverse relationships, neo4j style query',
    example: 'run MATCH (p:Person)-[:KNOWS]->(f) RETURN f on our graph',
  },
  {
    op: 'neptunedata:ExecuteGremlinQuery',
    asked: 'g.V() traversal, tinkerpop, run a gremlin script, walk the graph, vertices and edges',
    example: "run g.V().hasLabel('person').count() against the graph",
  },
  {
    op: 'neptunedata:StartLoaderJob',
    asked:
      'bulk load millions of vertices and edges from csv files in s3 into a graph, import nodes, load rdf triples, initial data load, neptune bulk loader, load into a neptune db cluster, gremlin csv import',
    example: 'load millions of vertices and edges from csv files in s3 into the graph',
  },
  {
    op: 'neptunedata:ExecuteFastReset',
    asked:
      'wipe all graph data completely, clear the database, empty the graph to reload from scratch, start over, delete everything',
    example: 'empty our test graph completely so we can load it again from scratch',
  },
  {
    op: 'elasticache:CreateReplicationGroup',
    asked:
      'redis cluster, valkey, cache with replicas, session store, in-memory cache, cluster mode enabled, multi-az redis',
    example: 'set up a redis cache with one primary and two replicas for user sessions',
  },
  {
    op: 'elasticache:CreateServerlessCache',
    asked:
      'serverless redis or valkey, without picking node sizes, pay for what we use, no nodes to manage, auto scaling cache',
    example: 'I want a redis cache without picking node sizes, just pay for what we use',
  },
  {
    op: 'elasticache:CreateCacheCluster',
    asked: 'memcached cluster, single node cache, simple key value cache, memcached nodes',
    example: 'spin up a 3-node memcached cache for page fragments',
  },
  {
    op: 'elasticache:DescribeReplicationGroups',
    asked:
      'primary endpoint, redis endpoint to connect, configuration endpoint, redis status, node roles, which redis clusters',
    example: 'what host and port do I connect to for redis group sessions-prod?',
  },
  {
    op: 'elasticache:ModifyReplicationGroup',
    asked:
      'move redis to bigger or smaller nodes, change node type, scale up redis, enable auth token, redis version upgrade, change maintenance window, turn on multi-az, turn on in-transit encryption or tls, auth token, change the node type of a redis group',
    example: 'move redis group sessions-prod to cache.r7g.large nodes',
  },
  {
    op: 'elasticache:IncreaseReplicaCount',
    asked:
      'add read replicas to redis, more read capacity, scale out reads, extra replica nodes, one more read copy in every shard, another replica per node group, another read copy or replica for a redis or valkey cluster',
    example: 'add two more read replicas to redis group sessions-prod',
  },
  {
    op: 'elasticache:ModifyReplicationGroupShardConfiguration',
    asked: 'add shards, reshard, scale out a cluster mode redis, more node groups, rebalance slots',
    example: 'grow redis cluster sessions-prod from 3 to 6 shards',
  },
  {
    op: 'elasticache:TestFailover',
    asked:
      'simulate primary node failure, check automatic failover works, chaos test redis, fail over the primary to a replica, test failover, resilience test, promote a replica to check failover, simulate losing the primary node, failover drill, check the cluster survives a node failure',
    example: 'make the redis primary fail on purpose to check our app survives',
  },
  {
    op: 'elasticache:CreateSnapshot',
    asked:
      'backup redis data, rdb dump, save cache contents, point in time copy of redis, snapshot a redis cluster or replication group, named backup of the cache before an upgrade',
    example: 'take a backup of redis group sessions-prod before the upgrade',
  },
  {
    op: 'elasticache:ModifyCacheParameterGroup',
    asked:
      'maxmemory-policy, eviction policy, change a redis or memcached config setting, tune timeout, notify-keyspace-events, custom cache settings',
    example: 'set maxmemory-policy to allkeys-lru for our redis',
  },
  {
    op: 'memorydb:CreateCluster',
    asked:
      'durable redis, primary database in memory, multi-az transaction log, valkey database that does not lose data, in-memory data kept across node restarts and failures, multi-az transaction log keeps every write',
    example: 'I need a redis-compatible primary database that survives node failures without losing writes',
  },
  {
    op: 'memorydb:DescribeClusters',
    asked: 'memorydb endpoint, cluster status, shards and nodes, engine version of durable redis',
    example: 'what endpoint and how many shards does memorydb cluster ledger-cache have?',
  },
  {
    op: 'memorydb:UpdateCluster',
    asked: 'change node type of durable redis, add shards or replicas, change acl, scale memorydb',
    example: 'scale memorydb cluster ledger-cache to db.r7g.xlarge nodes',
  },
  {
    op: 'memorydb:CreateUser',
    asked: 'redis user with password, access string, acl user, login for durable redis',
    example: 'add an app user with a password and read-only access string to memorydb',
  },
  {
    op: 'dsql:CreateCluster',
    asked:
      'distributed sql, serverless postgres compatible, active active, aurora dsql, no servers, scale to zero sql database',
    example: 'create a serverless distributed postgres-compatible database with aurora dsql',
  },
  {
    op: 'dsql:GetCluster',
    asked: 'dsql endpoint, status, is it active, deletion protection, cluster arn details',
    example: 'is my aurora dsql cluster abc123 active and what is its endpoint?',
  },
  {
    op: 'dsql:CreateMultiRegionClusters',
    asked: 'multi region strong consistency, active active in two regions, witness region, linked clusters',
    example: 'set up aurora dsql across us-east-1 and us-east-2 with a witness region',
  },
  {
    op: 'rbin:CreateRule',
    asked:
      'recycle bin, snapshots someone deletes stay recoverable for days, keep deleted ebs snapshots or amis restorable, retention for deleted, safety net against deleting the wrong snapshot, accidental removal protection, deleted snapshots recoverable for a week, protect deleted amis from being lost forever, deregistered images kept for days',
    example: 'keep any ebs snapshot someone deletes recoverable for 14 days',
  },
  {
    op: 'rbin:ListRules',
    asked:
      'which recycle bin rules exist, what deleted snapshots are protected, retention rules in region, how long do deleted snapshots stay in the recycle bin, how many days are deleted amis kept, retention period of the recycle bin',
    example: 'what recycle bin retention do we have in this region?',
  },
  {
    op: 'rbin:LockRule',
    asked:
      'impossible to turn off or change, even by admins, prevent the rule from being edited or deleted, ransomware protection, unlock delay period',
    example: 'make our recycle bin retention impossible to turn off quickly, even by admins',
  },
];
