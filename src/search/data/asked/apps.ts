// Data: how people ask for operations (see ../asked.ts), services no earlier file covered: the
// App Mesh service mesh, AppConfig's data plane, Connect app integrations, Application Insights,
// B2B Data Interchange (EDI), billing views and Billing Conductor (pro forma billing).

import type { AskedEntry } from './types.js';

export const ASKED_APPS: readonly AskedEntry[] = [
  // App Mesh: envoy sidecar service mesh for microservices
  {
    op: 'appmesh:CreateMesh',
    asked:
      'set up an envoy sidecar network for microservices, new app mesh, service to service traffic control, egress filter',
    example: 'start an app mesh called shop-mesh for our ecs microservices',
  },
  {
    op: 'appmesh:CreateVirtualNode',
    asked:
      'register a microservice backend in app mesh, envoy listener for a deployment, cloud map or dns service discovery, backends it may call',
    example: 'add the orders-v2 deployment to app mesh with dns discovery on port 8080',
  },
  {
    op: 'appmesh:CreateRoute',
    asked:
      'split traffic between versions, weighted targets, canary 10 percent to v2, path prefix match, header based http routing in app mesh',
    example: 'send 10% of orders traffic to v2 in app mesh',
  },
  {
    op: 'appmesh:UpdateRoute',
    asked:
      'shift or move more traffic to the new version, change route weights between v1 and v2, rebalance a traffic split, finish a canary rollout in app mesh, send a percentage of traffic to a virtual node, weighted targets',
    example: 'move the orders route weights to 50/50 between v1 and v2',
  },
  {
    op: 'appmesh:CreateVirtualGateway',
    asked:
      'ingress into app mesh, let outside clients reach mesh services, envoy edge proxy, north south traffic entry',
    example: 'expose services in shop-mesh to traffic from outside the mesh',
  },
  {
    op: 'appmesh:ListMeshes',
    asked: 'which app meshes exist, show all envoy meshes in the account, inventory of meshes',
    example: 'what app mesh meshes do we have in us-east-1',
  },
  // AppConfig data plane: what applications call to read their feature flags
  {
    op: 'appconfigdata:GetLatestConfiguration',
    asked:
      'read feature flags at runtime, poll appconfig for the current settings, fetch deployed config values from the app, next poll token, read the newest flag values inside a running app, what config does my app get right now, latest settings from appconfig',
    example: 'how does my service poll appconfig to read the deployed feature flag values',
  },
  {
    op: 'appconfigdata:StartConfigurationSession',
    asked:
      'begin polling appconfig, get the first token to read settings, initial configuration token, open a config retrieval session',
    example: 'get an initial token before my app can read its appconfig profile',
  },
  // AppIntegrations: Connect third party apps and data syncs
  {
    op: 'appintegrations:CreateDataIntegration',
    asked:
      'bring salesforce or servicenow records into amazon connect, sync crm data into connect on a schedule, appflow source for connect',
    example: 'bring salesforce records into amazon connect every hour',
  },
  {
    op: 'appintegrations:CreateEventIntegration',
    asked:
      'feed eventbridge partner events into amazon connect, salesforce or zendesk record changes reach connect, subscribe the contact center to crm events, event bus source filter',
    example: 'let our connect contact center react to salesforce record changes',
  },
  {
    op: 'appintegrations:CreateApplication',
    asked:
      'embed a third party or internal widget in the connect agent workspace, custom iframe app for agents, crm panel on the agent desktop',
    example: 'put our internal crm widget inside the connect agent workspace',
  },
  // Application Insights: automatic monitoring of app stacks
  {
    op: 'application-insights:ListProblems',
    asked:
      'what application insights flagged as going wrong in my app stack, sql server or iis faults, open incidents for a resource group',
    example: 'what issues has application insights detected for our .net app this week',
  },
  {
    op: 'application-insights:DescribeProblem',
    asked:
      'details of one flagged incident, root cause and severity, affected resource, insight text of an app insights incident',
    example: 'show the root cause and severity of application insights issue p-1234',
  },
  {
    op: 'application-insights:CreateApplication',
    asked:
      'start monitoring a resource group automatically, onboard an app to application insights, auto configure alarms and dashboards for a stack, automatic problem detection for a .net, iis, java or sql server app, find what is wrong with my app without setting up alarms by hand',
    example: 'turn on application insights for the resource group erp-prod',
  },
  {
    op: 'application-insights:DescribeProblemObservations',
    asked:
      'anomalies and errors behind a detected issue, which metrics and log lines were abnormal, evidence for the incident',
    example: 'which metrics and log errors make up application insights issue p-77',
  },
  {
    op: 'application-insights:UpdateComponentConfiguration',
    asked:
      'change what is monitored on a tier, turn on monitoring for a component, adjust alarms and logs collected for sql tier',
    example: 'enable monitoring of the database tier in application insights with custom alarm metrics',
  },
  // B2B Data Interchange: EDI X12 documents with trading partners
  {
    op: 'b2bi:CreatePartnership',
    asked:
      'onboard a trading partner, set up edi exchange with a supplier or retailer, x12 850 purchase orders with a partner',
    example: 'onboard walmart as a trading partner for x12 purchase orders',
  },
  {
    op: 'b2bi:CreateTransformer',
    asked:
      'convert x12 edi files to json or xml, edi translation rules, parse 810 invoices, outbound edi generation mapping',
    example: 'set up conversion of incoming x12 810 invoices into json',
  },
  {
    op: 'b2bi:StartTransformerJob',
    asked:
      'translate one edi file now, run conversion on an s3 document, process an 856 advance ship notice file, parse an incoming edi document into json, convert an x12 purchase order to json or xml',
    example: 'run conversion on s3://edi-inbox/po-4411.x12 using transformer tr-12',
  },
  {
    op: 'b2bi:GetTransformerJob',
    asked: 'did the edi conversion finish, status of a translation run, why did the edi file fail to convert',
    example: 'has edi conversion job 7a1c finished or failed',
  },
  {
    op: 'b2bi:TestParsing',
    asked:
      'check an edi file parses, validate x12 syntax, try a sample 850 document, debug a malformed edi file',
    example: 'does this sample x12 850 file parse correctly',
  },
  {
    op: 'b2bi:CreateProfile',
    asked:
      'our own business identity for edi, company details for b2b exchanges, sender business name and phone for edi',
    example: 'register our company acme retail as the sender for b2b edi exchanges',
  },
  // Billing views: sharing filtered cost data
  {
    op: 'billing:CreateBillingView',
    asked:
      'share cost data for only some accounts, custom view of spend for a team, filtered cost explorer view, cost visibility for a business unit',
    example: 'let the data team see cost explorer spend for only their three accounts',
  },
  {
    op: 'billing:ListBillingViews',
    asked: 'which cost data views exist, primary and custom views of spend, views shared with me',
    example: 'which billing views can I use in cost explorer',
  },
  // Billing Conductor: pro forma billing for resellers and chargeback
  {
    op: 'billingconductor:CreateBillingGroup',
    asked:
      'group accounts for chargeback, pro forma bill for a customer, reseller billing family, show customers their own rates, new billing group with a primary account, billing group for a set of linked accounts, group accounts together for billing',
    example: 'make a pro forma bill group for customer acme with accounts 1111 and 2222',
  },
  {
    op: 'billingconductor:CreatePricingRule',
    asked:
      'markup or discount on usage, apply a margin to services we resell, customer rate as percent above cost, rebill at a custom rate, tiered pricing',
    example: 'apply a 12% markup on ec2 for the accounts we resell',
  },
  {
    op: 'billingconductor:CreateCustomLineItem',
    asked:
      'one off charge or credit on a pro forma bill, add a support fee, flat monthly fee, percentage surcharge',
    example: 'add a 500 dollar support fee to customer acme bill this month',
  },
  {
    op: 'billingconductor:GetBillingGroupCostReport',
    asked:
      'margin on a customer, actual cost vs what we charged, pro forma amount, profit for a reseller group, markup we charged a billing group this month',
    example: 'how much margin did we make on billing group acme last month',
  },
  {
    op: 'billingconductor:AssociateAccounts',
    asked:
      'move accounts into a chargeback group, add linked accounts to a pro forma group, put an account under a customer',
    example: 'add linked account 333344445555 to the acme billing group',
  },
  {
    op: 'billingconductor:CreatePricingPlan',
    asked: 'bundle of markup rules, rate card for a customer, set of discounts applied to a group',
    example: 'create a rate card with our standard reseller markups',
  },
];
