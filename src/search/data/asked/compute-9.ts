// Data: how people ask for operations (see ../asked.ts), compute services: image builder, disk
// backup schedules (dlm), right-sizing advice (compute-optimizer), the serverless app repository,
// and the rest of lambda.

import type { AskedEntry } from './types.js';

export const ASKED_COMPUTE_9: readonly AskedEntry[] = [
  {
    op: 'imagebuilder:CreateImagePipeline',
    asked:
      'automate golden ami builds, rebuild hardened images every week, patched base image on a schedule, image factory, weekly ami build every sunday, nightly image build, cron for image builds, recurring build from a recipe, bake an ami automatically',
    example: 'rebuild our hardened amazon linux golden ami every sunday with the latest patches',
  },
  {
    op: 'imagebuilder:StartImagePipelineExecution',
    asked:
      'run the image build now, trigger a golden ami build manually, kick off the image factory, build a new golden image right away with current patches, run the pipeline outside its schedule',
    example: 'run the golden-ami image builder pipeline now',
  },
  {
    op: 'imagebuilder:CreateImageRecipe',
    asked:
      'base image plus install steps, what goes into the golden ami, list of build components, hardening recipe, image builder recipe',
    example: 'image builder: ubuntu 22.04 base plus the cloudwatch agent and cis benchmark components',
  },
  {
    op: 'imagebuilder:CreateComponent',
    asked:
      'build step yaml, install script for image builds, reusable hardening or test step, document of phases',
    example: 'write a reusable build step that installs nginx and runs a smoke test',
  },
  {
    op: 'imagebuilder:GetImage',
    asked: 'did the golden image build succeed, output ami ids of a build, build status and failure reason',
    example: 'why did last night’s golden ami build fail and what ami did it make',
  },
  {
    op: 'imagebuilder:CreateDistributionConfiguration',
    asked:
      'copy built amis to other regions and accounts, share the golden image, launch permissions for output, after each build, send each new ami to other regions and accounts, distribution settings',
    example: 'image builder should send each new ami to eu-west-1 and account 111122223333',
  },
  {
    op: 'dlm:CreateLifecyclePolicy',
    asked:
      'automatic daily disk backups, schedule ebs snapshots, keep last 7 backups, nightly ami backups, retention of snapshots by tag, data lifecycle manager, snapshots of every tagged volume, nightly volume backups, keep a week of snapshots, snapshot tagged volumes every few hours automatically',
    example: 'snapshot every ebs volume tagged backup=daily at 2am and keep two weeks of them',
  },
  {
    op: 'dlm:GetLifecyclePolicies',
    asked:
      'which automatic backup schedules exist, are disk backups scheduled, enabled backup policies, automatic ebs snapshot schedules, data lifecycle manager policies',
    example: 'which automatic ebs snapshot schedules do we have and are they turned on',
  },
  {
    op: 'dlm:UpdateLifecyclePolicy',
    asked:
      'change backup retention, disable an automated snapshot schedule, change backup time, edit automatic snapshot schedule, retain more nightly snapshots, keep a month instead of a week, pause the automatic snapshot policy, disable a snapshot schedule for a while',
    example: 'policy-0abc should retain a month of nightly ebs snapshots, not a week',
  },
  {
    op: 'compute-optimizer:GetEC2InstanceRecommendations',
    asked:
      'rightsize servers, over provisioned machines, is this vm too big, cheaper instance type suggestion, downsize to save money, oversized, rightsizing recommendations, too large for the load, which type to switch to',
    example: 'which ec2 boxes are oversized for their load and what should they be instead',
  },
  {
    op: 'compute-optimizer:GetEBSVolumeRecommendations',
    asked: 'rightsize disks, switch gp2 to gp3 advice, too many iops, cheaper drive suggestion',
    example: 'are any of our drives paying for more iops than they use',
  },
  {
    op: 'compute-optimizer:GetLambdaFunctionRecommendations',
    asked:
      'rightsize function memory, is my function over provisioned, memory setting advice for lambda, recommended memory size, wasted memory, too much ram for lambdas, ideal memory, functions with more memory than needed, oversized lambdas',
    example: 'are our lambdas given too much ram, what should each be set to',
  },
  {
    op: 'compute-optimizer:GetAutoScalingGroupRecommendations',
    asked:
      'rightsize the asg instance type, better machine type for my group advice, recommended machine type for an asg',
    example: 'is a different machine type recommended for asg web-prod',
  },
  {
    op: 'compute-optimizer:GetIdleRecommendations',
    asked:
      'find unused servers and disks, idle resources wasting money, zombie machines, nothing uses them, delete candidates, savings from unused resources',
    example: 'find idle machines and unattached drives we are paying for',
  },
  {
    op: 'compute-optimizer:UpdateEnrollmentStatus',
    asked:
      'opt in to rightsizing advice, turn on compute optimizer for the account or organization, enroll to get sizing advice',
    example: 'sign our whole organization up for compute optimizer',
  },
  {
    op: 'serverlessrepo:ListApplications',
    asked:
      'browse published serverless apps, find a sam app to deploy, apps i published, catalog of serverless applications',
    example: 'which apps has our account shared in the serverless application repository',
  },
  {
    op: 'serverlessrepo:CreateCloudFormationChangeSet',
    asked: 'deploy a serverless app from the repository, install a published sam app into my account',
    example: 'install the alexa-skills-kit-nodejs-factskill app from the serverless repo',
  },
  {
    op: 'serverlessrepo:CreateApplication',
    asked: 'publish a sam app for others, share a serverless app template, list my app in the catalog',
    example: 'publish our sam template so other teams can deploy it from the catalog',
  },
  {
    op: 'ebs:CompleteSnapshot',
    asked:
      'finish writing a block level backup, seal the snapshot after writing blocks, checksum of written blocks',
    example: 'finalize the block-level backup i just wrote 2048 blocks into',
  },
  {
    op: 'lambda:GetFunctionConcurrency',
    asked: 'how many copies may this function run at once, is concurrency reserved, current throttle cap',
    example: 'is there a cap on how many at a time the db-writer lambda can run',
  },
  {
    op: 'lambda:DeleteFunctionConcurrency',
    asked:
      'remove the concurrency cap, stop throttling a function, unreserve, lift the limit, no cap on parallel runs',
    example: 'lift the cap on the db-writer lambda so it can scale freely',
  },
  {
    op: 'lambda:GetFunctionUrlConfig',
    asked:
      'what is the https address of my function, auth type and cors of a function link, what is the url of a lambda, which link does a function have, does a function have a public url, does the function have an https endpoint',
    example: 'what is the public https address of my webhook lambda',
  },
  {
    op: 'lambda:ListAliases',
    asked:
      'which named pointers exist for a function, prod and staging pointers, which release each points to',
    example: 'which releases do the prod and staging names of payments-fn point to',
  },
  {
    op: 'lambda:GetLayerVersion',
    asked: 'download a shared library package, details of one layer release, compatible runtimes of a layer',
    example: 'download version 3 of our shared python deps package',
  },
  {
    op: 'lambda:PutFunctionRecursionConfig',
    asked:
      'allow intentional loops, recursive invocation detection, switch recursive loop detection between allow and terminate, allow a function to call itself on purpose, turn infinite loop detection off or on, let a lambda invoke itself recursively',
    example: 'let my lambda intentionally call itself through sqs without being stopped',
  },
  {
    op: 'lambda:PutRuntimeManagementConfig',
    asked: 'pin the runtime version, stop automatic runtime patches, roll back a runtime update',
    example: 'stop aws from automatically patching the python runtime of my function',
  },
  {
    op: 'lambda:UpdateFunctionUrlConfig',
    asked: 'change cors or auth of a function link, make the https endpoint require iam',
    example: 'require iam signed requests on my webhook lambda url and allow cors from example.com',
  },
  {
    op: 'ecs:UpdateContainerAgent',
    asked: 'upgrade the ecs agent on a host, old agent version, update the daemon on container hosts',
    example: 'bring the ecs agent on node i-0abc to the latest release',
  },
  {
    op: 'ecs:DescribeServiceDeployments',
    asked:
      'did the rollout succeed, circuit breaker rollback, deployment failed reason, rollout progress, did a rollout of an ecs app roll back and why',
    example: 'did the last rollout of the ecs api service roll back and why',
  },
  {
    op: 'eks:DescribeUpdate',
    asked:
      'progress of a kubernetes upgrade, did the version bump fail, status of a cluster change, has the upgrade finished, is the version upgrade done, still updating, update errors, control plane upgrade still in progress',
    example: 'is the kubernetes upgrade of prod-k8s finished or did it fail',
  },
];
