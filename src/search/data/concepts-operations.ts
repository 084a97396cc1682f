// Data: concepts (see concepts.ts) for compute, networking, delivery and day-to-day operations
// that people name by their effect ("spare capacity", "what it printed while booting").

import type { Concept } from './concepts.js';

export const OPERATIONS_CONCEPTS: readonly Concept[] = [
  // compute
  {
    phrases: ['spare capacity', 'spot', 'bid for', 'cheap instances'],
    terms: 'request spot instances',
    services: ['ec2'],
    why: 'spare EC2 capacity at a discount is Spot',
    example: ['get some cheap spot instances for the batch run', 'ec2:RequestSpotInstances'],
  },
  {
    phrases: ['hold capacity', 'reserve capacity', 'guaranteed capacity', 'capacity for'],
    terms: 'create capacity reservation',
    services: ['ec2'],
    why: 'keeping instance capacity in a zone for later is an On-Demand Capacity Reservation',
    example: ['reserve capacity for 4 c5.xlarge in us-east-1a', 'ec2:CreateCapacityReservation'],
  },
  {
    phrases: ['while booting', 'boot log', 'console output', 'serial console', 'printed'],
    terms: 'get console output',
    services: ['ec2'],
    why: 'what an instance wrote to its console during boot is its console output',
    example: ['show the boot log of my instance', 'ec2:GetConsoleOutput'],
  },
  {
    // "serverless spark" names the product, whose application may be made or run (concepts-r17-para-tail.ts)
    phrases: ['without a cluster', 'no cluster'],
    terms: 'start job run',
    services: ['emr-serverless'],
    why: 'Spark or Hive jobs without managing a cluster are EMR Serverless',
    example: ['run my spark script with no cluster to manage', 'emr-serverless:StartJobRun'],
  },
  {
    phrases: ['batch queue', 'batch job', 'in the batch'],
    terms: 'submit job',
    services: ['batch'],
    why: 'work put on an AWS Batch queue is a submitted job',
    example: ['queue a batch job to render the video', 'batch:SubmitJob'],
  },
  {
    phrases: ['from running at all', 'stop my function', 'reserved concurrency', 'throttle my function'],
    terms: 'put function concurrency',
    services: ['lambda'],
    why: 'reserved concurrency of zero stops a function from running; any value caps it',
    example: ['cap my function at 5 concurrent runs', 'lambda:PutFunctionConcurrency'],
  },
  {
    phrases: ['grow automatically', 'scale automatically', 'autoscale', 'auto scaling for'],
    terms: 'register scalable target scaling policy',
    services: ['application-autoscaling'],
    why: 'automatic scaling of tables, ECS services and other non-EC2 resources is Application Auto Scaling',
    example: [
      'autoscale the write capacity of my dynamodb table',
      'application-autoscaling:RegisterScalableTarget',
    ],
  },
  // networking and apis
  {
    phrases: ['vpn users', 'client vpn', 'remote workers', 'vpn access'],
    terms: 'authorize client vpn ingress',
    services: ['ec2'],
    why: 'users connecting with a VPN client are Client VPN endpoints and their authorization rules',
    example: ['give the remote workers vpn access to the vpc', 'ec2:AuthorizeClientVpnIngress'],
  },
  {
    phrases: ['requests per second', 'throttle my api', 'rate limit'],
    terms: 'create usage plan',
    services: ['apigateway'],
    why: 'per-customer throttling and quotas of a REST API are API Gateway usage plans',
    example: ['rate limit each api customer', 'apigateway:CreateUsagePlan'],
  },
  {
    phrases: ['forward events', 'route events', 'events from my bus', 'send events to'],
    terms: 'put targets',
    services: ['events'],
    why: 'where an EventBridge rule sends its events are its targets',
    example: ['route events from the bus to a lambda', 'events:PutTargets'],
  },
  // delivery and operations
  {
    phrases: ['stage failed', 'which stage', 'pipeline stuck'],
    terms: 'get pipeline state',
    services: ['codepipeline'],
    why: 'the status of each stage of a pipeline is its pipeline state',
    example: ['where is my pipeline stuck', 'codepipeline:GetPipelineState'],
  },
  {
    phrases: ['through the pipeline', 'release again', 'run the pipeline'],
    terms: 'start pipeline execution',
    services: ['codepipeline'],
    why: 'running a release through CodePipeline again is a new pipeline execution',
    example: ['run the pipeline for the api service', 'codepipeline:StartPipelineExecution'],
  },
  {
    phrases: ['reporting to systems manager', 'managed instances', 'ssm agent'],
    terms: 'describe instance information',
    services: ['ssm'],
    why: 'which instances the SSM agent reports from is their instance information',
    example: ['is the ssm agent online on my servers', 'ssm:DescribeInstanceInformation'],
  },
  {
    phrases: ['unhealthy', 'health checks failing', 'failing health checks'],
    terms: 'health',
    why: 'whether something is unhealthy is read from a *Health or *HealthStatus operation',
    example: ['which targets are unhealthy behind my load balancer', 'elbv2:DescribeTargetHealth'],
  },
  {
    phrases: ['domain about to expire', 'renew my domain', 'register a domain', 'domain registration'],
    terms: 'domain detail',
    services: ['route53domains'],
    why: 'registered domain names (expiry, renewal, transfer) are Route 53 Domains',
    example: ['when does my domain registration expire', 'route53domains:GetDomainDetail'],
  },
  {
    phrases: ['last backup', 'latest backup', 'recent backups'],
    terms: 'describe snapshots recovery points',
    why: 'when something was last backed up is read from its snapshots or recovery points',
    example: ['when was the latest backup of my rds database', 'rds:DescribeDBSnapshots'],
  },
];
