// Data: how people ask for operations (see ../asked.ts), round 7 of the operations group, part 2:
// AWS Health, service level goals, real user monitoring, feature flags, package registries,
// deploy targets, advisor findings, commitments, Cloud Control, Performance Insights.

import type { AskedEntry } from './types.js';

export const ASKED_OBSERVABILITY_R7_2: readonly AskedEntry[] = [
  {
    op: 'health:DescribeAffectedAccountsForOrganization',
    asked:
      'which of our accounts are hit by an aws issue, member accounts impacted by an outage, which teams accounts are affected',
    example: 'which member accounts in our org are impacted by the ec2 outage',
  },
  {
    op: 'health:DescribeEventTypes',
    asked:
      'kinds of aws notifications, categories of health alerts, scheduled maintenance types, issue codes we could be told about',
    example: 'what categories of aws health notifications exist for rds',
  },
  {
    op: 'application-signals:GetServiceLevelObjective',
    asked:
      'is the slo met, target and attainment of a reliability goal, availability goal settings, latency threshold of an objective',
    example: 'what is the target and attainment of the checkout availability slo',
  },
  {
    op: 'application-signals:ListServiceLevelObjectives',
    asked: 'all slos we track, reliability goals defined, availability and latency targets across services',
    example: 'list all the slos we have defined',
  },
  {
    op: 'application-signals:ListServiceDependencies',
    asked:
      'what does this service call downstream, which services does it depend on, outbound calls, dependency latency and errors, which services does a service call, downstream calls of a service',
    example: 'which downstream services does the checkout service call',
  },
  {
    op: 'rum:ListAppMonitors',
    asked:
      'which websites are watched, front-end monitors set up, browser telemetry collectors for our sites, web vitals collectors, which web apps do we collect real user monitoring for',
    example: 'which websites have real user monitoring set up',
  },
  {
    op: 'appconfig:ListDeployments',
    asked:
      'rollout history of feature flags, past config pushes, which flag version went out when, previous releases of settings',
    example: 'show the rollout history of feature flags in production',
  },
  {
    op: 'appconfig:GetDeployment',
    asked:
      'is the flag rollout finished, progress of a config push, percentage rolled out, did the settings change bake, rolled back, which config version is live or deployed in an environment right now',
    example: 'how far along is the feature flag rollout to prod, is it done',
  },
  {
    op: 'appconfig:ValidateConfiguration',
    asked:
      'check flags json against the schema before pushing, lint settings, run the validators, catch bad config early, is a configuration profile valid before we deploy it, validate flags',
    example: 'check the feature flag json against its schema before rolling it out',
  },
  {
    op: 'codeartifact:ListPackages',
    asked:
      'what libraries are in our internal registry, modules we host, maven artifacts stored, internal libraries',
    example: 'which npm libraries are stored in our private codeartifact registry',
  },
  {
    op: 'codeartifact:GetRepositoryEndpoint',
    asked:
      'registry url for npm or pip, where to point npm config, maven url of our repo, index url for twine or pip',
    example: 'what url do i put in .npmrc for our codeartifact registry',
  },
  {
    op: 'codeartifact:DeletePackageVersions',
    asked:
      'remove a bad release of a library, yank a version from the registry, purge a broken build of a module',
    example: 'yank version 2.3.1 of our internal npm library from the registry',
  },
  {
    op: 'codeartifact:CopyPackageVersions',
    asked:
      'promote a library release from the staging repo to the prod repo, move a vetted module between registries',
    example: 'promote version 1.4.0 of the auth library from the staging repo to the release repo',
  },
  {
    op: 'codedeploy:GetDeploymentTarget',
    asked:
      'why did the deploy fail on one host, lifecycle hook results for an instance, which event failed on this box, per server outcome',
    example: 'why did the rollout fail on instance i-0abc123, which hook broke',
  },
  {
    op: 'trustedadvisor:GetRecommendation',
    asked:
      'details of one advisor finding, why is this check failing, suggested fix, affected resource count and savings',
    example: 'why is the trusted advisor finding for idle load balancers failing',
  },
  {
    op: 'trustedadvisor:UpdateRecommendationLifecycle',
    asked: 'dismiss an advisor finding, mark a check as resolved or in progress, acknowledge a warning',
    example: 'mark the trusted advisor finding about open security groups as resolved',
  },
  {
    op: 'cost-optimization-hub:GetRecommendation',
    asked:
      'details of a savings opportunity, estimated monthly savings for one resource, how to cut cost of this item',
    example: 'how much would we save with the cost optimization hub finding for this instance',
  },
  {
    op: 'savingsplans:DescribeSavingsPlansOfferings',
    asked:
      'which commitment plans can we buy, one or three year terms available, no upfront or all upfront options',
    example: 'what 3 year no upfront savings plans can we buy',
  },
  {
    op: 'savingsplans:ReturnSavingsPlan',
    asked: 'undo a commitment purchase, refund a plan bought by mistake, cancel a recently bought commitment',
    example: 'we bought the wrong savings plan yesterday, undo it',
  },
  {
    op: 'cloudcontrol:GetResourceRequestStatus',
    asked:
      'did the generic create finish, progress of a cloud control request, is the resource change still in progress, failure reason',
    example: 'has my cloud control create request finished or failed',
  },
  {
    op: 'pi:GetDimensionKeyDetails',
    asked:
      'full text of a sql statement, see the whole query text, untruncated sql from performance insights',
    example: 'show the full sql text of the top statement in performance insights',
  },
  {
    op: 'devops-guru:ListAnomaliesForInsight',
    asked: 'unusual behaviour behind a finding, metrics that went abnormal, what looked wrong to the ml',
    example: 'what abnormal metrics did devops guru find for this insight',
  },
];
