// Data: how people ask for operations (see ../asked.ts), round 13 of the middle tier of AI,
// communication and media services: the weekly calls that had no everyday words yet, in the
// voices of a contact-centre supervisor, an on-call engineer and a beginner: setting an agent
// offline, why a connector did not sync, how many faces a collection holds.

import type { AskedEntry } from './types.js';

export const ASKED_AIMID_R13: readonly AskedEntry[] = [
  {
    op: 'connect:PutUserStatus',
    asked:
      "set an agent to offline, make an agent available, put an agent on break, change an agent's state, mark the agent away, agent status to lunch, log an agent out of the queue",
    example: 'put agent mlopez on break in our amazon connect contact center',
  },
  {
    op: 'qbusiness:ListDataSourceSyncJobs',
    asked:
      'why did the connector not sync, sync history of a connector, did the sharepoint or confluence crawl run, last sync of the data source, documents failed to index, crawl errors of the assistant',
    example: 'did the confluence connector of our q business app finish crawling last night?',
  },
  {
    op: 'rekognition:DescribeCollection',
    asked:
      'how many faces are in the collection, size of a face collection, face count, which face model version the collection uses, when was the collection created',
    example: 'how many faces does the employees collection hold?',
  },
  {
    op: 'greengrassv2:ListDeployments',
    asked:
      'what did we roll out to the edge devices, rollout history of the gateways, deployments to a thing group, latest edge rollout',
    example: 'show the rollouts we pushed to the factory gateways this month',
  },
  {
    op: 'greengrassv2:CancelDeployment',
    asked: 'call off a rollout to edge devices, abort the gateway rollout, stuck edge deployment',
    example: 'abort the stuck rollout to the factory gateways',
  },
  {
    op: 'greengrassv2:ListEffectiveDeployments',
    asked:
      'which rollouts reached this edge device, did the deployment land on the gateway, deployment status on one core device',
    example: 'did the last rollout actually land on core device gw-factory-3?',
  },
  {
    op: 'ivs:ListStreamKeys',
    asked:
      'stream keys of a channel, which keys can broadcast to the channel, the rtmp key of a channel, stream key for a channel, the key a channel broadcasts with',
    example: 'which stream keys does our ivs channel have?',
  },
  {
    op: 'ivs:DeleteStreamKey',
    asked: 'revoke a leaked stream key, throw away a leaked rtmp key, stop a key from broadcasting',
    example: 'our rtmp key leaked, revoke it on the ivs channel',
  },
  {
    op: 'bedrock-agent:StopIngestionJob',
    asked: 'cancel the knowledge base sync, stop the running ingestion, abort syncing the docs',
    example: 'cancel the knowledge base sync that is still running',
  },
  {
    op: 'bedrock-agent:ListKnowledgeBaseDocuments',
    asked:
      'which documents are in the knowledge base, files the knowledge base indexed, did my pdf get indexed',
    example: 'which of our pdfs made it into the knowledge base?',
  },
  {
    op: 'bedrock:StopModelCustomizationJob',
    asked: 'cancel the fine tuning, abort a fine-tune run, stop training the custom model',
    example: 'cancel the fine tuning run on titan, it is using the wrong data',
  },
  {
    op: 'bedrock:GetProvisionedModelThroughput',
    asked:
      'model units we bought, status of reserved model capacity, commitment term of provisioned throughput',
    example: 'how many model units does our provisioned claude capacity have?',
  },
  {
    op: 'iot-data:DeleteThingShadow',
    asked: "reset a device's digital twin, wipe the stored state of a device, clear a shadow",
    example: "wipe the digital twin state of sensor boiler-7, it's corrupt",
  },
  {
    op: 'iot-data:ListNamedShadowsForThing',
    asked: 'which shadows does a device have, named shadows of a thing, all twins of a device',
    example: 'what named shadows does thing pump-7 have?',
  },
  {
    op: 'healthlake:ListFHIRImportJobs',
    asked:
      'past loads into the fhir store, which patient data imports failed, import history of the health data store',
    example: 'which loads of patient data into our fhir store failed?',
  },
  {
    op: 'entityresolution:ListMatchingJobs',
    asked: 'past record matching runs, history of dedupe runs, which matching runs failed',
    example: 'show the past dedupe runs of our customer matching workflow',
  },
  {
    op: 'chime-sdk-meetings:StopMeetingTranscription',
    asked: 'turn off live captions, stop transcribing the meeting, end captions of the call',
    example: 'turn the live captions off in the ongoing chime call',
  },
  {
    op: 'polly:ListSpeechSynthesisTasks',
    asked: 'long audio jobs we started, which text to speech tasks failed, batch tts history',
    example: 'which of our long text to speech jobs failed this week?',
  },
  {
    op: 'translate:StopTextTranslationJob',
    asked:
      'cancel the bulk translation, abort a batch translation of documents, stop translating the manuals',
    example: 'cancel the bulk translation of the manuals, we sent the wrong files',
  },
];
