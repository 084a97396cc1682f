// Data: how people ask for operations (see ../asked.ts), management services: CloudFormation,
// Service Catalog, Cloud Control, Control Tower, Service Quotas, tagging, Resource Explorer and groups.

import type { AskedEntry } from './types.js';

export const ASKED_OBSERVABILITY_4: readonly AskedEntry[] = [
  {
    op: 'cloudformation:CreateStack',
    asked:
      'deploy a template, spin up infrastructure as code, launch from yaml, provision environment, iac apply, cfn deploy new',
    example: 'spin up the infrastructure in network.yaml as a new environment',
  },
  {
    op: 'cloudformation:UpdateStack',
    asked:
      'redeploy with changed template, apply new yaml, change parameters of deployed infrastructure, push iac changes',
    example: 'apply my edited yaml to the already deployed web-prod infrastructure',
  },
  {
    op: 'cloudformation:DeleteStack',
    asked:
      'tear down the whole environment, wipe out infrastructure, delete the deployed environment and everything in it, remove everything the template made, clean up iac',
    example: 'tear down the whole feature-branch-42 environment',
  },
  {
    op: 'cloudformation:DescribeStacks',
    asked:
      'status of deployment, outputs of iac, did it finish deploying or updating, still in progress, update complete or failed, rollback complete, get the endpoint url exported, parameters used, what is the status of my stack, stack status, current state of a stack, is the stack healthy, did my stack create finish, is termination protection on',
    example: 'what endpoint url did the web-prod deployment output',
  },
  {
    op: 'cloudformation:DescribeStackEvents',
    asked:
      'why did deployment fail, why did it roll back, which resource failed to create, deployment log, error reason, progress of deploy, what happened during the deploy step by step, why did the stack roll back, reason for rollback complete or create failed, which resource failed first',
    example: 'why did my deployment of api-staging roll back',
  },
  {
    op: 'cloudformation:ListStacks',
    asked:
      'all deployed environments, which iac deployments exist, deleted or failed deployments, inventory of templates deployed',
    example: 'show every iac deployment including the ones that failed',
  },
  {
    op: 'cloudformation:ListStackResources',
    asked:
      'list everything a template created, what did the deployment create, physical ids of created things, resources inside deployment, which bucket it made',
    example: 'list everything the web-prod template created',
  },
  {
    op: 'cloudformation:CreateChangeSet',
    asked:
      'preview changes before deploy, plan, dry run iac update, what will change, diff template against deployed, see what an edit would change before it goes live, review the update before applying it, what would my stack update replace or delete, check the effect of a template change first',
    example: 'preview what my template edit would replace before applying it',
  },
  {
    op: 'cloudformation:ExecuteChangeSet',
    asked:
      'apply the reviewed plan, go ahead with previewed changes, approve and deploy the diff, apply a change set, execute a reviewed change set',
    example: 'go ahead and apply the previewed edit to web-prod',
  },
  {
    op: 'cloudformation:DetectStackDrift',
    asked:
      'find manual changes, did someone change it by hand in console, out of sync with template, clickops drift check, resources changed outside cloudformation, has anyone modified stack resources directly',
    example: 'did anyone change web-prod by hand outside the template',
  },
  {
    op: 'cloudformation:DescribeStackResourceDrifts',
    asked: 'which resources were changed manually, expected vs actual properties, drift differences detail',
    example: 'show expected versus actual settings for things modified by hand',
  },
  {
    op: 'cloudformation:ValidateTemplate',
    asked: 'lint yaml, check template syntax, is my template valid, catch errors before deploy',
    example: 'check my yaml has no syntax errors before deploying',
  },
  {
    op: 'cloudformation:GetTemplate',
    asked:
      'download deployed yaml, see the json that was deployed, original template body, export iac source',
    example: 'download the yaml that web-prod was deployed with',
  },
  {
    op: 'cloudformation:ContinueUpdateRollback',
    asked:
      'stuck in update rollback failed, unstick a deployment, skip resources that cannot roll back, stack stuck in update rollback failed, get a stuck stack working again, skip resources that cannot roll back, retry the rollback',
    example: 'my deployment is stuck in UPDATE_ROLLBACK_FAILED, how do i unstick it',
  },
  {
    op: 'cloudformation:CancelUpdateStack',
    asked:
      'abort the deploy still in progress, stop an update midway and revert, cancel a running deploy, halt in progress change',
    example: 'abort the deploy that is still in progress on api-prod',
  },
  {
    op: 'cloudformation:UpdateTerminationProtection',
    asked:
      'make sure nobody can accidentally tear down, prevent accidental deletion, protect an environment from teardown, lock against delete, safety lock, lock a stack so it cannot be deleted, deletion protection for a stack, guard a stack against delete',
    example: 'make sure nobody can accidentally tear down prod-core',
  },
  {
    op: 'cloudformation:CreateStackSet',
    asked:
      'roll out the same template to every account, deploy yaml to many accounts and regions, org wide rollout of iac, baseline every account in the organization, multi account deploy',
    example: 'roll out the same yaml to every account in our organization',
  },
  {
    op: 'cloudformation:ListExports',
    asked:
      'shared output values, cross stack references, exported values other templates import, fn importvalue names, outputs shared between stacks',
    example: 'which values are shared between templates for cross references',
  },
  {
    op: 'cloudformation:EstimateTemplateCost',
    asked:
      'how much would this yaml cost per month, price of a template before deploying, rough monthly estimate of infrastructure, what will it cost, how much would this template cost to run each month, monthly price of a template, cost estimate before deploying',
    example: 'roughly how much per month would this yaml cost',
  },
  {
    op: 'cloudformation:CreateGeneratedTemplate',
    asked:
      'turn existing resources into iac, generate yaml from what is already deployed, reverse engineer console resources',
    example: 'produce yaml from resources we clicked together in the console',
  },
  {
    op: 'servicecatalog:ProvisionProduct',
    asked:
      'self service launch approved product, order from it catalog, request environment from portfolio, spin up or deploy an approved template from the catalog, provision a vetted stack without admin rights',
    example: 'launch the approved dev environment product from our internal catalog',
  },
  {
    op: 'servicecatalog:SearchProducts',
    asked: 'what can i launch from the catalog, browse approved offerings, available self service items',
    example: 'what approved offerings can i launch myself',
  },
  {
    op: 'servicecatalog:CreateProduct',
    asked: 'publish a template to the catalog, offer approved blueprint, add item for teams to self serve',
    example: 'publish our standard vpc blueprint for teams to self-serve',
  },
  {
    op: 'servicecatalog:CreatePortfolio',
    asked: 'collection of approved offerings, catalog for a team, group of launchable blueprints',
    example: 'make a collection of approved blueprints for the data team',
  },
  {
    op: 'cloudcontrol:GetResource',
    asked:
      'one generic api for any kind of aws thing, read current properties by type name and identifier, uniform crud read, cfn schema state',
    example: 'read the current properties of any kind of aws thing through one generic api by its type name',
  },
  {
    op: 'cloudcontrol:ListResources',
    asked:
      'enumerate all things of a given cloudformation type, generic listing by type name, uniform crud list, one api for every kind',
    example: 'enumerate all things of a given cloudformation type through a uniform crud api',
  },
  {
    op: 'cloudcontrol:CreateResource',
    asked:
      'provision something from a json document of properties, generic crud create, any cloudformation type without writing a template',
    example: 'provision something from a json document of properties without writing a whole template',
  },
  {
    op: 'cloudcontrol:UpdateResource',
    asked: 'json patch properties of any resource type, generic modify, uniform crud change',
    example: 'apply a json patch to change the retention of a generic type',
  },
  {
    op: 'controltower:ListEnabledControls',
    asked:
      'which guardrails are turned on for an ou, active guardrails per organizational unit, governance controls applied',
    example: 'which guardrails are turned on for the sandbox ou',
  },
  {
    op: 'controltower:CreateLandingZone',
    asked:
      'set up multi account environment, baseline org with log archive and audit accounts, account factory, new multi-account environment with governance, well governed org setup',
    example: 'set up a governed multi-account environment with audit and log archive',
  },
  {
    op: 'controltower:EnableBaseline',
    asked: 'enroll ou into governance, register organizational unit, apply standard setup to accounts',
    example: 'enroll the new workloads ou so it gets the standard setup',
  },
  {
    op: 'service-quotas:RequestServiceQuotaIncrease',
    asked:
      'raise a limit, ask for more vcpus, increase the cap, hit the limit, limit exceeded error, request higher max, get more capacity allowance',
    example: 'we keep hitting the vcpu limit for on-demand instances, ask for more',
  },
  {
    op: 'service-quotas:GetServiceQuota',
    asked:
      'what is my current limit, maximum allowed, how many can i create, cap value for account, are we close to the max, near the ceiling, headroom left before hitting it',
    example: 'what is the current max number of elastic ips allowed in this account',
  },
  {
    op: 'service-quotas:ListServiceQuotas',
    asked: 'all limits for a service, account caps, what maximums apply, usage against limits',
    example: 'show every limit that applies to lambda in this account',
  },
  {
    op: 'service-quotas:ListRequestedServiceQuotaChangeHistory',
    asked:
      'was our request for more approved, limit increase request status, raise approved yet, pending limit tickets, vcpu limit request history',
    example: 'was our request for more vcpus approved yet',
  },
  {
    op: 'service-quotas:GetAWSDefaultServiceQuota',
    asked: 'out of the box limit, standard cap before any increase, what is the normal maximum',
    example: 'what is the out of the box cap on vpcs per region',
  },
  {
    op: 'resourcegroupstaggingapi:GetResources',
    asked:
      'find everything tagged with a key, all resources of a project or team, search by label, what belongs to cost center, untagged inventory, tagged resources of several services in one list, functions and databases and queues carrying a tag',
    example: 'find everything labelled project=atlas across services',
  },
  {
    op: 'resourcegroupstaggingapi:TagResources',
    asked:
      'add a tag to many arns in one go, bulk tagging, label many resources at once, owner or cost center tags on a list of arns, single call across different services',
    example: 'add owner=data-team to these twenty arns in one go',
  },
  {
    op: 'resourcegroupstaggingapi:UntagResources',
    asked: 'strip labels from many resources at once, bulk remove a key, delete old labels',
    example: 'strip the old env label from a batch of arns',
  },
  {
    op: 'resourcegroupstaggingapi:GetTagKeys',
    asked: 'which tag or label names are in use, all tag keys in a region, naming convention audit',
    example: 'which tag names do we use in this region',
  },
  {
    op: 'resourcegroupstaggingapi:GetComplianceSummary',
    asked:
      'missing required tags or labels, resources without a cost-center tag, tag policy compliance counts, noncompliant tagging',
    example: 'how many resources are missing the required cost-center label',
  },
  {
    op: 'resource-explorer-2:Search',
    asked:
      'where is anything named x, find a resource by name or tag in any region, everything tagged no matter which region, which region is it in, global search of all resources, lookup arn by keyword, search across regions, search for buckets and functions across all regions by name',
    example: 'where is anything named payments-queue in any region',
  },
  {
    op: 'resource-explorer-2:CreateIndex',
    asked:
      'turn on resource search, enable global searching of inventory in account, set up aggregator index region, turn on cross-region resource search for the account',
    example: 'turn on global inventory searching in this account',
  },
  {
    op: 'resource-groups:CreateGroup',
    asked:
      "group everything tagged x into one collection, make an application group from a tag query, logical group of an app's resources, collect everything with a tag into a group to manage together, resource group from tags",
    example: 'group everything tagged app=checkout into one collection',
  },
  {
    op: 'resource-groups:ListGroupResources',
    asked:
      'members of an application collection, what is inside the group, arns belonging to it, what resources belong to a group, members of a resource group',
    example: 'what is inside the checkout collection',
  },
];
