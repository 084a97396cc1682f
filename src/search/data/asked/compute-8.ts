// Data: how people ask for operations (see ../asked.ts), compute services: app runner, batch,
// elastic beanstalk and lightsail (the simple-server service).

import type { AskedEntry } from './types.js';

export const ASKED_COMPUTE_8: readonly AskedEntry[] = [
  {
    op: 'apprunner:CreateService',
    asked:
      'deploy a web app from github or a container image without managing servers, heroku like hosting, fully managed https web service, paas, deploy a container image from an ecr repository as a web service without clusters or orchestration to manage',
    example: 'host our node app from github on app runner',
  },
  {
    op: 'apprunner:StartDeployment',
    asked: 'redeploy the latest source or image, manual deploy, push a new release of the app runner site',
    example: 'redeploy my app runner web app from the latest commit now',
  },
  {
    op: 'apprunner:PauseService',
    asked:
      'take the web app offline temporarily, stop paying for idle app runner, suspend traffic, freeze the service overnight, stop it costing money while idle, put the app to sleep, hibernate',
    example: 'take my app runner site offline over the holidays without deleting it',
  },
  {
    op: 'apprunner:ResumeService',
    asked: 'bring a paused web app back online, unpause the app runner site, restart serving traffic',
    example: 'our app runner api was paused for the holidays, get it taking requests again',
  },
  {
    op: 'apprunner:DescribeService',
    asked: 'default url of my app runner app, is the web app running, status and settings, cpu and memory',
    example: 'what address was my app runner api given and is it healthy',
  },
  {
    op: 'apprunner:AssociateCustomDomain',
    asked:
      'use my own domain name for the app runner site, www.example.com on app runner, custom hostname with certificate',
    example: 'serve the app runner service at shop.example.org',
  },
  {
    op: 'batch:SubmitJob',
    asked:
      'run a batch job, queue up a container job, array job of 1000 children, kick off an overnight processing run, send work to the queue, enqueue work, docker container to process files',
    example: 'run a batch array job of 1000 children over s3://raw/2024',
  },
  {
    op: 'batch:DescribeJobs',
    asked:
      'why did my batch job fail, status reason, exit code, log stream name, is it still runnable, stuck in runnable',
    example: 'why is my batch job stuck in runnable and never starts',
  },
  {
    op: 'batch:ListJobs',
    asked:
      'which batch jobs are running or failed, jobs in a queue by status, recent batch runs, how many jobs are waiting or runnable in a job queue, backlog of a queue, jobs still pending',
    example: 'show failed batch jobs in the nightly queue from today',
  },
  {
    op: 'batch:TerminateJob',
    asked: 'kill a running batch job, stop a runaway job, abort the processing run',
    example: 'kill batch job 4c7a-91 that has been running for 10 hours',
  },
  {
    op: 'batch:CancelJob',
    asked: 'cancel a queued batch job before it starts, remove job from the queue',
    example: 'drop batch job 4c7a-91 before it gets picked up',
  },
  {
    op: 'batch:RegisterJobDefinition',
    asked: 'batch job template, container image vcpus memory and command for a job, retry strategy, timeout',
    example: 'define a batch job spec using image etl:2.1 with 4 vcpus and 8 gb',
  },
  {
    op: 'batch:CreateComputeEnvironment',
    asked: 'pool of spot or on demand machines for batch, fargate compute for jobs, max vcpus for batch',
    example: 'let batch use up to 256 vcpus of spot machines',
  },
  {
    op: 'batch:CreateJobQueue',
    asked: 'queue for batch work, priority of queues, which compute pool jobs go to',
    example: 'make a high-priority batch queue that sends work to the spot environment',
  },
  {
    op: 'elasticbeanstalk:CreateApplication',
    asked: 'new beanstalk app, paas app container for versions and environments, eb create app',
    example: 'start a new beanstalk app called shop',
  },
  {
    op: 'elasticbeanstalk:CreateApplicationVersion',
    asked: 'upload a new build to beanstalk, source bundle zip from s3, label a release, eb deploy artifact',
    example: 'register s3://builds/shop-1.4.zip as release v1.4 of beanstalk app shop',
  },
  {
    op: 'elasticbeanstalk:CreateEnvironment',
    asked:
      'launch a beanstalk environment, staging or production stack for the app, web server tier or worker tier, platform like python or node',
    example: 'stand up a prod beanstalk env for shop running python 3.11',
  },
  {
    op: 'elasticbeanstalk:UpdateEnvironment',
    asked:
      'deploy a version to beanstalk, change env vars of the environment, change instance type, roll out release, deploy an application version label to a running environment, release a new build to production',
    example: 'deploy release v1.4 to the shop-prod beanstalk stack',
  },
  {
    op: 'elasticbeanstalk:DescribeEnvironmentHealth',
    asked: 'why is beanstalk red or degraded, health causes, enhanced health, request latency and errors',
    example: 'why is my beanstalk stack shop-prod showing red',
  },
  {
    op: 'elasticbeanstalk:DescribeEvents',
    asked: 'beanstalk event log, what happened during the deploy, errors and warnings of the environment',
    example: 'what went wrong during the last beanstalk deploy of shop-prod',
  },
  {
    op: 'elasticbeanstalk:RestartAppServer',
    asked:
      'restart the app server on all beanstalk machines, bounce the web app process without replacing servers',
    example: 'bounce the web process on every machine of shop-prod without rebuilding',
  },
  {
    op: 'elasticbeanstalk:SwapEnvironmentCNAMEs',
    asked:
      'blue green swap urls, switch traffic to the new beanstalk environment, swap domains, cut over, point the prod url at the new environment, flip production to green',
    example: 'exchange the urls of beanstalk shop-blue and shop-green',
  },
  {
    op: 'elasticbeanstalk:RequestEnvironmentInfo',
    asked:
      'collect beanstalk logs, tail or bundle logs from the machines, gather logs, last lines of logs from every machine, tail the logs of the instances, last lines of the server logs, bundle the full logs',
    example: 'pull the tail logs of beanstalk env shop-prod',
  },
  {
    op: 'elasticbeanstalk:TerminateEnvironment',
    asked:
      'tear down a beanstalk environment, delete the stack and its servers, stop paying for an unused env, remove it completely',
    example: 'tear down the old shop-staging beanstalk stack',
  },
  {
    op: 'lightsail:CreateInstances',
    asked:
      'cheap virtual private server, vps, simple wordpress server, fixed monthly price box, small linux server, one click app',
    example: 'spin up a 5 dollar a month wordpress vps',
  },
  {
    op: 'lightsail:GetInstances',
    asked:
      'list my lightsail servers, vps ip addresses, state of simple servers, what boxes do i have, running or stopped',
    example: 'show my lightsail vps boxes and their public ips',
  },
  {
    op: 'lightsail:StopInstance',
    asked:
      'shut down a lightsail vps, power off the simple server, turn off the box to pause it, stop it for now',
    example: 'power off my wordpress vps for now',
  },
  {
    op: 'lightsail:RebootInstance',
    asked:
      'restart a lightsail vps, bounce the wordpress server, hung or frozen box, reboot the simple server',
    example: 'my lightsail box is hung, bounce it',
  },
  {
    op: 'lightsail:CreateInstanceSnapshot',
    asked: 'back up a lightsail server, image of my vps, save the wordpress box before an update',
    example: 'back up my wordpress vps before upgrading plugins',
  },
  {
    op: 'lightsail:GetBundles',
    asked:
      'lightsail plans and prices, how much ram for 5 dollars, vps sizes, monthly price tiers, what each plan costs',
    example: 'what does each lightsail plan include and cost',
  },
  {
    op: 'lightsail:GetBlueprints',
    asked:
      'which apps or os images can lightsail install, wordpress lamp node ubuntu images, one click apps list',
    example: 'which one-click apps and operating systems can a vps start with',
  },
  {
    op: 'lightsail:AllocateStaticIp',
    asked: 'fixed ip for a vps, ip that survives a restart, permanent public address for lightsail',
    example: 'reserve a fixed public ip for my wordpress vps',
  },
  {
    op: 'lightsail:OpenInstancePublicPorts',
    asked:
      'open a port on the vps firewall, allow 443 to lightsail, let traffic in, inbound https or ssh allowed',
    example: 'allow inbound https to my lightsail vps through its firewall',
  },
  {
    op: 'lightsail:CreateContainerService',
    asked:
      'run a container cheaply with a fixed price, simple container hosting, power and scale of a lightsail container, flat monthly cost, public endpoint for a docker app',
    example: 'cheapest way to host a single docker app on lightsail at a predictable monthly bill',
  },
  {
    op: 'lightsail:GetInstanceAccessDetails',
    asked:
      'ssh credentials for the vps, temporary key to log into the lightsail box, browser ssh, login details, rdp password',
    example: 'give me one-time login credentials for my wordpress lightsail box',
  },
];
