// Data: how people ask for operations (see ../asked.ts), round 12 of the developer-tools,
// databases and app-platforms long tail: feeding and querying a hosted search domain, the
// status and history reads of simple workflow, bulk import and export of graphs, who may deploy
// a published serverless app, whether a directory trust works, who shares a cloud IDE.

import type { AskedEntry } from './types.js';

export const ASKED_DEVDATA_R12: readonly AskedEntry[] = [
  {
    op: 'cloudsearchdomain:UploadDocuments',
    asked:
      'feed documents into the search domain, push json or xml documents to search, make documents searchable, add or remove documents from the search index, send a document batch, sdf batch',
    example: 'push a batch of product json docs into our cloudsearch domain so they show up in results',
  },
  {
    op: 'cloudsearchdomain:Suggest',
    asked:
      'autocomplete, type-ahead, search as you type, complete what the user is typing, suggestions while typing in the search box, completions for a partial word',
    example: 'type-ahead completions for the site search box as people type',
  },
  {
    op: 'cloudsearchdomain:Search',
    asked:
      'look up documents in the hosted search domain, full text search over our documents, find matching documents, run a search request with facets',
    example: 'full text search our cloudsearch documents for wireless headphones',
  },
  {
    op: 'codeguru-reviewer:AssociateRepository',
    asked:
      'turn on automatic code reviews for a repository, review every pull request automatically, connect or onboard a github, bitbucket or codecommit repo to codeguru',
    example: 'have codeguru look at every pull request on our github repo from now on',
  },
  {
    op: 'neptunedata:CancelGremlinQuery',
    asked:
      'kill or stop a running traversal, abort a long-running gremlin traversal, stuck graph request on neptune',
    example: 'abort the gremlin traversal that has been running for ten minutes on neptune',
  },
  {
    op: 'neptunedata:GetLoaderJobStatus',
    asked:
      'is the bulk load done, bulk loader status, progress of a neptune load, how many records loaded, why did the bulk load fail, load errors',
    example: 'how far along is the neptune bulk load from s3, did it fail',
  },
  {
    op: 'neptune-graph:StartImportTask',
    asked:
      'load or import data from s3 into an existing neptune analytics graph, bulk import csv or parquet files into a graph, fill a graph from files',
    example: 'pull the csv files under s3://kg-dumps into our existing neptune analytics graph',
  },
  {
    op: 'neptune-graph:StartExportTask',
    asked:
      'export or dump a neptune analytics graph to s3, copy graph data out to files, back the graph data up as csv or parquet in a bucket',
    example: 'dump the whole neptune analytics graph out to a bucket as parquet',
  },
  {
    op: 'serverlessrepo:CreateApplicationVersion',
    asked:
      'publish or release a new version of a serverless repo application, ship version 1.2.0 of my published sam app, new semantic version',
    example: 'release version 2.0.1 of our sam app in the serverless application repository',
  },
  {
    op: 'serverlessrepo:GetApplicationPolicy',
    asked:
      'who is allowed to deploy a published serverless app, who can see or use our app, which accounts it is shared with, is it public, sharing settings of the application',
    example: 'which accounts can deploy the image-resizer app we published to the serverless repo',
  },
  {
    op: 'serverlessrepo:PutApplicationPolicy',
    asked:
      'share a published serverless app with other accounts or the whole org, make my sam app public so anyone can deploy it, allow an account to deploy it',
    example: 'make our image-resizer serverless repo app public so anyone can deploy it',
  },
  {
    op: 'datapipeline:PutPipelineDefinition',
    asked:
      'upload or save the pipeline definition json, define the activities, schedule and data nodes of a data pipeline, change what the pipeline does',
    example: 'upload the definition file with the activities and schedule for data pipeline df-0123ABC',
  },
  {
    op: 'swf:CountOpenWorkflowExecutions',
    asked:
      'how many workflow executions are running or still open in an swf domain, number of in-flight workflows, count of open runs',
    example: 'how many simple workflow runs are in flight in domain billing',
  },
  {
    op: 'swf:GetWorkflowExecutionHistory',
    asked:
      'what happened step by step in a workflow run, event history of an swf execution, every event and decision of a run, timeline of the workflow',
    example: 'show every event that happened in the swf run for order-1234',
  },
  {
    op: 'swf:PollForActivityTask',
    asked:
      'worker asks simple workflow for the next piece of work, fetch the next activity task to do, long poll a task list as a worker',
    example: 'my swf worker needs to grab the next activity task from the task list',
  },
  {
    op: 'ds:DescribeTrusts',
    asked:
      'is the trust working, state of the trust relationship between our managed ad and another domain, which forest trusts exist, trust verified or failed',
    example: 'is the forest trust from our aws managed ad to corp.local verified',
  },
  {
    op: 'cloud9:DescribeEnvironmentMemberships',
    asked:
      'who can open or use a cloud9 environment, members of a cloud ide, who it is shared with, which teammates have access',
    example: 'which teammates have access to the shared cloud9 ide',
  },
  {
    op: 'es:GetCompatibleElasticsearchVersions',
    asked:
      'which elasticsearch versions can a domain upgrade to, upgrade paths, versions we can move to, compatible target versions',
    example: 'what elasticsearch versions is the logs domain allowed to upgrade to',
  },
  {
    op: 'es:GetUpgradeStatus',
    asked:
      'is the elasticsearch upgrade finished, progress of the domain version upgrade, did the upgrade succeed or fail, upgrade step',
    example: 'did the elasticsearch version upgrade on the logs domain finish',
  },
  {
    op: 'qldb:GetRevision',
    asked:
      'a document revision with its proof, verify a document against the digest, a version of a ledger document at a block address, proof of a document',
    example: 'fetch the proof for document 3Qv67yjXEwB9SjmvkuG6Cp in our qldb ledger at this block address',
  },
  {
    op: 'codeconnections:CreateSyncConfiguration',
    asked:
      'git sync, keep a cloudformation stack in sync with a file in my github repo, deploy the stack from git on every push, sync a stack from a repository branch',
    example: 'keep our cloudformation stack updated from the template in our github repo on every push',
  },
  {
    op: 'codeconnections:GetSyncBlockerSummary',
    asked:
      'why is git sync not updating my stack, git sync is blocked or stuck, what blocks the sync, latest sync blockers',
    example: 'git sync stopped deploying our stack from github, what is blocking it',
  },
  {
    op: 'memorydb:UpdateUser',
    asked:
      'change or rotate the redis user password on memorydb, new password for a user, change what commands a user may run, access string',
    example: 'rotate the password of the app-writer user on our memorydb cluster',
  },
  {
    op: 'amplify:GenerateAccessLogs',
    asked:
      'access logs of the hosted site, who visited my amplify website, download the request logs for a time range, traffic logs of the frontend',
    example: 'get the request logs of our amplify hosted website for yesterday',
  },
  {
    op: 'amplify:GetDomainAssociation',
    asked:
      'is the custom domain of the hosted site verified, ssl certificate status of the domain, which dns records to add, domain setup stuck pending verification',
    example:
      'the custom domain on our amplify site is stuck pending verification, what dns records does it need',
  },
  {
    op: 'codeconnections:ListConnections',
    asked:
      'which github, gitlab or bitbucket connections do we have, git provider connections in the account, are they available or pending',
    example: 'show all our github and bitbucket connections to aws and their status',
  },
  {
    op: 'codeguruprofiler:GetProfile',
    asked:
      'flame graph of an app, raw profiling data for a time range, stack samples of where my service spends its time, download the aggregated profile',
    example: 'flame graph for the checkout profiling group over the last hour',
  },
  {
    op: 'evidently:StopExperiment',
    asked:
      'end or stop a running a/b test, halt the split test, finish the experiment early, stop sending users to the variants',
    example: 'end the checkout button experiment now, we have enough data',
  },
  {
    op: 'proton:CreateServiceInstance',
    asked:
      'deploy another instance of a proton service, new service instance from the service template into an environment, add a stage of the service',
    example: 'add a staging instance of our proton web service in the staging environment',
  },
  {
    op: 'proton:ListEnvironments',
    asked:
      'which proton environments do we have, environments still on an old template version, environments built from a template',
    example: 'which proton environments were deployed from the vpc-base template',
  },
  {
    op: 'schemas:ListSchemas',
    asked:
      'which event schemas exist in a registry, schemas found or discovered on an event bus, the event types we know the shape of',
    example: 'show the schemas in the discovered-schemas registry',
  },
  {
    op: 'schemas:GetResourcePolicy',
    asked:
      'who can read or use an event schema registry, which accounts the registry is shared with, permissions of the registry',
    example: 'which other accounts are allowed to read our shared schema registry',
  },
  {
    op: 'pcs:ListComputeNodeGroups',
    asked:
      'which node groups does a slurm or hpc cluster have, the compute nodes of a parallel computing cluster, instance groups of a pcs cluster',
    example: 'show the compute node groups of our pcs slurm cluster',
  },
  {
    op: 'm2:ListBatchJobExecutions',
    asked:
      'which mainframe batch jobs ran, cobol or jcl job runs of a migrated mainframe app, did the nightly mainframe batch fail',
    example: 'which jcl batch runs failed last night on our migrated mainframe application',
  },
  {
    op: 'managedblockchain-query:ListTransactions',
    asked:
      'transactions of an ethereum or bitcoin address, on-chain transfers sent or received, blockchain transaction history',
    example: 'every transaction of bitcoin address bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh',
  },
  {
    op: 'managedblockchain:ListNodes',
    asked:
      'which peer nodes a member of a hyperledger fabric network runs, blockchain nodes of our member, node status',
    example: 'what peer nodes does our member run in the fabric network',
  },
  {
    op: 'opsworks:CreateLayer',
    asked:
      'add a layer to an opsworks stack, chef layer for app servers or databases, a group of instances configured by the same recipes',
    example: 'add a php app server layer to our opsworks stack',
  },
  {
    op: 'clouddirectory:ListObjectParents',
    asked:
      'which objects a cloud directory object hangs under, parents of a node in the directory tree, where an object is attached',
    example: 'which parent objects is this cloud directory object linked under',
  },
  {
    op: 'amplifyuibuilder:StartCodegenJob',
    asked:
      'generate react code from figma designs, turn ui designs into components code, codegen for the amplify ui library',
    example: 'generate react code for our figma components with amplify studio',
  },
  {
    op: 'memorydb:DescribeUsers',
    asked:
      'which users can log in to a memorydb cluster, redis users and their access strings, who may connect to the durable redis',
    example: 'which redis users exist on our memorydb clusters and what may they run',
  },
  {
    op: 'appsync:ListDataSources',
    asked:
      'which data sources feed a graphql api, the tables, lambdas and http backends behind the api, what the resolvers read from',
    example: 'what backends does our appsync graphql api read from',
  },
  {
    op: 'cloud9:DeleteEnvironment',
    asked:
      'delete or remove a cloud9 ide nobody uses, get rid of an old cloud development environment, tear down my browser ide',
    example: 'get rid of the old cloud9 ide from last quarter',
  },
  {
    op: 'qldb:UpdateLedger',
    asked:
      'deletion protection of a ledger, lock a ledger so nobody can delete it, change the kms key that encrypts a ledger',
    example: 'turn on deletion protection for the vehicle-registry ledger',
  },
  {
    op: 'dynamodbstreams:ListStreams',
    asked:
      'which tables have streams turned on, stream arns of our tables, every change stream in the account',
    example: 'show the stream arns of all our dynamodb tables that emit changes',
  },
];
