// Data: concepts (see concepts.ts) for issue 16 round 22, the long tail of services asked in the
// words of the people who run them: a call-centre manager's metrics, one-day exceptions to the
// opening hours and listening in on a call; a number never to be texted again; a face "gallery"; a
// translation glossary; a chatbot taught what customers want to do; a connector re-crawled for
// enterprise search; a rugged storage appliance.

import type { Concept } from './concepts.js';

export const R22_TAIL_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'handle time',
      'handling time',
      'average handle time',
      'after call work',
      'after contact work',
      'abandoned calls',
      'calls abandoned',
      'abandon rate',
      'abandonment rate',
      'calls handled',
      'calls answered',
    ],
    terms: 'metric data',
    services: ['connect'],
    why: "a call centre's handle time, abandoned and answered calls are Amazon Connect's historical metrics (GetMetricDataV2), not a bill's usage",
    example: ['what was the abandonment rate of our call centre last week', 'connect:GetMetricDataV2'],
  },
  {
    phrases: [
      'opening times',
      'holiday hours',
      'special hours',
      'close early',
      'closing early',
      'closes early',
      'open late',
      'closed for the holiday',
      'closed on christmas',
    ],
    terms: 'hours of operation override',
    services: ['connect'],
    why: "a call centre's opening times changed for a holiday or one day (closing early, special hours) is an override of its hours of operation, the usual hours kept",
    example: [
      'our hotline closes early on new year’s eve, set special hours',
      'connect:CreateHoursOfOperationOverride',
    ],
  },
  {
    phrases: [
      'listen in',
      'listens in',
      'listening in',
      'barge in',
      'barge into',
      'eavesdrop on',
      'silently monitor',
    ],
    terms: 'monitor contact',
    services: ['connect'],
    why: 'a supervisor listening in on (or barging into) an agent’s live call monitors the contact in Amazon Connect; nothing is transferred',
    example: ['let me barge into the call agent maria is on right now', 'connect:MonitorContact'],
  },
  {
    phrases: [
      // not 'replied stop': "replied STOP but now wants our texts again" opts the number back in
      'never text',
      'never message',
      'never sms',
      'stop texting',
      'no more texts',
      'no more text messages',
    ],
    terms: 'put opted out',
    services: ['pinpoint-sms-voice-v2'],
    why: 'a number never to be texted or messaged again is put on the opted-out numbers; it sends nothing and opts no one in',
    example: ['no more texts to +447700900123 please', 'pinpoint-sms-voice-v2:PutOptedOutNumber'],
  },
  {
    phrases: [
      'face gallery',
      'employee gallery',
      'gallery of faces',
      'known faces',
      'faces on file',
      'faces we have on file',
      'match a face',
      'matches a face',
    ],
    terms: 'search faces collection',
    services: ['rekognition'],
    why: 'matching a face in a photo against a gallery of known faces searches a Rekognition face collection by image, it does not only detect or compare two faces',
    example: ['does the face in this photo match one of the known faces', 'rekognition:SearchFacesByImage'],
  },
  {
    phrases: [
      'glossary',
      'brand names',
      'product names untranslated',
      'left untranslated',
      'stay untranslated',
      'stay untouched',
      'never translated',
      'do not translate',
      'do-not-translate',
    ],
    terms: 'terminology',
    services: ['translate'],
    why: 'words a translation must keep or always render one way (brand names, a glossary) are a custom terminology in Amazon Translate, imported once, not a text translated',
    example: [
      'upload our glossary so product names are always translated the same way',
      'translate:ImportTerminology',
    ],
  },
  {
    phrases: [
      'customers want to do',
      'users want to do',
      'callers want to do',
      'customers ask for',
      'callers ask for',
      'chatbot understand',
      'bot understand',
      'bot to understand',
      'chatbot to understand',
    ],
    terms: 'intent',
    services: ['lexv2-models'],
    why: 'something a chatbot should understand that customers want to do (book a table, check a balance) is an intent of a Lex bot, not an IoT thing',
    example: [
      'add something new customers want to do to our lex bot: track an order',
      'lexv2-models:CreateIntent',
    ],
  },
  {
    phrases: [
      'sharepoint connector',
      'confluence connector',
      'enterprise search',
      'intranet search',
      're-index',
      'reindex',
    ],
    terms: 'data source sync',
    services: ['kendra'],
    why: 'an enterprise search over SharePoint or Confluence reads them through a Kendra data source, and new documents turn up when it syncs (re-crawls) it',
    example: ['re-index the confluence connector of our intranet search', 'kendra:StartDataSourceSyncJob'],
  },
  {
    phrases: [
      'rugged storage appliance',
      'rugged storage appliances',
      // not 'storage appliance' alone: "which on-prem storage appliances are connected" are gateways
      'rugged appliance',
      'rugged appliances',
      'ship the data',
      'ship our data',
    ],
    terms: 'create job',
    services: ['snowball'],
    why: 'a rugged storage appliance AWS ships to carry data into S3 offline is a Snowball job (one of the Snow family)',
    example: ['get a storage appliance sent to the lab to move 50 tb into s3', 'snowball:CreateJob'],
  },
  {
    phrases: ['codec', 'frame rate', 'framerate', 'bitrate', 'bit rate', 'video metadata', 'media metadata'],
    terms: 'probe',
    services: ['mediaconvert'],
    why: 'what codec, frame rate or bitrate a video file has is read by probing it with MediaConvert (Probe), not by a transcoding job',
    example: ['what codec is this video in', 'mediaconvert:Probe'],
  },
];
