// Data: services that *use* what another service configures (its data plane or runtime). A
// query naming the product ("my sagemaker endpoint", "my bedrock agent") names the control
// plane; when its verb is one the runtime's operations start with (invoke, execute, publish),
// the runtime counts as named as well, so calling the thing can outrank configuring it. Each
// entry says why and gives an example query that must find its operation in the top five.

export interface RuntimeService {
  /** Services whose name in a query also names this runtime, when the verb fits it. */
  readonly control: readonly string[];
  readonly why: string;
  readonly example: readonly [query: string, expected: string];
}

export const RUNTIME_SERVICES: Readonly<Record<string, RuntimeService>> = {
  'sagemaker-runtime': {
    control: ['sagemaker'],
    why: 'a deployed model endpoint is called through sagemaker-runtime, configured through sagemaker',
    example: ['invoke my sagemaker endpoint with this payload', 'sagemaker-runtime:InvokeEndpoint'],
  },
  'sagemaker-featurestore-runtime': {
    control: ['sagemaker'],
    why: 'feature records are read and written through the feature store runtime',
    example: ['put a record into my sagemaker feature group', 'sagemaker-featurestore-runtime:PutRecord'],
  },
  'bedrock-runtime': {
    control: ['bedrock'],
    why: 'models are prompted through bedrock-runtime; bedrock manages them',
    example: ['invoke a claude model in bedrock with my prompt', 'bedrock-runtime:InvokeModel'],
  },
  'bedrock-agent-runtime': {
    control: ['bedrock-agent', 'bedrock'],
    why: 'agents and knowledge bases are used through bedrock-agent-runtime, built with bedrock-agent',
    example: ['invoke my bedrock agent with the user question', 'bedrock-agent-runtime:InvokeAgent'],
  },
  'rds-data': {
    control: ['rds'],
    why: 'SQL runs on Aurora through the RDS Data API (rds-data); rds manages the cluster',
    example: ['execute a sql statement against my rds aurora cluster', 'rds-data:ExecuteStatement'],
  },
  'redshift-data': {
    control: ['redshift', 'redshift-serverless'],
    why: 'SQL runs on Redshift through the Redshift Data API; redshift manages the cluster',
    example: ['execute a sql statement on my redshift cluster', 'redshift-data:ExecuteStatement'],
  },
  'lexv2-runtime': {
    control: ['lexv2-models', 'lex-models'],
    why: 'a Lex bot is talked to through lexv2-runtime, built with lexv2-models',
    example: ['recognize text with my lex bot', 'lexv2-runtime:RecognizeText'],
  },
  'personalize-runtime': {
    control: ['personalize'],
    why: 'recommendations are read from personalize-runtime; personalize trains and deploys',
    example: ['get personalize recommendations for user 42', 'personalize-runtime:GetRecommendations'],
  },
  'personalize-events': {
    control: ['personalize'],
    why: 'interaction events are sent to personalize-events, not to the training service',
    example: ['put click events into personalize', 'personalize-events:PutEvents'],
  },
  'iot-data': {
    control: ['iot'],
    why: 'devices publish and read shadows through iot-data; iot manages things and rules',
    example: ['publish a message to an iot topic', 'iot-data:Publish'],
  },
  appconfigdata: {
    control: ['appconfig'],
    why: 'applications read their configuration through appconfigdata; appconfig manages it',
    example: ['get the latest appconfig configuration from my app', 'appconfigdata:GetLatestConfiguration'],
  },
  apigatewaymanagementapi: {
    control: ['apigatewayv2', 'apigateway'],
    why: 'a backend posts to connected WebSocket clients through the management API',
    example: [
      'post a message to a websocket connection of my api gateway',
      'apigatewaymanagementapi:PostToConnection',
    ],
  },
  connectparticipant: {
    control: ['connect'],
    why: 'chat participants send messages through connect-participant, not the admin API',
    example: ['send a chat message as a participant in amazon connect', 'connectparticipant:SendMessage'],
  },
};
