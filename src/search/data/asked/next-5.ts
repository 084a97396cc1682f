// Data: how people ask for operations (see ../asked.ts), second tier: CodeBuild, CodePipeline,
// CodeDeploy, Cost Explorer, Budgets and Config.

import type { AskedEntry } from './types.js';

export const ASKED_NEXT_5: readonly AskedEntry[] = [
  {
    op: 'codebuild:BatchGetProjects',
    asked:
      'build project settings, buildspec location, build image, compute type, source repo of a build project, environment variables of a build project',
    example: 'which image and buildspec does codebuild project api-ci use',
  },
  {
    op: 'codebuild:DeleteProject',
    asked: 'remove a build project, get rid of an old ci project, retire build config',
    example: 'remove the codebuild project legacy-ci',
  },
  {
    op: 'codebuild:ListBuilds',
    asked: 'recent builds across all projects, every build id, build history of the account',
    example: 'show the latest codebuild runs across every project',
  },
  {
    op: 'codebuild:InvalidateProjectCache',
    asked:
      'clear build cache, stale dependencies cached, reset s3 or local cache, fresh build without cache, forget cached packages, purge the ci cache, build server keeps using old dependencies',
    example: 'wipe the cached node_modules for codebuild project web-ci',
  },
  {
    op: 'codebuild:ImportSourceCredentials',
    asked:
      'github token for builds, bitbucket app password, personal access token for source, connect ci to github',
    example: 'store our github personal access token so codebuild can pull private repos',
  },
  {
    op: 'codebuild:DescribeTestCases',
    asked: 'which tests failed in the build, unit test results, junit report details, failing test names',
    example:
      'which unit tests failed in report arn:aws:codebuild:us-east-1:111122223333:report/api-tests:abc',
  },
  {
    op: 'codebuild:StartBuildBatch',
    asked: 'batch build, build matrix, parallel builds from one buildspec, fan out builds, build graph',
    example: 'kick off the matrix build for project api-ci across node 18 and 20',
  },
  {
    op: 'codebuild:ListCuratedEnvironmentImages',
    asked: 'available build images, which runtimes are supported, standard image versions, managed images',
    example: 'which managed docker images and runtime versions can codebuild use',
  },
  {
    op: 'codepipeline:GetPipeline',
    asked:
      'pipeline definition, stages and actions, pipeline structure json, artifact store, what runs in each stage',
    example: 'show the stages and actions defined in pipeline web-release',
  },
  {
    op: 'codepipeline:DeletePipeline',
    asked: 'remove a release pipeline, get rid of an old ci cd pipeline, tear down delivery pipeline',
    example: 'remove the old-release ci/cd pipeline',
  },
  {
    op: 'codepipeline:GetPipelineExecution',
    asked:
      'status of one run, which commit triggered the run, did this release succeed, source revisions of a run',
    example: 'which commit did run 3f9a-77 of pipeline web-release deploy, and did it succeed',
  },
  {
    op: 'codepipeline:EnableStageTransition',
    asked: 'unblock promotion to the next stage, let releases flow again, reopen the gate between stages',
    example: 'let changes flow into the prod stage of web-release again',
  },
  {
    op: 'codepipeline:ListActionExecutions',
    asked: 'which action failed, per action run details, logs link of a failed action, action history',
    example: 'which action in run 3f9a-77 of web-release failed and with what error',
  },
  {
    op: 'codedeploy:CreateDeployment',
    asked:
      'deploy a revision, ship a build to servers, in-place deploy to ec2, roll out new version to instances, push app bundle from s3, release to deployment group',
    example: 'push build s3://artifacts/app-1.4.2.zip out to the prod-web servers with codedeploy',
  },
  {
    op: 'codedeploy:CreateApplication',
    asked: 'new deploy app, register app for deployments, ec2 or lambda or ecs compute platform',
    example: 'set up a codedeploy app for our ecs blue/green releases',
  },
  {
    op: 'codedeploy:GetDeploymentGroup',
    asked:
      'deployment group settings, which instances it targets, rollback settings, deployment config used, blue green settings, does it roll back automatically on failure, auto rollback enabled',
    example: 'which tags and rollback settings does deployment group prod-web use',
  },
  {
    op: 'codedeploy:UpdateDeploymentGroup',
    asked:
      'change target instances, roll back automatically on alarm, change deployment config of group, new service role',
    example: 'make codedeploy group prod-web roll back by itself when the 5xx alarm fires',
  },
  {
    op: 'codedeploy:ListDeploymentTargets',
    asked: 'which hosts got the release, per instance deploy status, targets in a deployment, failed hosts',
    example: 'which hosts did release d-ABC123 fail on',
  },
  {
    op: 'codedeploy:CreateDeploymentConfig',
    asked:
      'custom rollout speed, canary percentage, linear 10 percent every minute, minimum healthy hosts, canary or linear rollout settings of codedeploy, n percent of instances or functions per step, how fast a codedeploy rollout moves',
    example: 'define a rollout that shifts 10 percent of traffic every 3 minutes',
  },
  {
    op: 'ce:GetReservationCoverage',
    asked: 'how much usage is covered by reservations, ri coverage, hours running on reserved instances',
    example: 'what part of our rds usage was covered by reservations last month',
  },
  {
    op: 'ce:GetReservationPurchaseRecommendation',
    asked: 'which reserved instances should we buy, ri purchase advice, estimated savings from reservations',
    example: 'which rds reservations should we buy to save money',
  },
  {
    op: 'ce:GetUsageForecast',
    asked: 'predict usage quantity, forecast hours or gb next month, future consumption estimate',
    example: 'how many ec2 hours will we use next month at this rate',
  },
  {
    op: 'ce:ListCostAllocationTags',
    asked: 'which tags are activated for billing, inactive tags, user defined tags in the bill',
    example: 'which of our tags are switched on for billing reports',
  },
  {
    op: 'ce:UpdateCostAllocationTagsStatus',
    asked: 'activate a tag for billing, turn on team tag in cost reports, enable tag for cost breakdown',
    example: 'switch on the team tag so it shows up in billing reports',
  },
  {
    op: 'ce:GetTags',
    asked: 'tag values seen in billing, which projects appear in cost data, values of a tag key in spend',
    example: 'what values of the project tag show up in our spend data',
  },
  {
    op: 'ce:ProvideAnomalyFeedback',
    asked: 'mark anomaly as expected, false positive spend alert, this spike was planned',
    example: 'mark spend anomaly a-123 as a planned spike',
  },
  {
    op: 'budgets:DescribeBudgets',
    asked:
      'which budgets exist, spending limits set, budget amounts, how close to each limit, every budget in the account',
    example: 'list our budgets and how close spend is to each limit',
  },
  {
    op: 'budgets:DescribeBudget',
    asked:
      'one budget details, actual vs limit, forecasted spend against the budget, budget amount, are we over budget, close to going over the budget',
    example: 'how much of the monthly-eng budget have we spent so far',
  },
  {
    op: 'budgets:CreateNotification',
    asked: 'alert at 80 percent of the budget, warn when forecast exceeds, threshold alert on spending',
    example: 'warn us when the monthly-eng budget hits 80 percent',
  },
  {
    op: 'budgets:CreateSubscriber',
    asked: 'add an email to budget alerts, send budget warning to sns topic, who gets notified about spend',
    example: 'also email finance@example.com when the monthly-eng budget warns',
  },
  {
    op: 'budgets:DescribeNotificationsForBudget',
    asked: 'which alerts does the budget have, thresholds set on a budget, alert percentages',
    example: 'at what percentages does the monthly-eng budget alert',
  },
  {
    op: 'config:DescribeConfigurationRecorders',
    asked:
      'recorder settings, which resource types are recorded, recording all resources, recording frequency',
    example: 'which resource types is aws config recording in this account',
  },
  {
    op: 'config:DeleteConfigRule',
    asked: 'remove a compliance rule, stop evaluating a rule, get rid of a config rule',
    example: 'remove the s3-bucket-logging-enabled rule from aws config',
  },
  {
    op: 'config:PutDeliveryChannel',
    asked:
      'where config sends snapshots, s3 bucket for configuration history, sns topic for config changes, snapshot frequency',
    example: 'send aws config history to s3://org-config and notify sns topic config-changes',
  },
  {
    op: 'config:SelectResourceConfig',
    asked:
      'advanced query, sql over config inventory, select where resourcetype, find all resources matching a property',
    example: 'run an aws config advanced query to find every t2.micro instance',
  },
  {
    op: 'config:GetComplianceSummaryByConfigRule',
    asked: 'how many rules are compliant, overall compliance score, count of noncompliant rules',
    example: 'how many aws config rules are passing versus failing overall',
  },
  {
    op: 'config:DescribeConformancePackCompliance',
    asked: 'which rules in the pack fail, compliance of a conformance pack, pack rule results',
    example: 'which rules in our cis pack are failing',
  },
  {
    op: 'config:StartRemediationExecution',
    asked: 'fix noncompliant resources now, run the remediation manually, auto fix these resources',
    example: 'run the fix for the 3 unencrypted buckets flagged by rule s3-encryption',
  },
  {
    op: 'config:PutConfigurationAggregator',
    asked:
      'org wide compliance view, aggregate across accounts and regions, central config view, collect from every account, pull config results of all accounts into one place, multi-account config dashboard, see the compliance of every account together',
    example: 'collect aws config data from every account and region into one central view',
  },
];
