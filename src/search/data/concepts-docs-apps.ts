// Data: concepts (see concepts.ts), second pass over the most used services' documentation:
// operations, messaging, developer tools, machine learning and application services, in the
// words their docs use for what a feature does (a stack set deploys to many accounts, an
// account assignment gives a group access to an account). Written from the service
// descriptions, not from missed queries.

import type { Concept } from './concepts.js';

export const DOC_APPS_CONCEPTS: readonly Concept[] = [
  // operations
  {
    phrases: ['deploy to many accounts', 'many accounts and regions'],
    terms: 'create stack set',
    services: ['cloudformation'],
    why: 'a CloudFormation StackSet deploys one template to many accounts and regions',
    example: ['deploy this template to many accounts and regions', 'cloudformation:CreateStackSet'],
  },
  {
    phrases: ['stack outputs', 'outputs of my stack', 'output values'],
    terms: 'describe stacks outputs',
    services: ['cloudformation'],
    why: 'stack outputs are returned with the stack description',
    example: ['show the outputs of my stack', 'cloudformation:DescribeStacks'],
  },
  {
    phrases: ['why did my stack fail', 'stack events', 'rollback reason'],
    terms: 'describe stack events',
    services: ['cloudformation'],
    why: 'the reason a stack operation failed is in its stack events',
    example: ['why did my stack fail to create', 'cloudformation:DescribeStackEvents'],
  },
  {
    phrases: ['custom metric', 'my own metric', 'publish a metric'],
    terms: 'put metric data',
    services: ['cloudwatch'],
    why: 'custom metrics are published to CloudWatch with PutMetricData',
    example: ['publish a custom metric for orders per minute', 'cloudwatch:PutMetricData'],
  },
  {
    phrases: ['anomaly detection', 'expected band', 'unusual values'],
    terms: 'put anomaly detector',
    services: ['cloudwatch'],
    why: 'CloudWatch anomaly detection learns the expected band of a metric',
    example: ['turn on anomaly detection for my latency metric', 'cloudwatch:PutAnomalyDetector'],
  },
  {
    phrases: ['export logs to s3', 'logs into a bucket', 'archive my logs'],
    terms: 'create export task',
    services: ['logs'],
    why: 'a CloudWatch Logs export task copies log data to an S3 bucket',
    example: ['export logs to s3 for last month', 'logs:CreateExportTask'],
  },
  {
    phrases: ['replay events', 'archive events', 'events again from the archive'],
    terms: 'start replay',
    services: ['events'],
    why: 'EventBridge archives keep events so they can be replayed to a bus',
    example: ['replay events from yesterday to my bus', 'events:StartReplay'],
  },
  {
    phrases: ['which step failed', 'execution history', 'what happened in my workflow run'],
    terms: 'get execution history',
    services: ['stepfunctions'],
    why: 'the event history of a Step Functions execution shows each step and its failure',
    example: ['which step failed in my state machine execution', 'stepfunctions:GetExecutionHistory'],
  },
  {
    phrases: ['port forwarding', 'tunnel to my database', 'forward a port'],
    terms: 'start session',
    services: ['ssm'],
    why: 'Session Manager port forwarding tunnels a local port through a managed instance',
    example: ['open a tunnel to my database through an instance with port forwarding', 'ssm:StartSession'],
  },
  {
    phrases: ['state manager', 'keep instances configured', 'desired state'],
    terms: 'create association',
    services: ['ssm'],
    why: 'a State Manager association keeps managed nodes in a defined state',
    example: [
      'keep instances configured with the cloudwatch agent using state manager',
      'ssm:CreateAssociation',
    ],
  },
  {
    phrases: ['forecast my bill', 'end of month bill', 'expected spend', 'bill at the end of the month'],
    terms: 'get cost forecast',
    services: ['ce'],
    why: 'Cost Explorer forecasts spend for a future period',
    example: ['forecast my bill for the end of the month', 'ce:GetCostForecast'],
  },
  {
    phrases: ['organizational unit', 'ou', 'move an account into'],
    terms: 'organizational unit',
    services: ['organizations'],
    why: 'accounts of an organization are grouped in organizational units (OUs)',
    example: [
      'create an organizational unit for the sandbox accounts',
      'organizations:CreateOrganizationalUnit',
    ],
  },
  {
    phrases: ['access to an account for a group', 'assign a permission set', 'give a group access to'],
    terms: 'create account assignment',
    services: ['sso-admin'],
    why: 'IAM Identity Center account assignments give users or groups a permission set in an account',
    example: [
      'assign a permission set to the developers group in the staging account',
      'sso-admin:CreateAccountAssignment',
    ],
  },
  {
    phrases: ['users of my app', 'app user', 'add a user to my app'],
    terms: 'admin create user',
    services: ['cognito-idp'],
    why: 'the end users of an app are users of a Cognito user pool',
    example: ['add a user to my app with a temporary password', 'cognito-idp:AdminCreateUser'],
  },
  // messaging and apps
  {
    phrases: ['fan out', 'fan-out', 'to many queues'],
    terms: 'subscribe',
    services: ['sns'],
    why: 'SNS fan-out delivers one message to many subscribed queues and endpoints',
    example: ['fan out each order event to three queues', 'sns:Subscribe'],
  },
  {
    phrases: ['filter policy', 'only some messages', 'messages that match'],
    terms: 'set subscription attributes filter policy',
    services: ['sns'],
    why: 'a subscription filter policy delivers only matching messages to a subscriber',
    example: ['set a filter policy so the queue only gets some messages', 'sns:SetSubscriptionAttributes'],
  },
  {
    phrases: ['email template', 'templated email', 'personalized emails'],
    terms: 'email template',
    services: ['sesv2'],
    why: 'SES email templates hold the subject and body with replacement tags',
    example: ['create an email template for the welcome mail', 'sesv2:CreateEmailTemplate'],
  },
  {
    phrases: ['connected clients', 'push to a websocket client', 'message to a connection'],
    terms: 'post to connection',
    services: ['apigatewaymanagementapi'],
    why: 'a WebSocket API sends data to a connected client by posting to its connection',
    example: [
      'push a message to connected clients of my websocket api',
      'apigatewaymanagementapi:PostToConnection',
    ],
  },
  {
    phrases: ['send a command to my device', 'message to my device', 'publish to a device'],
    terms: 'publish',
    services: ['iot-data'],
    why: 'devices receive messages published to their MQTT topics through IoT data',
    example: ['send a command to my device over mqtt', 'iot-data:Publish'],
  },
  {
    phrases: ['device certificate', 'certificate for my device', 'keys for a device'],
    terms: 'create keys and certificate',
    services: ['iot'],
    why: 'IoT devices authenticate with an X.509 certificate created by IoT Core',
    example: ['create a device certificate for my thermostat', 'iot:CreateKeysAndCertificate'],
  },
  // developer tools
  {
    phrases: ['manual approval', 'approve the release', 'approve the deployment', 'waiting for approval'],
    terms: 'put approval result',
    services: ['codepipeline'],
    why: 'a manual approval action waits in a pipeline until someone approves or rejects it',
    example: ['approve the release waiting in my pipeline', 'codepipeline:PutApprovalResult'],
  },
  {
    phrases: ['pull request', 'merge request', 'code review request'],
    terms: 'pull request',
    services: ['codecommit'],
    why: 'CodeCommit pull requests propose merging one branch into another',
    example: ['open a pull request from feature into main', 'codecommit:CreatePullRequest'],
  },
  {
    phrases: ['connect github', 'github connection', 'connection to gitlab', 'bitbucket'],
    terms: 'create connection',
    services: ['codestar-connections'],
    why: 'CodeStar Connections link pipelines to GitHub, GitLab or Bitbucket',
    example: ['create a github connection for my pipelines', 'codestar-connections:CreateConnection'],
  },
  {
    phrases: ['grafana'],
    terms: 'workspace',
    services: ['grafana'],
    why: 'Amazon Managed Grafana runs Grafana workspaces',
    example: ['create a grafana workspace', 'grafana:CreateWorkspace'],
  },
  {
    phrases: ['alerts in slack', 'slack channel', 'notifications in slack', 'microsoft teams channel'],
    terms: 'create slack channel configuration',
    services: ['chatbot'],
    why: 'AWS Chatbot delivers notifications to Slack and Teams channels',
    example: ['send alarm notifications to a slack channel', 'chatbot:CreateSlackChannelConfiguration'],
  },
  // machine learning
  {
    phrases: ['hyperparameter tuning', 'tune hyperparameters', 'best hyperparameters'],
    terms: 'hyper parameter tuning job',
    services: ['sagemaker'],
    why: 'SageMaker automatic model tuning runs a hyperparameter tuning job',
    example: ['find the best hyperparameters for my model', 'sagemaker:CreateHyperParameterTuningJob'],
  },
  {
    phrases: ['label my data', 'labeling job', 'human labelers', 'annotate images'],
    terms: 'labeling job',
    services: ['sagemaker'],
    why: 'SageMaker Ground Truth labeling jobs have workers annotate data',
    example: ['label my data with human labelers', 'sagemaker:CreateLabelingJob'],
  },
  {
    phrases: ['celebrities', 'famous people', 'celebrity'],
    terms: 'recognize celebrities',
    services: ['rekognition'],
    why: 'Rekognition recognizes celebrities in images',
    example: ['which famous people are in this photo', 'rekognition:RecognizeCelebrities'],
  },
  {
    phrases: ['id card', 'driver license', "driver's license", 'passport'],
    terms: 'analyze id',
    services: ['textract'],
    why: 'Textract AnalyzeID reads identity documents such as licenses and passports',
    example: ["read the fields of this driver's license", 'textract:AnalyzeID'],
  },
  {
    phrases: ['glossary', 'custom terminology', 'brand names untranslated'],
    terms: 'import terminology',
    services: ['translate'],
    why: 'Translate custom terminology keeps brand names and terms translated your way',
    example: ['upload a glossary so translations keep our product names', 'translate:ImportTerminology'],
  },
  {
    phrases: ['which voices', 'available voices', 'list of voices'],
    terms: 'describe voices',
    services: ['polly'],
    why: 'Polly lists the voices available for speech synthesis',
    example: ['which voices can speak german', 'polly:DescribeVoices'],
  },
  {
    phrases: ['disaster recovery', 'recover my servers in another region', 'failover site'],
    terms: 'start recovery',
    services: ['drs'],
    why: 'Elastic Disaster Recovery launches recovery instances from replicated servers',
    example: ['start disaster recovery for my source servers', 'drs:StartRecovery'],
  },
  {
    phrases: ['game server', 'game servers', 'multiplayer'],
    terms: 'fleet',
    services: ['gamelift'],
    why: 'GameLift hosts multiplayer game servers on fleets',
    example: ['create a fleet of game servers for my multiplayer game', 'gamelift:CreateFleet'],
  },
];
