// Data: concepts (see concepts.ts) for the main resources of the compute, storage, database and
// network services, in the plain words each service's own documentation uses to say what the
// resource is ("Amazon EBS provides block storage volumes" -> a hard drive is a volume). Written
// from the service descriptions, not from missed queries; nouns carry no verb, so the query's
// own verb still decides the operation.

import type { Concept } from './concepts.js';

export const DOC_COMPUTE_CONCEPTS: readonly Concept[] = [
  // EC2 and EBS
  {
    phrases: ['machine', 'my machine', 'cloud machine', 'linux machine', 'windows machine'],
    terms: 'instance',
    services: ['ec2'],
    why: 'EC2 documents an instance as a virtual machine (virtual server) in the cloud',
    example: ['reboot my linux machine', 'ec2:RebootInstances'],
  },
  {
    phrases: ['hard drive', 'hard disk', 'storage volume', 'block storage', 'boot disk', 'root disk'],
    terms: 'volume',
    services: ['ec2'],
    why: 'EBS documents its volumes as block storage that an instance uses like a physical hard drive',
    example: ['attach another hard drive to my instance', 'ec2:AttachVolume'],
  },
  {
    phrases: ['disk backup', 'backup of my disk', 'copy of my disk', 'copy of the disk', 'disk copy'],
    terms: 'snapshot',
    services: ['ec2'],
    why: 'EBS snapshots are documented as point-in-time backups of a volume',
    example: ['take a backup of my disk', 'ec2:CreateSnapshot'],
  },
  {
    phrases: ['machine size', 'server size', 'how many cpus', 'vcpus', 'vcpu', 'hardware spec'],
    terms: 'instance type',
    services: ['ec2'],
    why: 'EC2 calls the CPU and memory size of a machine its instance type',
    example: ['how many vcpus does an m5.large have', 'ec2:DescribeInstanceTypes'],
  },
  {
    phrases: ['network card', 'network adapter', 'nic', 'second ip on my instance'],
    terms: 'network interface',
    services: ['ec2'],
    why: 'EC2 documents an elastic network interface as a virtual network card',
    example: ['add a second network card to my instance', 'ec2:AttachNetworkInterface'],
  },
  {
    phrases: ['outbound internet', 'internet from a private subnet', 'nat'],
    terms: 'nat gateway',
    services: ['ec2'],
    why: 'a NAT gateway is how the VPC docs let private subnets reach the internet',
    example: ['give my private subnet outbound internet access', 'ec2:CreateNatGateway'],
  },
  {
    phrases: ['connect two vpcs', 'peer two vpcs', 'peering', 'peer my vpc'],
    terms: 'vpc peering connection',
    services: ['ec2'],
    why: 'a VPC peering connection is the documented link between two VPCs',
    example: ['connect two vpcs so they can talk', 'ec2:CreateVpcPeeringConnection'],
  },
  {
    phrases: ['network traffic log', 'traffic logs', 'ip traffic', 'accepted and rejected traffic'],
    terms: 'flow logs',
    services: ['ec2'],
    why: 'VPC Flow Logs capture information about the IP traffic going to and from interfaces',
    example: ['record the ip traffic of my vpc', 'ec2:CreateFlowLogs'],
  },
  {
    phrases: ['instance template', 'template for new servers', 'launch settings'],
    terms: 'launch template',
    services: ['ec2'],
    why: 'a launch template stores the parameters used to start instances',
    example: ['save a template for new servers with this ami', 'ec2:CreateLaunchTemplate'],
  },
  {
    phrases: ['reserved instance', 'reserved instances', 'discount for committing', 'one year term'],
    terms: 'reserved instances',
    services: ['ec2'],
    why: 'Reserved Instances are EC2 billing discounts for a one- or three-year commitment',
    example: ['which reserved instances do we have', 'ec2:DescribeReservedInstances'],
  },
  {
    phrases: ['golden image', 'bake an image', 'image pipeline', 'build an ami'],
    terms: 'image pipeline',
    services: ['imagebuilder'],
    why: 'EC2 Image Builder automates building and testing machine images',
    example: ['bake a golden image every week', 'imagebuilder:CreateImagePipeline'],
  },
  // containers and platforms
  {
    phrases: [
      'copies of my container',
      'number of containers',
      'replicas',
      'how many tasks',
      'running copies',
    ],
    terms: 'update service desired count',
    services: ['ecs'],
    why: 'an ECS service keeps a specified number of task copies (desiredCount) running',
    example: ['set the api container to 5 replicas', 'ecs:UpdateService'],
  },
  {
    phrases: ['upload my app and let aws run it', 'paas', 'beanstalk', 'platform as a service'],
    terms: 'environment application',
    services: ['elasticbeanstalk'],
    why: 'Elastic Beanstalk deploys an uploaded application into a managed environment',
    example: ['create a beanstalk environment for my node app', 'elasticbeanstalk:CreateEnvironment'],
  },
  {
    phrases: ['web service from a container image', 'run a container from source', 'from source code'],
    terms: 'service',
    services: ['apprunner'],
    why: 'App Runner builds and runs a web service directly from source code or a container image',
    example: ['deploy a web service from a container image with app runner', 'apprunner:CreateService'],
  },
  {
    phrases: [
      'url for my function',
      'https url for my function',
      'public url for my lambda',
      'https address',
      'public address for my function',
    ],
    terms: 'function url config',
    services: ['lambda'],
    why: 'a Lambda function URL is a dedicated HTTPS endpoint for one function',
    example: ['give my lambda a public url', 'lambda:CreateFunctionUrlConfig'],
  },
  {
    phrases: ['code without servers', 'run code without servers', 'cloud function', 'serverless code'],
    terms: 'function',
    services: ['lambda'],
    why: 'Lambda describes itself as running code without provisioning or managing servers',
    example: ['set up code without servers that resizes images', 'lambda:CreateFunction'],
  },
  {
    phrases: ['release of my function', 'freeze this code', 'immutable version'],
    terms: 'publish version',
    services: ['lambda'],
    why: 'a Lambda version is an immutable snapshot of function code and configuration',
    example: ['freeze this code of my function as a release', 'lambda:PublishVersion'],
  },
  // storage
  {
    phrases: ['public access', 'publicly accessible', 'public bucket', 'make it private', 'internet can see'],
    terms: 'put public access block',
    services: ['s3'],
    why: 'S3 Block Public Access settings override policies and ACLs that would make data public',
    example: ['make sure nobody on the internet can see my bucket', 's3:PutPublicAccessBlock'],
  },
  {
    phrases: ['cross origin', 'requests from another domain', 'browser requests from'],
    terms: 'bucket cors',
    services: ['s3'],
    why: 'cross-origin resource sharing lets browser apps on another domain use a bucket',
    example: ['allow browser requests from another domain to my bucket', 's3:PutBucketCors'],
  },
  {
    phrases: [
      'when a file is uploaded',
      'when an object is created',
      'on every upload',
      'new object arrives',
    ],
    terms: 'bucket notification configuration',
    services: ['s3'],
    why: 'S3 event notifications report new and deleted objects to Lambda, SQS or SNS',
    example: [
      'call my lambda when a file is uploaded to the bucket',
      's3:PutBucketNotificationConfiguration',
    ],
  },
  {
    phrases: ['bring back from archive', 'thaw', 'restore from glacier', 'unarchive'],
    terms: 'restore object',
    services: ['s3'],
    why: 'objects in archive storage classes must be restored before they can be read',
    example: ['bring back from archive the file reports/2019.csv', 's3:RestoreObject'],
  },
  {
    phrases: ['write once', 'worm', 'cannot be deleted', 'legal hold', 'retention lock'],
    terms: 'object lock configuration',
    services: ['s3'],
    why: 'S3 Object Lock stores objects write-once-read-many so they cannot be deleted or overwritten',
    example: [
      'make files in this bucket write once so they cannot be deleted',
      's3:PutObjectLockConfiguration',
    ],
  },
  {
    phrases: ['shared file system', 'shared drive', 'network drive', 'mount on many instances'],
    terms: 'file system',
    services: ['efs'],
    why: 'EFS is an elastic NFS file system that many instances mount at once',
    example: ['create a shared drive for my web servers', 'efs:CreateFileSystem'],
  },
  {
    phrases: ['virtual tape', 'tape library', 'tape backup', 'hybrid storage'],
    terms: 'tapes gateway',
    services: ['storagegateway'],
    why: 'Storage Gateway connects on-premises applications to cloud storage, including virtual tapes',
    example: ['create virtual tape for our backup software', 'storagegateway:CreateTapes'],
  },
  {
    phrases: ['backup schedule', 'backup policy', 'backup rules', 'keep backups for'],
    terms: 'backup plan',
    services: ['backup'],
    why: 'an AWS Backup plan is the policy of when to back up and how long to keep it',
    example: ['set up a backup schedule that keeps backups for 35 days', 'backup:CreateBackupPlan'],
  },
];
