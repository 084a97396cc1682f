// Data: how people ask for operations (see ../asked.ts), analytics services: SQL over the lake,
// big-data clusters and lake permissions (athena, emr, emr-serverless, lakeformation).

import type { AskedEntry } from './types.js';

export const ASKED_INTEGRATION_5: readonly AskedEntry[] = [
  {
    op: 'athena:StartQueryExecution',
    asked:
      'run sql, query data in s3, select from, ad hoc sql, presto, trino, query the data lake, count rows, submit a sql statement, run it in a workgroup, write the query results to a bucket, query logs sitting in s3 using sql, cloudtrail or alb logs in a bucket, sql over csv or json files in a bucket without loading them, query files where they sit',
    example: 'run SELECT count(*) FROM sales_lake.orders against the s3 data lake',
  },
  {
    op: 'athena:GetQueryResults',
    asked:
      'fetch rows, read the output, result set, download the answer, see what the sql returned, rows back, rows of a query, rows of an athena query, result rows of a finished query execution id',
    example: 'fetch the rows my athena sql 1a2b3c returned',
  },
  {
    op: 'athena:GetQueryExecution',
    asked:
      'status, is it done, still running, is the query still going, did it fail, why did my sql fail, data scanned, bytes scanned, output location, state',
    example: 'has athena sql 1a2b3c finished and how much data did it scan',
  },
  {
    op: 'athena:StopQueryExecution',
    asked: 'cancel a running sql, cancel the query, kill a long query, abort, runaway scan, halt',
    example: 'kill the runaway athena sql that has been scanning for an hour',
  },
  {
    op: 'athena:ListQueryExecutions',
    asked: 'recent queries, query history, past sql, what ran, previous statements',
    example: 'show the recent athena sql history of the analysts workgroup',
  },
  {
    op: 'athena:CreateWorkGroup',
    asked: 'separate teams, cost control, per query data limit, results bucket, isolate users, scan cap',
    example: 'give the marketing team its own athena space with a 10 gb scan cap per query',
  },
  {
    op: 'athena:UpdateWorkGroup',
    asked:
      'change results location, where results get written, output from now on, bytes scanned cutoff, enforce settings, switch engine version, change output bucket, limit how much data each query may scan, cap every query at n gb, per-query scan limit, store query results in another bucket',
    example: 'point the analysts athena workgroup output at s3://new-results/ from now on',
  },
  {
    op: 'athena:CreateNamedQuery',
    asked: 'saved query, save sql for later, bookmark sql, reusable query, keep a query',
    example: 'save this athena sql so the team can reuse it later',
  },
  {
    op: 'athena:GetQueryRuntimeStatistics',
    asked: 'why is my query slow, stages, rows processed, timing breakdown, planning time, queued time',
    example: 'why was athena sql 1a2b3c slow, where did the time go',
  },
  {
    op: 'athena:CreateDataCatalog',
    asked:
      'federated query, lambda connector, query dynamodb with sql, hive metastore, external catalog, cross source',
    example: 'let athena sql reach our dynamodb tables through a lambda connector',
  },
  {
    op: 'athena:CreatePreparedStatement',
    asked: 'parameterized sql, placeholders, avoid sql injection, query with parameters, bind values',
    example: 'save a parameterized athena sql with ? placeholders for customer id',
  },
  {
    op: 'emr:RunJobFlow',
    asked:
      'spin up a hadoop cluster, spark cluster, launch emr, big data cluster, transient cluster, create cluster',
    example: 'launch a spark cluster with 10 core nodes for a one-off batch',
  },
  {
    op: 'emr:AddJobFlowSteps',
    asked:
      'submit a spark job to a running cluster, add a step, spark-submit, hive script, queue work on emr, submit a job to an existing cluster, add work to a running emr cluster, append a spark, hive or pig script as a step on a cluster that is already running',
    example: 'spark-submit my etl.py to emr cluster j-2AXXXXXXGAPLF',
  },
  {
    op: 'emr:DescribeCluster',
    asked: 'status, master dns, is it waiting, why terminated, applications installed, state change reason',
    example: 'why did emr cluster j-2AXXXXXXGAPLF terminate, and what is its master dns',
  },
  {
    op: 'emr:ListClusters',
    asked: 'active clusters, running clusters, what emr clusters exist, waiting clusters, inventory',
    example: 'which emr clusters are running or waiting right now',
  },
  {
    op: 'emr:TerminateJobFlows',
    asked:
      'terminate the cluster now, shut down, kill a cluster, done with it, tear down, stop paying, end cluster, destroy',
    example: 'kill emr cluster j-2AXXXXXXGAPLF, we are done with it',
  },
  {
    op: 'emr:ListSteps',
    asked:
      'step history, which step failed, pending steps, what ran on the cluster, queued work, what is running on the cluster right now, is my step done',
    example: 'which spark steps on emr cluster j-2AXXXXXXGAPLF failed',
  },
  {
    op: 'emr:DescribeStep',
    asked: 'why did a step fail, step logs, step status, failure details, log file',
    example: 'why did step s-1234ABCD on my emr cluster fail, where are its logs',
  },
  {
    op: 'emr:ModifyInstanceGroups',
    asked: 'resize cluster, add core nodes, shrink task nodes, change node count, grow, scale manually',
    example: 'grow the task nodes of emr cluster j-2AXXXXXXGAPLF from 4 to 12',
  },
  {
    op: 'emr:PutManagedScalingPolicy',
    asked: 'let emr resize itself, automatic resizing, min and max capacity, elastic cluster, autoscale',
    example: 'let my emr cluster resize itself between 2 and 20 nodes',
  },
  {
    op: 'emr:SetTerminationProtection',
    asked:
      'prevent accidental shutdown, lock cluster, nobody can kill it, by mistake, protect from termination, safeguard',
    example: 'lock emr cluster j-2AXXXXXXGAPLF so nobody can kill it by mistake',
  },
  {
    op: 'emr-serverless:CreateApplication',
    asked: 'serverless spark, serverless hive, no cluster to manage, spark without servers, set up',
    example: 'set up serverless spark so we stop managing emr clusters',
  },
  {
    op: 'emr-serverless:StartJobRun',
    asked:
      'submit a spark job serverless, run pyspark without a cluster, launch, spark-submit serverless, submit a script to the app',
    example: 'submit my pyspark script to emr serverless with 4 executors',
  },
  {
    op: 'emr-serverless:GetJobRun',
    asked: 'status, did it fail, state details, has it finished, why failed, resource usage',
    example: 'did my emr serverless spark run 00f1a2 succeed',
  },
  {
    op: 'emr-serverless:CancelJobRun',
    asked:
      'kill the serverless spark job, stop, abort, halt a run, terminate the spark submission, running too long, stuck for hours, burning money, give up on, stop the spark job, cancel a job run',
    example: 'kill the stuck emr serverless spark run 00f1a2',
  },
  {
    op: 'emr-serverless:GetDashboardForJobRun',
    asked: 'spark ui, history server link, view job in ui, open spark web ui, debug stages',
    example: 'open the spark ui for emr serverless run 00f1a2',
  },
  {
    op: 'lakeformation:GrantPermissions',
    asked:
      'give access to a table, column level access, select on, share a data lake table, allow an analyst, data lake access',
    example: 'let the analysts role run SELECT on sales_lake.orders in lake formation',
  },
  {
    op: 'lakeformation:RevokePermissions',
    asked:
      "take away access, remove select, no longer able to query, withdraw, cut off a user, remove an analyst's access to a data lake table, no more select",
    example: 'take away the interns role access to sales_lake.orders in lake formation',
  },
  {
    op: 'lakeformation:ListPermissions',
    asked: 'who can access this table, who has select, audit access, grants on a table, who can see',
    example: 'who can read sales_lake.orders according to lake formation',
  },
  {
    op: 'lakeformation:RegisterResource',
    asked:
      'bring an s3 location under governance, register a data lake location, manage bucket path, govern s3',
    example: 'put s3://lake/ under lake formation governance',
  },
  {
    op: 'lakeformation:CreateDataCellsFilter',
    asked:
      'row level security, hide columns, only see their own rows, column masking, cell level, restrict rows',
    example: 'make analysts only see rows where region = eu and hide the ssn column',
  },
  {
    op: 'lakeformation:PutDataLakeSettings',
    asked: 'make someone a data lake admin, default permissions, admin list, change settings',
    example: 'make the data-platform role a lake formation administrator',
  },
  {
    op: 'lakeformation:AddLFTagsToResource',
    asked: 'tag based access control, tag a table with classification, label columns, attach tag, abac',
    example: 'label sales_lake.orders confidentiality=high in lake formation for tag-based access',
  },
];
