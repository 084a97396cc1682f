// Data: how people ask for operations (see ../asked.ts), Spark on EKS, feature experiments, event
// schemas, application registry, Proton templates, OpenSearch ingestion, Launch Wizard, the
// Support app in Slack and Supply Chain.

import type { AskedEntry } from './types.js';

export const ASKED_APPS_4: readonly AskedEntry[] = [
  // EMR on EKS: Spark jobs on Kubernetes
  {
    op: 'emr-containers:StartJobRun',
    asked:
      'run spark on kubernetes, submit a spark job to eks, pyspark script on a k8s cluster, spark submit with a release label',
    example: 'submit s3://jobs/etl.py as a spark job on our eks cluster through emr',
  },
  {
    op: 'emr-containers:DescribeJobRun',
    asked: 'did my spark job on eks finish, why did it fail, state of a job on kubernetes',
    example: 'did the emr on eks spark job 00000003abc succeed',
  },
  {
    op: 'emr-containers:CreateVirtualCluster',
    asked: 'register an eks namespace with emr, let emr use a kubernetes namespace, spark on eks setup',
    example: 'let emr run spark jobs in the analytics namespace of eks cluster prod',
  },
  {
    op: 'emr-containers:CancelJobRun',
    asked: 'kill a running spark job on eks, abort a stuck job on kubernetes',
    example: 'kill spark job 00000003abc on the emr virtual cluster',
  },
  {
    op: 'emr-containers:ListJobRuns',
    asked: 'spark jobs on eks recently, failed or running jobs on a virtual cluster, job history',
    example: 'which emr on eks jobs failed today',
  },
  // CloudWatch Evidently: feature flags and A/B tests
  {
    op: 'evidently:EvaluateFeature',
    asked:
      'which variation does a user get or see, evaluate a feature flag for a user id, a b test assignment, serve a variant in evidently',
    example: 'which variation of the new-checkout flag does customer 42 get in evidently',
  },
  {
    op: 'evidently:CreateExperiment',
    asked:
      'a b test, ab test, split test two versions, compare two designs, measure which variant converts better, randomized trial of a feature',
    example: 'set up an a/b test comparing two checkout page designs',
  },
  {
    op: 'evidently:GetExperimentResults',
    asked: 'which variant won, beat, statistical significance, conversion lift, is the a b test conclusive',
    example: 'which checkout design won our a/b test and is it significant',
  },
  {
    op: 'evidently:CreateLaunch',
    asked: 'gradual rollout of a feature, release to 5 percent of users, staged feature release',
    example: 'roll the new-checkout feature out to 5% of users, then 50% next week',
  },
  {
    op: 'evidently:CreateFeature',
    asked: 'new feature flag with variations, toggle with on and off values, default variation',
    example: 'make a flag new-checkout with on and off variations',
  },
  // EventBridge schema registry
  {
    op: 'schemas:SearchSchemas',
    asked:
      'find an event structure or format by keyword in the schema registry, look up what an eventbridge event looks like, event shape',
    example: 'look up the format of the order placed event in the eventbridge registry',
  },
  {
    op: 'schemas:DescribeSchema',
    asked:
      'view the json or openapi definition of an event, fields of an event type, what fields does an event have, shape of an aws event',
    example: 'show the openapi definition of aws.s3 object created events',
  },
  {
    op: 'schemas:CreateDiscoverer',
    asked:
      'infer event structures automatically, learn event formats seen on a bus, figure out the shape of events automatically, what do events on my bus look like, discover schemas',
    example: 'automatically learn the formats of events on bus orders-bus',
  },
  {
    op: 'schemas:GetCodeBindingSource',
    asked: 'typed classes for events, download java python or typescript bindings, generated code',
    example: 'download typescript types for the order placed event',
  },
  // AppRegistry: applications as groups of stacks and resources
  {
    op: 'servicecatalog-appregistry:CreateApplication',
    asked:
      'register an application, group stacks under one app, myApplications, track costs and resources per application',
    example: 'register the checkout app so its stacks are tracked together in myapplications',
  },
  {
    op: 'servicecatalog-appregistry:AssociateResource',
    asked:
      'add a cloudformation stack or resource group to an application, attach a stack to an app in appregistry or myapplications',
    example: 'attach cloudformation stack checkout-api to our myapplications app',
  },
  {
    op: 'servicecatalog-appregistry:ListAssociatedResources',
    asked:
      'which stacks belong to an application, stacks that are part of an app, what makes up this application in appregistry',
    example: 'what belongs to the checkout app in myapplications',
  },
  // Proton: platform team templates for environments and services
  {
    op: 'proton:CreateService',
    asked:
      'self service deploy from a platform template, developer launches a standard microservice, golden path',
    example: 'launch a new microservice from the platform team fargate template',
  },
  {
    op: 'proton:CreateEnvironmentTemplate',
    asked: 'platform team infrastructure blueprint, standard vpc and cluster template for teams',
    example: 'publish a standard vpc and ecs cluster blueprint for dev teams',
  },
  {
    op: 'proton:UpdateServiceInstance',
    asked: 'move a deployed service to a new template version, change instance spec, redeploy',
    example: 'upgrade the proton service instance prod of orders to template version 2.1',
  },
  {
    op: 'proton:ListServiceInstances',
    asked: 'deployed copies of services, which services run in which environments',
    example: 'which proton services are deployed in the staging environment',
  },
  // OpenSearch Ingestion: Data Prepper pipelines
  {
    op: 'osis:CreatePipeline',
    asked:
      'ingest logs into opensearch, data prepper pipeline, stream traces or metrics into a domain, managed ingestion',
    example: 'ship application logs from s3 into our opensearch domain with data prepper',
  },
  {
    op: 'osis:StopPipeline',
    asked: 'pause ingestion into opensearch, stop billing for ingestion units',
    example: 'pause the logs-ingest opensearch ingestion pipeline',
  },
  {
    op: 'osis:ValidatePipeline',
    asked: 'check data prepper yaml, lint a pipeline configuration, is my config valid',
    example: 'is this data prepper yaml config valid before I deploy it',
  },
  // Launch Wizard: guided SAP, SQL Server and AD deployments
  {
    op: 'launch-wizard:CreateDeployment',
    asked:
      'deploy sap hana, sql server always on or active directory with a wizard, guided enterprise app install',
    example: 'deploy a sql server always on cluster using launch wizard',
  },
  {
    op: 'launch-wizard:ListDeploymentEvents',
    asked: 'progress of a guided install, what step failed in the wizard',
    example: 'why did my sap launch wizard deployment fail, show its steps',
  },
  // Support app in Slack
  {
    op: 'support-app:CreateSlackChannelConfiguration',
    asked: 'support cases in slack, get case updates in a channel, open tickets from slack',
    example: 'post support case updates to the slack channel #aws-support',
  },
  {
    op: 'support-app:PutAccountAlias',
    asked:
      'set a friendly account name shown in slack support messages, nickname or display name for this account, rename the account in the support app',
    example: 'set the name slack support messages use for this account to prod-payments',
  },
  // Supply Chain
  {
    op: 'supplychain:CreateBillOfMaterialsImportJob',
    asked: 'import bom, load parts lists, product components csv into supply chain',
    example: 'import our bom csv from s3://scm/bom.csv',
  },
  {
    op: 'supplychain:SendDataIntegrationEvent',
    asked: 'push an inventory or order update, send shipment or forecast data event',
    example: 'send an inventory level update for sku 4411 to supply chain',
  },
  {
    op: 'supplychain:CreateInstance',
    asked: 'set up supply chain application, demand planning workspace, new supply chain instance',
    example: 'start using aws supply chain for demand planning',
  },
];
