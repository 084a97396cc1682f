// Data: concepts (see concepts.ts) for data and analytics services, in the words people use
// instead of the product's own (a Flink app for Managed Service for Apache Flink, SPICE for a
// QuickSight dataset's import, deduping customers for Entity Resolution). Issue 16, round 10.

import type { Concept } from './concepts.js';

export const R10_ANALYTICS_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['flink', 'apache flink', 'flink app', 'flink apps', 'flink application', 'flink job'],
    terms: 'application',
    services: ['kinesisanalyticsv2'],
    why: 'Flink apps run on Managed Service for Apache Flink, whose API is kinesisanalyticsv2 (formerly Kinesis Data Analytics)',
    example: ['pause the flink app clickstream-agg for the night', 'kinesisanalyticsv2:StopApplication'],
  },
  {
    phrases: ['spice'],
    terms: 'ingestion dataset',
    services: ['quicksight'],
    why: "SPICE is QuickSight's in-memory store: a dataset's data is loaded into it by an ingestion",
    example: ['load the latest rows into spice for the sales dataset', 'quicksight:CreateIngestion'],
  },
  {
    phrases: [
      'dedupe customer',
      'dedupe records',
      'deduplicate customer',
      'deduplicate records',
      'duplicate customer records',
      'duplicate records',
      'fuzzy matching',
      'fuzzy match',
      'record matching',
      'same person across',
      'same customer across',
    ],
    terms: 'matching',
    services: ['entityresolution'],
    why: 'finding records of the same person or company across data sources is entity resolution (matching workflows)',
    example: [
      'run matching to dedupe customer records from our crm exports',
      'entityresolution:StartMatchingJob',
    ],
  },
  {
    phrases: [
      'show up in the data catalog',
      'show up in the catalog',
      'show up as tables',
      'appear as tables',
      'appear in the catalog',
      'new partitions',
    ],
    terms: 'crawler',
    services: ['glue'],
    why: 'new files in S3 become Data Catalog tables and partitions when a Glue crawler runs over them',
    example: ['make the files that landed today show up in the catalog', 'glue:StartCrawler'],
  },
  {
    phrases: [
      'embed a dashboard',
      'embed the dashboard',
      'embedded dashboard',
      'embedded analytics',
      'dashboard inside our',
      'dashboard in our app',
      'dashboard in our web app',
      'dashboard on our website',
      'dashboard in our portal',
    ],
    terms: 'embed url',
    services: ['quicksight'],
    why: 'dashboards shown inside your own app or site are QuickSight embedded dashboards (CloudWatch dashboards are not embedded for customers)',
    example: [
      'embed a dashboard in our portal for anonymous visitors',
      'quicksight:GenerateEmbedUrlForAnonymousUser',
    ],
  },
  {
    phrases: [
      'no servers to manage',
      'without managing servers',
      'no servers',
      'without servers',
      'no infrastructure to manage',
    ],
    terms: 'serverless',
    why: 'running something with no servers to manage is what AWS calls serverless (EMR Serverless, Redshift Serverless, OpenSearch Serverless, Lambda)',
    example: ['a data warehouse with no servers to manage', 'redshift-serverless:CreateWorkgroup'],
  },
  {
    phrases: [
      'share the dashboard',
      'share a dashboard',
      'share dashboard',
      'share our dashboard',
      'share the report',
    ],
    terms: 'update dashboard permissions',
    services: ['quicksight'],
    why: 'dashboards shared with people and groups are QuickSight dashboards (their permissions); CloudWatch dashboards have no sharing call',
    example: ['share the dashboard with the sales managers group', 'quicksight:UpdateDashboardPermissions'],
  },
  {
    phrases: [
      'data set revision',
      'dataset revision',
      'data exchange',
      'purchased data',
      'subscribed data set',
      'licensed data',
    ],
    services: ['dataexchange'],
    why: 'third-party data sets bought or subscribed to, and their revisions, are AWS Data Exchange',
    example: ['copy the newest dataset revision into our bucket', 'dataexchange:CreateJob'],
  },
];
