// Data: concepts (see concepts.ts), second pass over the most used services' documentation:
// settings and features of compute, containers, storage, databases, networking and security
// that the docs describe by their effect (an instance refresh replaces every instance, a data
// key is for envelope encryption). Written from the service descriptions, not from missed
// queries.

import type { Concept } from './concepts.js';

export const DOC_PLATFORM_CONCEPTS: readonly Concept[] = [
  // EC2
  {
    phrases: ['user data', 'startup script', 'boot script', 'script at boot'],
    terms: 'modify instance attribute user data',
    services: ['ec2'],
    why: 'EC2 user data is the script an instance runs when it boots',
    example: ['change the startup script of my instance', 'ec2:ModifyInstanceAttribute'],
  },
  {
    phrases: ['placement group', 'low latency between instances', 'close together'],
    terms: 'placement group',
    services: ['ec2'],
    why: 'a placement group places instances close together for low network latency',
    example: ['create a placement group for low latency between instances', 'ec2:CreatePlacementGroup'],
  },
  {
    phrases: ['dedicated host', 'bring my own license', 'physical server for my licenses'],
    terms: 'allocate hosts',
    services: ['ec2'],
    why: 'an EC2 Dedicated Host is a physical server for your own instances and licenses',
    example: ['get a dedicated host for my windows licenses', 'ec2:AllocateHosts'],
  },
  {
    phrases: ['imdsv2', 'instance metadata', 'metadata service', 'require tokens for metadata'],
    terms: 'instance metadata options',
    services: ['ec2'],
    why: 'the instance metadata service options (IMDSv2 tokens) are set per instance',
    example: ['require imdsv2 on my instance', 'ec2:ModifyInstanceMetadataOptions'],
  },
  {
    phrases: ['windows password', 'administrator password of my instance', 'rdp password'],
    terms: 'get password data',
    services: ['ec2'],
    why: 'the Windows administrator password of an instance is retrieved as its password data',
    example: ['get the rdp password of my windows instance', 'ec2:GetPasswordData'],
  },
  {
    phrases: ['push my ssh key', 'temporary ssh key', 'one-time ssh key'],
    terms: 'send ssh public key',
    services: ['ec2-instance-connect'],
    why: 'EC2 Instance Connect pushes a short-lived SSH public key to an instance',
    example: ['push my ssh key to the instance for a minute', 'ec2-instance-connect:SendSSHPublicKey'],
  },
  {
    phrases: ['instance refresh', 'replace all instances', 'rolling replacement', 'replace every instance'],
    terms: 'start instance refresh',
    services: ['autoscaling'],
    why: 'an Auto Scaling instance refresh replaces the instances of a group in a rolling way',
    example: [
      'replace all instances in my auto scaling group with the new ami',
      'autoscaling:StartInstanceRefresh',
    ],
  },
  {
    phrases: ['scheduled scaling', 'scale up at', 'scale down at night', 'scale on a schedule'],
    terms: 'put scheduled update group action',
    services: ['autoscaling'],
    why: 'scheduled scaling changes a group size at set times',
    example: ['scale down at night and up at 8am', 'autoscaling:PutScheduledUpdateGroupAction'],
  },
  // containers and functions
  {
    phrases: ['kubernetes version', 'upgrade my cluster', 'upgrade the cluster version'],
    terms: 'update cluster version',
    services: ['eks'],
    why: 'an EKS cluster is upgraded by updating its Kubernetes version',
    example: ['upgrade my eks cluster to kubernetes version 1.31', 'eks:UpdateClusterVersion'],
  },
  {
    phrases: ['cluster add-on', 'addon', 'vpc cni', 'coredns', 'kube-proxy'],
    terms: 'addon',
    services: ['eks'],
    why: 'EKS add-ons are the managed operational software of a cluster (VPC CNI, CoreDNS)',
    example: ['install the vpc cni add-on on my cluster', 'eks:CreateAddon'],
  },
  {
    phrases: ['kubectl access', 'access to my cluster', 'aws-auth', 'cluster access for a role'],
    terms: 'access entry',
    services: ['eks'],
    why: 'EKS access entries grant IAM principals access to the Kubernetes API',
    example: ['give the ops role kubectl access to my cluster', 'eks:CreateAccessEntry'],
  },
  {
    phrases: ['clean up old images', 'old images', 'expire untagged images', 'untagged images'],
    terms: 'lifecycle policy',
    services: ['ecr'],
    why: 'an ECR lifecycle policy expires old or untagged images in a repository',
    example: ['clean up old images in my repository automatically', 'ecr:PutLifecyclePolicy'],
  },
  {
    phrases: ['scan my image', 'image scan', 'scan the container image'],
    terms: 'start image scan',
    services: ['ecr'],
    why: 'ECR image scanning finds software vulnerabilities in container images',
    example: ['scan my image for problems', 'ecr:StartImageScan'],
  },
  {
    phrases: ['cold start', 'cold starts', 'keep warm', 'pre-warmed'],
    terms: 'provisioned concurrency config',
    services: ['lambda'],
    why: 'provisioned concurrency keeps function instances initialized, avoiding cold starts',
    example: ['avoid cold starts on my checkout function', 'lambda:PutProvisionedConcurrencyConfig'],
  },
  {
    phrases: ['read from a queue', 'process messages from', 'consume the queue', 'poll the stream'],
    terms: 'create event source mapping',
    services: ['lambda'],
    why: 'an event source mapping makes Lambda poll a queue or stream and invoke the function',
    example: [
      'set up my lambda to process messages from the orders queue',
      'lambda:CreateEventSourceMapping',
    ],
  },
  {
    phrases: ['failed invocations', 'on failure destination', 'failed async events'],
    terms: 'function event invoke config',
    services: ['lambda'],
    why: 'Lambda destinations send the result of failed asynchronous invocations somewhere',
    example: ['send failed invocations of my function to a queue', 'lambda:PutFunctionEventInvokeConfig'],
  },
  // data
  {
    phrases: ['all or nothing', 'transaction', 'atomically', 'several items at once'],
    terms: 'transact write items',
    services: ['dynamodb'],
    why: 'DynamoDB transactions write several items all-or-nothing',
    example: ['write two items atomically in dynamodb', 'dynamodb:TransactWriteItems'],
  },
  {
    phrases: ['every item', 'the whole table', 'all items'],
    terms: 'scan',
    services: ['dynamodb'],
    why: 'a DynamoDB Scan reads every item of a table or index',
    example: ['read every item in the dynamodb table', 'dynamodb:Scan'],
  },
  {
    phrases: ['major version upgrade', 'upgrade postgres', 'upgrade mysql'],
    terms: 'modify db instance engine version',
    services: ['rds'],
    why: 'an RDS engine upgrade is a change of the instance engine version',
    example: ['upgrade postgres to engine version 16 on my db instance', 'rds:ModifyDBInstance'],
  },
  {
    phrases: ['run an operation on every object', 'millions of objects', 'batch operations'],
    terms: 'create job',
    services: ['s3control'],
    why: 'S3 Batch Operations runs one operation over billions of objects as a job',
    example: ['run an operation on every object in the bucket with batch operations', 's3control:CreateJob'],
  },
  {
    phrases: ['multi-region access point', 'one endpoint for buckets in several regions'],
    terms: 'multi region access point',
    services: ['s3control'],
    why: 'a Multi-Region Access Point is one global endpoint over buckets in several regions',
    example: ['create a multi-region access point over my buckets', 's3control:CreateMultiRegionAccessPoint'],
  },
  // networking and delivery
  {
    phrases: ['only cloudfront can read', 'origin access', 'private origin bucket'],
    terms: 'origin access control',
    services: ['cloudfront'],
    why: 'origin access control lets only CloudFront read a private S3 origin',
    example: ['make sure only cloudfront can read my bucket', 'cloudfront:CreateOriginAccessControl'],
  },
  {
    phrases: ['code at the edge', 'edge function', 'rewrite urls at the edge'],
    terms: 'function',
    services: ['cloudfront'],
    why: 'CloudFront Functions run lightweight code at edge locations on each request',
    example: ['run code at the edge to rewrite urls', 'cloudfront:CreateFunction'],
  },
  {
    phrases: ['sticky sessions', 'session affinity', 'deregistration delay', 'connection draining'],
    terms: 'modify target group attributes',
    services: ['elbv2'],
    why: 'stickiness and the deregistration delay are target group attributes',
    example: ['turn on sticky sessions for my target group', 'elbv2:ModifyTargetGroupAttributes'],
  },
  {
    phrases: ['path based routing', 'route /api', 'host based routing', 'listener rule'],
    terms: 'create rule',
    services: ['elbv2'],
    why: 'listener rules route requests by path or host to target groups',
    example: ['set up path based routing on my load balancer', 'elbv2:CreateRule'],
  },
  {
    phrases: ['private dns', 'private zone', 'names inside my vpc'],
    terms: 'create hosted zone',
    services: ['route53'],
    why: 'a private hosted zone answers DNS names only inside associated VPCs',
    example: ['create private dns names inside my vpc', 'route53:CreateHostedZone'],
  },
  {
    phrases: ['envelope encryption', 'data key', 'encrypt large data locally'],
    terms: 'generate data key',
    services: ['kms'],
    why: 'KMS data keys are used for envelope encryption of data outside KMS',
    example: ['get a data key for envelope encryption', 'kms:GenerateDataKey'],
  },
  {
    phrases: ['digital signature', 'sign this message', 'sign with my key'],
    terms: 'sign',
    services: ['kms'],
    why: 'asymmetric KMS keys create and verify digital signatures',
    example: ['make a digital signature of this message with kms', 'kms:Sign'],
  },
];
