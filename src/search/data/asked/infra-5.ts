// Data: how people ask for operations (see ../asked.ts), databases and migration services outside
// the seven groups: Neptune Analytics graphs, Timestream for InfluxDB, DocumentDB elastic
// clusters, QLDB ledgers, Managed Blockchain, Migration Hub and its orchestrator, strategy and
// refactor spaces, Mainframe Modernization (m2) and the legacy Server Migration Service.

import type { AskedEntry } from './types.js';

export const ASKED_INFRA_5: readonly AskedEntry[] = [
  {
    op: 'neptune-graph:CreateGraph',
    asked:
      'in-memory graph analytics database, neptune analytics, provisioned memory m-ncu, graph for algorithms and vector search, new analytics graph',
    example: 'create a 128 m-NCU neptune analytics instance for fraud ring detection',
  },
  {
    op: 'neptune-graph:ExecuteQuery',
    asked:
      'run opencypher, cypher query, match nodes and edges, pagerank or shortest path algorithm, traverse the graph',
    example: 'run an opencypher MATCH (a)-[:KNOWS]->(b) RETURN b against analytics graph g-abc123',
  },
  {
    op: 'neptune-graph:CreateGraphUsingImportTask',
    asked:
      'bulk load csv or parquet into a new graph, build graph from s3 files, import from neptune cluster snapshot',
    example: 'build a new analytics graph from the csv nodes and edges in s3://graph-data/',
  },
  {
    op: 'neptune-graph:GetGraphSummary',
    asked:
      'node and edge counts, vertices and edges, labels and property keys in the graph, graph statistics, schema overview',
    example: 'how many vertices and edges does analytics graph g-abc123 hold, and which labels',
  },
  {
    op: 'timestream-influxdb:CreateDbInstance',
    asked:
      'managed influxdb, influx database for metrics, time series db with telegraf and grafana, influxdb 2 bucket and org',
    example: 'stand up a managed influxdb for our telegraf metrics with org ops and bucket metrics',
  },
  {
    op: 'timestream-influxdb:GetDbInstance',
    asked:
      'influxdb endpoint, influx instance status, is the influx database available, storage and instance size',
    example: 'what is the endpoint of our influx database metrics-prod and is it up',
  },
  {
    op: 'timestream-influxdb:CreateDbCluster',
    asked: 'highly available influxdb, influx with read replica, multi node influx, failover for influxdb',
    example: 'we need an influxdb with a standby and read replica for failover',
  },
  {
    op: 'docdb-elastic:CreateCluster',
    asked:
      'sharded mongodb compatible database, scale mongo to millions of writes, shard count and capacity, elastic documentdb',
    example: 'set up a sharded mongo-compatible database with 4 shards of 8 vcpus',
  },
  {
    op: 'docdb-elastic:UpdateCluster',
    asked:
      'add shards, resize mongo compatible cluster, change shard capacity, rotate admin password for elastic docdb',
    example: 'grow our elastic docdb from 4 to 8 shards',
  },
  {
    op: 'qldb:CreateLedger',
    asked:
      'immutable ledger database, tamper evident history, cryptographically verifiable journal, audit trail database, partiql',
    example: 'we need a tamper-proof ledger db for vehicle registration history',
  },
  {
    op: 'qldb:ExportJournalToS3',
    asked:
      'dump journal blocks to s3, back up ledger history, export ledger data for analytics, migrate off qldb',
    example: 'dump the full journal of ledger vehicle-registry into s3://ledger-exports',
  },
  {
    op: 'qldb:GetDigest',
    asked:
      'verify ledger has not been tampered with, cryptographic proof, sha-256 digest tip of journal, verification, tamper-proof fingerprint of the ledger for auditors, current digest to check document history against',
    example: 'get the hash tip so we can prove ledger vehicle-registry has not been altered',
  },
  {
    op: 'managedblockchain:CreateNode',
    asked:
      'ethereum node, hyperledger fabric peer, blockchain peer node, run an eth full node, rpc endpoint for web3',
    example: 'run an ethereum mainnet node so our dapp has an rpc endpoint',
  },
  {
    op: 'managedblockchain:CreateNetwork',
    asked:
      'hyperledger fabric consortium, private permissioned blockchain, start a fabric network with members',
    example: 'start a private hyperledger fabric consortium for our supply chain partners',
  },
  {
    op: 'managedblockchain:VoteOnProposal',
    asked: 'approve or reject invite to the consortium, yes no vote, fabric member voting',
    example: 'vote yes on letting the new supplier join our fabric consortium',
  },
  {
    op: 'mgh:ListMigrationTasks',
    asked:
      'migration progress across tools, which servers are migrated, migration status dashboard, track lift and shift, which server moves finished',
    example: 'which server moves have finished according to our migration hub tracking',
  },
  {
    op: 'mgh:NotifyMigrationTaskState',
    asked: 'report migration progress from a tool, mark a server move completed or failed, percent done',
    example: 'report that the move of server web-01 is 60 percent done from our tool',
  },
  {
    op: 'migrationhuborchestrator:CreateWorkflow',
    asked:
      'migration runbook from template, automate sap or sql server rehost steps, orchestrate migration steps, migration playbook',
    example: 'start a runbook to rehost our sap hana system from the standard template',
  },
  {
    op: 'migrationhuborchestrator:RetryWorkflowStep',
    asked:
      'rerun a failed migration step, run it again, try again the stuck runbook step, resume migration plan after fix',
    example: 'the validation step of our sap migration in migration hub orchestrator failed, run it again',
  },
  {
    op: 'migrationhubstrategy:StartAssessment',
    asked:
      'analyse servers for modernization, recommend rehost replatform refactor, anti-pattern analysis, portfolio assessment',
    example: 'analyse our on-prem apps and suggest whether to rehost, replatform or refactor',
  },
  {
    op: 'migrationhubstrategy:GetPortfolioSummary',
    asked:
      'overview of recommended strategies, how many apps to rehost or refactor, modernization recommendations summary',
    example: 'summary of what the modernization analysis recommends for our portfolio',
  },
  {
    op: 'migration-hub-refactor-spaces:CreateRoute',
    asked:
      'strangler fig, route a path to a new microservice, peel off functionality from monolith, send /orders to lambda',
    example: 'strangle the monolith: send /orders traffic to the new lambda service',
  },
  {
    op: 'migration-hub-refactor-spaces:CreateEnvironment',
    asked:
      'multi account setup for incremental refactoring, refactor spaces network across accounts, transit gateway network for refactor, modernization environment',
    example: 'set up the refactor spaces network across our accounts before we split the monolith',
  },
  {
    op: 'm2:CreateEnvironment',
    asked:
      'mainframe runtime, cobol runtime environment, micro focus or blu age engine, mainframe modernization runtime',
    example: 'provision a micro focus runtime for our cobol apps',
  },
  {
    op: 'm2:StartBatchJob',
    asked: 'run jcl, submit mainframe batch, cobol batch job, run nightly mainframe job',
    example: 'submit the nightly payroll jcl on our migrated mainframe app',
  },
  {
    op: 'm2:CreateApplication',
    asked: 'deploy migrated cobol app, mainframe application definition, refactored pl/i or cobol workload',
    example: 'register our migrated cobol billing app from s3://m2-apps/billing',
  },
  {
    op: 'sms:CreateReplicationJob',
    asked:
      'replicate vmware vm to ami, legacy server migration service, sms, incremental vm replication, hyper-v to ec2',
    example: 'with the old server migration service, replicate vmware vm-1234 every 12 hours',
  },
  {
    op: 'sms:GetReplicationRuns',
    asked:
      'vm replication progress, did the server migration service run finish, sms, ami produced by replication',
    example: 'did the last server migration service run for vm-1234 finish',
  },
];
