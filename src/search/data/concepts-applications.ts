// Data: concepts (see concepts.ts) for cost, security and sharing and the runtime side of
// services; documents, media, analytics, migration and compute are in concepts-applications-2.ts.

import type { Concept } from './concepts.js';

export const APPLICATION_CONCEPTS: readonly Concept[] = [
  // cost
  {
    phrases: ['spending passes', 'budget alert', 'spend more than', 'dollars', 'over budget'],
    terms: 'create budget',
    services: ['budgets'],
    why: 'a spending threshold with alerts is an AWS Budget',
    example: ['tell me when we are over budget', 'budgets:CreateBudget'],
  },
  {
    phrases: ['per hour', 'cost per', 'on demand price', 'hourly price'],
    terms: 'get products',
    services: ['pricing'],
    why: 'list prices are the Price List API',
    example: ['hourly price of a t3.micro', 'pricing:GetProducts'],
  },
  {
    phrases: ['too big', 'oversized', 'underused', 'over provisioned'],
    terms: 'get ec2 instance recommendations',
    services: ['compute-optimizer'],
    why: 'right-sizing advice is Compute Optimizer',
    example: ['find oversized instances', 'compute-optimizer:GetEC2InstanceRecommendations'],
  },
  // security and sharing
  {
    phrases: ['another account', 'other account', "someone else's account", 'other accounts'],
    terms: 'permission grant share',
    why: 'access for another account is a grant, a permission or a resource share',
    // cross-account use of a KMS key is granted in its key policy (a grant is the other way)
    example: ['let another account decrypt with my kms key', 'kms:PutKeyPolicy'],
  },
  {
    phrases: ['use my subnets', 'share subnets', 'share my subnets', 'resource share'],
    terms: 'create resource share',
    services: ['ram'],
    why: 'sharing resources across accounts is Resource Access Manager',
    example: ['share my subnets with the dev account', 'ram:CreateResourceShare'],
  },
  {
    phrases: ['outside my account', 'external access', 'from outside'],
    terms: 'findings',
    services: ['accessanalyzer'],
    why: 'access from outside the account is what IAM Access Analyzer reports',
    example: ['which buckets allow external access', 'accessanalyzer:ListFindings'],
  },
  {
    phrases: ['suspicious', 'threats', 'compromised'],
    terms: 'findings',
    services: ['guardduty'],
    why: 'suspicious activity is reported as GuardDuty findings',
    example: ['show suspicious activity in my account', 'guardduty:ListFindings'],
  },
  {
    phrases: ['credit card', 'card numbers', 'personal data'],
    terms: 'create classification job',
    services: ['macie2'],
    why: 'finding sensitive data in S3 is a Macie classification job',
    example: ['look for personal data in my buckets', 'macie2:CreateClassificationJob'],
  },
  {
    phrases: ['database password', 'store a password', 'api key safely'],
    terms: 'create secret',
    services: ['secretsmanager'],
    why: 'credentials kept safely are Secrets Manager secrets',
    example: ['keep the database password somewhere safe', 'secretsmanager:CreateSecret'],
  },
  {
    phrases: ['app settings', 'config values', 'configuration values'],
    terms: 'put parameter',
    services: ['ssm'],
    why: 'plain settings outside code are Parameter Store parameters',
    example: ['save my app settings outside the code', 'ssm:PutParameter'],
  },
  {
    phrases: ['feature flag', 'feature flags', 'gradually', 'percent first'],
    terms: 'start deployment',
    services: ['appconfig'],
    why: 'gradual configuration roll-outs are AppConfig deployments',
    example: ['turn on the feature flag for 10 percent first', 'appconfig:StartDeployment'],
  },
  // runtime side of services
  {
    // asking it, not building it: "resync the knowledge base" is bedrock-agent (aws-vocabulary)
    phrases: [
      'from my knowledge base',
      'ask my knowledge base',
      'query my knowledge base',
      'search my knowledge base',
      'with sources',
      'my documents',
      'rag',
    ],
    terms: 'retrieve and generate',
    services: ['bedrock-agent-runtime'],
    why: 'answers grounded in your documents are Bedrock knowledge base retrieval',
    example: ['answer questions from my knowledge base', 'bedrock-agent-runtime:RetrieveAndGenerate'],
  },
  {
    phrases: ['deployed model', 'my model endpoint', 'predictions'],
    terms: 'invoke endpoint',
    services: ['sagemaker-runtime'],
    why: 'using a deployed model is the SageMaker runtime, not its control plane',
    example: ['get predictions from my deployed model', 'sagemaker-runtime:InvokeEndpoint'],
  },
  {
    phrases: ['over http', 'data api', 'aurora serverless', 'sql statement'],
    terms: 'execute statement',
    services: ['rds-data'],
    why: 'SQL over HTTP against Aurora is the RDS Data API',
    example: ['execute a sql statement over http with the data api', 'rds-data:ExecuteStatement'],
  },
  {
    phrases: ['chatbot', 'bot'],
    terms: 'recognize text',
    services: ['lexv2-runtime'],
    why: 'talking to a bot is the Lex V2 runtime',
    example: ['ask my chatbot something', 'lexv2-runtime:RecognizeText'],
  },
  {
    phrases: ['query produced', 'query output', 'query results', 'rows my query'],
    terms: 'get query results',
    why: 'the rows of a finished query are its results',
    example: ['read the output of my athena query', 'athena:GetQueryResults'],
  },
  {
    phrases: ['shadow'],
    terms: 'thing shadow',
    services: ['iot-data'],
    why: "a device's desired and reported state is its IoT shadow",
    example: ['update the shadow of my thermostat', 'iot-data:UpdateThingShadow'],
  },
  {
    phrases: ['sensor reading', 'meter reading', 'temperature reading', 'sensor data', 'measurements'],
    terms: 'records',
    services: ['timestream-write', 'timestream-query'],
    why: 'time-stamped readings are Timestream records (a reading of a sensor or meter, not the verb read): the verb says whether they are written or queried',
    example: ['store sensor data in a time series table', 'timestream-write:WriteRecords'],
  },
  {
    phrases: ['clickstream', 'into the stream', 'event stream'],
    terms: 'put record',
    services: ['kinesis'],
    why: 'events pushed into a stream are Kinesis records',
    example: ['send a clickstream event into kinesis', 'kinesis:PutRecord'],
  },
];
