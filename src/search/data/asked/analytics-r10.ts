// Data: how people ask for operations (see ../asked.ts): data and analytics services (record
// matching set-up, data catalog access requests, security data subscribers, legacy data
// pipelines, serverless search collections). Issue 16, round 10.

import type { AskedEntry } from './types.js';

export const ASKED_ANALYTICS_R10: readonly AskedEntry[] = [
  {
    op: 'entityresolution:CreateMatchingWorkflow',
    asked:
      'set up deduplication of customer records, define how records are matched, rule based or machine learning matching across sources, fuzzy match on name email and address, identity resolution set up, dedupe or merge duplicate customer records across crm, billing and other systems',
    example: 'set up rule based matching of customers on email and phone across two sources',
  },
  {
    op: 'datazone:ListSubscriptionRequests',
    asked:
      'who asked for access to our data, pending access requests, requests waiting for approval, has anyone requested our published data, subscription requests to review, access requests in the data portal, pending requests to subscribe to our listings, anyone asked for our data assets',
    example: 'which access requests for our published sales data are still waiting for approval',
  },
  {
    op: 'securitylake:ListSubscribers',
    asked:
      'who reads our security data, who is subscribed, which tools consume the security lake, partners and siem with access to the log data, how many subscribers',
    example: 'which siem tools are consuming our security lake logs',
  },
  {
    op: 'datapipeline:ActivatePipeline',
    asked:
      'start the data pipeline, turn on a pipeline, begin running its schedule, resume a paused pipeline, kick off the legacy copy job',
    example: 'turn on data pipeline df-07ABC so its daily copy starts running',
  },
  {
    op: 'opensearchserverless:ListCollections',
    asked:
      'which collections do we have, serverless search collections, vector collections, what is in opensearch serverless, show all collections',
    example: 'which vector search collections exist in the account',
  },
  {
    op: 'kinesisanalyticsv2:StopApplication',
    asked:
      'pause the flink app, halt stream processing, turn off the streaming job for the night, stop it with a snapshot, stop consuming from the stream',
    example: 'halt the flink job clickstream-agg until the upstream outage is fixed',
  },
  {
    op: 'mwaa:ListEnvironments',
    asked:
      'how many airflow environments do we have, which managed airflow setups exist, all our airflow instances, names of the airflow environments',
    example: 'which managed airflow setups exist in this region',
  },
  {
    op: 'emr:SetKeepJobFlowAliveWhenNoSteps',
    asked:
      'keep the cluster running after the steps finish, do not shut down when the last step is done, long running cluster, stop it from terminating after its work',
    example: 'keep emr cluster j-1K48XXXXXXHCB up after its last step completes',
  },
  {
    op: 'cleanrooms:ListMembers',
    asked:
      'who is in our collaboration, which accounts take part, participants and partners in the clean room, who can run queries and who receives results',
    example: 'which partner accounts take part in our clean room collaboration',
  },
  {
    op: 'databrew:DescribeJobRun',
    asked:
      'did the job finish, is the run done, why did the run fail, state and error of a recipe or profile job run, when did it end',
    example: 'why did the last run of databrew job clean-orders fail',
  },
];
