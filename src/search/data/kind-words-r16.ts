// Data: everyday words for a kind of thing ("box", "pool", "folder", "drive") and what they mean
// inside one service (round 16, "kinds"). People call a RabbitMQ broker "the rabbitmq box" and an
// EKS node group "the node pool": the kind word alone means an EC2 instance (aws-vocabulary.ts) or
// nothing, so the operation named for the model's noun (RebootBroker, UpdateNodegroupConfig) never
// matches. An entry applies when one of its `signals` (a product, engine or service name) is
// somewhere else in the query; the kind word then reads as the service's noun (`terms`) and favours
// the service, instead of its everyday default. Read by kind-words.ts (with kind-words-r16-2.ts); each example is checked by
// test/integration/search/kind-words-r16.test.ts.

export interface KindReading {
  /** The service whose resource the kind word names (catalog id). */
  readonly service: string;
  /** Words or phrases elsewhere in the query that say the service is meant (lower case). */
  readonly signals: readonly string[];
  /** Words that name a sibling product, where the kind word means something else ("serverless spark"). */
  readonly unless?: readonly string[];
  /** The everyday kind words (one word each; plurals match through stemming). */
  readonly kinds: readonly string[];
  /** The model's noun for that thing, added as index terms. Must not start with an operation verb. */
  readonly terms: string;
  readonly why: string;
  /** A query with a signal and a kind word, and an operation it must rank in the top five. */
  readonly example: readonly [query: string, expected: string];
}

export const HOST_KINDS = ['box', 'server', 'vm', 'machine', 'host'] as const;

export const KIND_READINGS: readonly KindReading[] = [
  {
    service: 'mq',
    signals: ['rabbitmq', 'rabbit', 'activemq', 'amazon mq', 'mq'],
    kinds: [...HOST_KINDS, 'node', 'instance', 'cluster'],
    terms: 'broker',
    why: 'a managed RabbitMQ or ActiveMQ server is a broker in Amazon MQ, not an EC2 instance',
    example: ['restart the activemq server, clients time out', 'mq:RebootBroker'],
  },
  {
    service: 'sagemaker',
    signals: ['jupyter', 'jupyterlab', 'sagemaker notebook'],
    kinds: HOST_KINDS,
    terms: 'notebook instance',
    why: 'the machine a Jupyter notebook runs on in SageMaker is a notebook instance',
    example: ['shut down the jupyter server until monday', 'sagemaker:StopNotebookInstance'],
  },
  {
    service: 'rds',
    signals: ['mysql', 'postgres', 'postgresql', 'mariadb', 'aurora', 'sql server', 'rds'],
    kinds: HOST_KINDS,
    terms: 'db instance',
    why: 'a managed MySQL or Postgres server is an RDS DB instance, not an EC2 instance',
    example: ['reboot the postgres box', 'rds:RebootDBInstance'],
  },
  {
    service: 'mwaa',
    signals: ['airflow', 'mwaa'],
    kinds: [...HOST_KINDS, 'cluster', 'instance', 'setup'],
    terms: 'environment',
    why: 'a managed Airflow installation is an MWAA environment',
    example: ['delete the airflow server we no longer use', 'mwaa:DeleteEnvironment'],
  },
  {
    service: 'cloud9',
    signals: ['cloud9', 'cloud 9'],
    kinds: [...HOST_KINDS, 'ide', 'workspace', 'instance'],
    terms: 'environment',
    why: 'a Cloud9 development machine is an environment in the model',
    example: ['remove my old cloud9 box', 'cloud9:DeleteEnvironment'],
  },
  {
    service: 'ssm',
    signals: ['ssm', 'systems manager', 'fleet manager'],
    kinds: [...HOST_KINDS, 'node'],
    terms: 'instance managed node',
    why: 'a machine Systems Manager manages is a managed node (instance information in the API)',
    example: ['which machines does systems manager know about', 'ssm:DescribeInstanceInformation'],
  },
  {
    service: 'kafka',
    signals: ['kafka', 'msk'],
    kinds: [...HOST_KINDS, 'node', 'instance'],
    terms: 'broker',
    why: 'a Kafka node is a broker in MSK (broker count, broker storage, reboot broker)',
    example: ['reboot one of the kafka nodes in msk', 'kafka:RebootBroker'],
  },
  {
    service: 'elasticache',
    signals: ['redis', 'memcached', 'valkey', 'elasticache'],
    kinds: [...HOST_KINDS, 'instance'],
    terms: 'cache cluster',
    why: 'a managed Redis or Memcached server is an ElastiCache cache cluster',
    example: ['reboot the redis box', 'elasticache:RebootCacheCluster'],
  },
  {
    service: 'elbv2',
    signals: ['alb', 'nlb', 'load balancer', 'balancer', 'lb'],
    unless: ['classic'],
    kinds: ['pool', 'backend'],
    terms: 'target group',
    why: 'the pool of servers behind a load balancer (an Azure "backend pool") is a target group',
    example: ['take a server out of the alb pool', 'elbv2:DeregisterTargets'],
  },
  {
    service: 'eks',
    signals: ['eks', 'kubernetes', 'k8s'],
    kinds: ['pool', 'nodepool'],
    terms: 'nodegroup',
    why: 'GKE and AKS call a group of worker nodes a node pool; EKS calls it a node group',
    example: ['add a gpu node pool to the kubernetes cluster', 'eks:CreateNodegroup'],
  },
  {
    service: 'organizations',
    signals: ['org', 'organization', 'organisation', 'organizations'],
    kinds: ['folder', 'subfolder', 'branch'],
    terms: 'organizational unit',
    why: 'a folder of accounts in an AWS organization (a GCP "folder") is an organizational unit',
    example: ['list the folders in our org', 'organizations:ListOrganizationalUnitsForParent'],
  },
  {
    service: 'efs',
    signals: ['nfs', 'efs'],
    kinds: ['drive', 'volume', 'share', 'disk', 'server', 'filesystem'],
    terms: 'file system',
    why: 'a shared NFS drive or volume on AWS is an EFS file system, not an EBS volume',
    example: ['how full is our nfs drive', 'efs:DescribeFileSystems'],
  },
  {
    service: 'fsx',
    signals: ['fsx', 'lustre', 'ontap', 'openzfs'],
    kinds: ['drive', 'share', 'disk', 'server', 'filesystem'],
    terms: 'file system',
    why: 'a Lustre or ONTAP drive or share is an FSx file system',
    example: ['delete the old lustre drive', 'fsx:DeleteFileSystem'],
  },
  {
    service: 'appstream',
    signals: ['appstream', 'streaming desktop', 'streamed desktop', 'app streaming', 'streamed app'],
    kinds: ['pool', 'farm', 'fleet'],
    terms: 'fleet',
    why: 'the pool of machines that stream desktops or apps to users is an AppStream fleet',
    example: ['start the streaming desktop pool before class', 'appstream:StartFleet'],
  },
  {
    service: 'emr',
    signals: ['hadoop', 'spark', 'hive', 'presto', 'emr'],
    unless: ['serverless', 'glue', 'eks'],
    kinds: ['cluster', ...HOST_KINDS],
    terms: 'job flow',
    why: 'a Hadoop or Spark cluster on EMR is a job flow in the API (RunJobFlow, TerminateJobFlows)',
    example: ['shut down the hadoop cluster', 'emr:TerminateJobFlows'],
  },
  {
    service: 'transfer',
    signals: ['sftp', 'ftp', 'ftps', 'transfer family'],
    kinds: [...HOST_KINDS, 'endpoint', 'site'],
    terms: 'server',
    why: 'a managed SFTP or FTP endpoint is a Transfer Family server, not an EC2 instance',
    example: ['list the users on our sftp endpoint', 'transfer:ListUsers'],
  },
  {
    service: 'docdb',
    signals: ['mongo', 'mongodb', 'documentdb', 'docdb'],
    kinds: [...HOST_KINDS, 'node', 'database'],
    terms: 'db cluster',
    why: 'a managed MongoDB-compatible database is a DocumentDB cluster',
    example: ['create a mongo box for the catalog service', 'docdb:CreateDBCluster'],
  },
  {
    service: 'opensearch',
    signals: ['elasticsearch', 'opensearch', 'kibana'],
    unless: ['serverless'],
    kinds: ['cluster', ...HOST_KINDS],
    terms: 'domain',
    why: 'an Elasticsearch or OpenSearch cluster is a domain in the model',
    example: ['delete the old elasticsearch cluster', 'opensearch:DeleteDomain'],
  },
  {
    service: 'lightsail',
    signals: ['lightsail'],
    kinds: [...HOST_KINDS, 'vps'],
    terms: 'instance',
    why: 'a Lightsail box is a Lightsail instance, not an EC2 one',
    example: ['reboot the lightsail box running the blog', 'lightsail:RebootInstance'],
  },
  {
    service: 'ecs',
    signals: ['ecs'],
    kinds: ['box', 'host', 'machine', 'vm'],
    terms: 'container instance',
    why: 'an EC2 host in an ECS cluster is a container instance in the ECS API',
    example: ['drain the ecs host before patching', 'ecs:UpdateContainerInstancesState'],
  },
  {
    service: 'route53',
    signals: ['dns', 'route53', 'route 53', 'hosted zone', 'txt', 'cname', 'mx', 'aaaa'],
    kinds: ['record', 'entry'],
    terms: 'resource record set',
    why: 'a DNS record or entry is a resource record set in Route 53',
    example: ['remove the old dns entry for ftp.acme.io', 'route53:ChangeResourceRecordSets'],
  },
  {
    service: 'dynamodb',
    signals: ['dynamodb', 'dynamo', 'ddb'],
    kinds: ['row', 'record', 'entry'],
    terms: 'item',
    why: 'a row or record of a DynamoDB table is an item',
    example: ['delete the row for user 42 from dynamo', 'dynamodb:DeleteItem'],
  },
  {
    service: 'workmail',
    signals: ['workmail'],
    kinds: ['mailbox', 'inbox'],
    terms: 'user',
    why: 'a WorkMail mailbox belongs to a WorkMail user (CreateUser, then RegisterToWorkMail)',
    example: ['set up a workmail mailbox for the new hire', 'workmail:CreateUser'],
  },
  {
    service: 'codeartifact',
    signals: ['codeartifact', 'npm', 'pypi', 'maven', 'nuget'],
    kinds: ['feed', 'repo'],
    terms: 'repository',
    why: 'a private npm or PyPI feed is a CodeArtifact repository',
    example: ['create a private npm feed for our libraries', 'codeartifact:CreateRepository'],
  },
  {
    service: 'batch',
    signals: ['batch'],
    kinds: ['farm', 'pool', 'fleet'],
    terms: 'compute environment',
    why: 'the machines AWS Batch runs jobs on are a compute environment',
    example: ['disable the batch farm for the weekend', 'batch:UpdateComputeEnvironment'],
  },
];
