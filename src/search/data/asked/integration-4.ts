// Data: how people ask for operations (see ../asked.ts), integration services: glue (crawlers,
// ETL jobs and their runs, catalog databases, tables and partitions, triggers, workflows, data
// quality).

import type { AskedEntry } from './types.js';

export const ASKED_INTEGRATION_4: readonly AskedEntry[] = [
  {
    op: 'glue:CreateCrawler',
    asked:
      'scan s3 to discover the schema, figure out the schema by itself, infer columns, auto-detect tables, catalog a data lake, schema discovery, set up, scan a bucket and work out the schema automatically, detect the table structure of files, make files queryable',
    example: 'point glue at s3://lake/raw/ so it figures out the schema by itself',
  },
  {
    op: 'glue:StartCrawler',
    asked:
      'run now, rescan, refresh the catalog, pick up new folders, re-discover schema, kick off a crawl, scan new files so they show up as tables, detect new partitions, update the catalog after new data lands',
    example: 'rescan the raw-events crawler now so the new folders show up as tables',
  },
  {
    op: 'glue:GetCrawler',
    asked:
      'status, is it running, last crawl result, why did it fail, ready, state, schedule, done yet, has the crawl finished, is the crawler finished',
    example: 'is the raw-events crawler still running, and did its last crawl fail',
  },
  {
    op: 'glue:UpdateCrawlerSchedule',
    asked:
      'crawl every night, cron, change when it runs, nightly rescan, hourly, timing, run the crawler every night at a set time',
    example: 'make the raw-events crawler run every night at 2am',
  },
  {
    op: 'glue:GetCrawlerMetrics',
    asked: 'how long did the crawl take, tables created, tables updated, time left, duration, progress',
    example: 'how long did the last crawl take and how many tables did it add',
  },
  {
    op: 'glue:CreateJob',
    asked: 'etl script, spark job, pyspark, python shell, transform data, worker type, dpu, new etl, set up',
    example: 'set up a pyspark etl that turns raw csv in s3 into parquet',
  },
  {
    op: 'glue:StartJobRun',
    asked:
      'run the etl, kick off, rerun, with arguments, execute spark script, launch, trigger a job by hand, run it manually, on demand',
    example: 'kick off the nightly-etl glue job with --date=2024-05-01',
  },
  {
    op: 'glue:GetJobRun',
    asked:
      'did it succeed, why did the run fail, error message, duration, has it finished, status, dpu seconds, how far the run got, did it error out',
    example: 'why did run jr_abc123 of the nightly-etl glue job fail',
  },
  {
    op: 'glue:GetJobRuns',
    asked:
      'past runs, run history, recent failures, last run, previous attempts, how often it failed, did it finish, still running or done, latest runs, how far the latest runs got, did the last run error',
    example: 'show the recent runs of the nightly-etl glue job and which ones failed',
  },
  {
    op: 'glue:BatchStopJobRun',
    asked: 'cancel, kill a running etl, stop a stuck job, abort, halt',
    example: 'kill the stuck run of the nightly-etl glue job',
  },
  {
    op: 'glue:UpdateJob',
    asked:
      'change script location, more workers, glue version, timeout, default arguments, edit etl, bigger workers',
    example: 'give the nightly-etl glue job 20 G.2X workers and a 2 hour timeout',
  },
  {
    op: 'glue:ResetJobBookmark',
    asked:
      'reprocess everything, start from scratch, forget processed files, incremental state, rewind, full reload, forget what it already read, read every file again',
    example: 'make the nightly-etl glue job reprocess all files from scratch next time',
  },
  {
    op: 'glue:GetJobs',
    asked: 'all etl jobs, what jobs exist, job definitions, inventory, scripts',
    example: 'what glue etl jobs do we have and where are their scripts',
  },
  {
    op: 'glue:CreateDatabase',
    asked: 'new catalog database, schema namespace, hive database, data lake database, group tables',
    example: 'make a sales_lake namespace in the glue data catalog to hold our tables',
  },
  {
    op: 'glue:GetDatabases',
    asked: 'what databases are in the catalog, show schemas, every namespace, inventory',
    example: 'which databases exist in our glue data catalog',
  },
  {
    op: 'glue:CreateTable',
    asked:
      'register an s3 folder as a table, define columns, external table, hive table, parquet location, iceberg, make queryable',
    example: 'register s3://lake/orders/ as a parquet table with three columns in the catalog',
  },
  {
    op: 'glue:GetTable',
    asked:
      'schema, columns, column types, s3 location of the data, serde, file format, definition, what columns a table has, fields of a table in a database, table structure',
    example: 'what columns and s3 location does the sales_lake.orders catalog table have',
  },
  {
    op: 'glue:UpdateTable',
    asked: 'add a column, change schema, change location, alter table, rename column, change types',
    example: 'alter the orders catalog table to include a discount column',
  },
  {
    op: 'glue:GetTables',
    asked: 'tables in a database, show tables, all tables of a schema, what tables exist',
    example: 'show every table in the sales_lake glue database',
  },
  {
    op: 'glue:SearchTables',
    asked:
      'find tables by keyword, which table has a column, search the catalog, look up by name, discover datasets',
    example: 'find catalog tables that have a customer_id column',
  },
  {
    op: 'glue:BatchCreatePartition',
    asked: 'add partitions, register new date folders, msck repair, new dt= folder, many partitions at once',
    example: 'register the new dt=2024-05-01 folders as partitions of the orders table',
  },
  {
    op: 'glue:GetPartitions',
    asked: 'which partitions exist, partition values, date folders, partition filter, list dt values',
    example: 'which dt= partition values does sales_lake.orders have in glue',
  },
  {
    op: 'glue:CreateTrigger',
    asked:
      'schedule a job, cron, run after another job succeeds, automatically whenever, job dependency, chain jobs, conditional, on demand, event, run nightly, run the job every day at a set time',
    example: 'in glue, run the load-etl job automatically whenever the clean-etl job succeeds',
  },
  {
    op: 'glue:CreateWorkflow',
    asked: 'pipeline of crawlers and jobs, orchestrate etl, dag, chain steps, multi-step pipeline',
    example: 'build a glue pipeline that crawls, then runs two etl jobs in order',
  },
  {
    op: 'glue:StartWorkflowRun',
    asked: 'run the whole pipeline, kick off the dag, start all steps, execute pipeline',
    example: 'kick off every step of the nightly glue pipeline dag',
  },
  {
    op: 'glue:GetWorkflowRun',
    asked: 'pipeline status, which step failed, graph, progress of nodes, completed steps',
    example: "did tonight's glue pipeline get through every step, or which one broke",
  },
  {
    op: 'glue:ResumeWorkflowRun',
    asked:
      'retry failed nodes, continue a partially completed pipeline, pick up where it stopped, rerun failed steps',
    example: "continue last night's half-finished glue workflow by retrying only the broken nodes",
  },
  {
    op: 'glue:CreateConnection',
    asked:
      'jdbc, connect to rds, mysql, postgres, snowflake, credentials for a source, vpc access for etl, data source link',
    example: 'let glue etl reach our postgres database over jdbc',
  },
  {
    op: 'glue:StartDataQualityRulesetEvaluationRun',
    asked: 'check data quality, validate data, run rules, null checks, completeness, run checks, assertions',
    example: 'run the null and uniqueness checks against the orders table now',
  },
  {
    op: 'glue:CreateDataQualityRuleset',
    asked:
      'dqdl rules, define expectations, row count rule, uniqueness rule, completeness rule, checks for a table',
    example: 'write glue rules that orders.id is unique and amount is never null',
  },
  {
    op: 'glue:GetDataQualityResult',
    asked: 'did the data pass, quality score, failed rules, check results, outcome',
    example: 'did the orders table pass its quality checks and which rules failed',
  },
  {
    op: 'glue:StartDataQualityRuleRecommendationRun',
    asked: 'suggest rules, recommend checks, propose expectations, profile data to generate rules',
    example: 'suggest quality checks for the orders table based on its data',
  },
  {
    op: 'glue:DeleteTable',
    asked: 'drop table, remove from catalog, get rid of a table definition, unregister',
    example: 'drop sales_lake.orders_old from the glue catalog',
  },
];
