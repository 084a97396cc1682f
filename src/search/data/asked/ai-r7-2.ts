// Data: how people ask for operations (see ../asked.ts): live video (ivs, medialive,
// mediapackagev2, mediaconvert), meetings (chime-sdk-meetings), bots and enterprise search (lexv2,
// kendra, qbusiness) and health data (healthlake). Issue 16, round 7.

import type { AskedEntry } from './types.js';

export const ASKED_AI_R7_2: readonly AskedEntry[] = [
  {
    op: 'ivs:StartViewerSessionRevocation',
    asked:
      'kick a viewer out, ban a viewer, revoke playback access, invalidate a playback token, cut off someone watching, block a viewer from watching the stream',
    example: 'ban this viewer from watching our live stream and cut off their playback token',
  },
  {
    op: 'ivs:GetChannel',
    asked:
      'ingest endpoint, playback url, where to point obs, rtmps server address, latency mode, channel details',
    example: 'what is the rtmps ingest server and playback url of my ivs channel',
  },
  {
    op: 'ivs:ListChannels',
    asked: 'all live streaming channels, which broadcast channels exist, every ivs channel in the account',
    example: 'show every ivs live channel we have',
  },
  {
    op: 'ivs:CreateStreamKey',
    asked: 'new secret for obs, rotate the broadcast secret, new key for the streamer after a leak',
    example: 'our ivs streaming secret leaked, issue a new one for the channel',
  },
  {
    op: 'ivs:GetStreamSession',
    asked:
      'why did the broadcast drop, ingest health of a past broadcast, bitrate and errors of a live session, stream events timeline',
    example: 'why did last night ivs broadcast drop, show its ingest health and events',
  },
  {
    op: 'medialive:ListChannels',
    asked: 'which live encoders exist, every live video channel, which encoders are running or idle',
    example: 'which medialive encoders do we have and which are running',
  },
  {
    op: 'medialive:DescribeInput',
    asked: 'rtmp push endpoint address, where the encoder feed comes in, input urls, is the source attached',
    example: 'what rtmp push address does our medialive source use',
  },
  {
    op: 'medialive:DeleteChannel',
    asked:
      'remove the live encoder, tear down the broadcast pipeline after the event, stop paying for an unused encoder',
    example: 'tear down the keynote live encoder now the event is over',
  },
  {
    op: 'mediapackagev2:GetHarvestJob',
    asked:
      'has the recording extract finished, progress of the extract, did it fail, completion status, is the clip file there yet',
    example: 'has the mediapackage recording extract of the keynote finished',
  },
  {
    op: 'mediapackagev2:ListOriginEndpoints',
    asked: 'playback urls of the packager, hls and dash outputs, which manifests a live channel serves',
    example: 'which hls and dash playback outputs does our mediapackage channel serve',
  },
  {
    op: 'mediaconvert:SearchJobs',
    asked: 'find transcoding jobs by input file, which renders failed today, look up encodes of a video',
    example: 'find the transcoding runs for input s3://raw/intro.mov',
  },
  {
    op: 'mediaconvert:ListPresets',
    asked: 'which output encoding settings exist, saved renditions, bitrate and codec profiles we can reuse',
    example: 'which saved output encoding settings do we have in mediaconvert',
  },
  {
    op: 'chime-sdk-meetings:ListAttendees',
    asked:
      'who joined, who is in the call, participants, everyone on the call, people in the video call, how many people joined',
    example: 'show everyone who joined the chime video call',
  },
  {
    op: 'chime-sdk-meetings:GetMeeting',
    asked: 'media region, join urls of a call, is the call still running, media placement of a call',
    example: 'is the chime sdk call 5d3f still running and what region is it in',
  },
  {
    op: 'chime-sdk-meetings:DeleteAttendee',
    asked:
      'remove someone from the call, kick a participant, drop a user from the video call, revoke join token',
    example: 'kick participant bob out of the chime video call',
  },
  {
    op: 'chime-sdk-meetings:CreateMeetingWithAttendees',
    asked:
      'start a call and add people at once, video call with participants in one step, join tokens for everyone',
    example: 'start a chime video call and get join tokens for three users in one go',
  },
  {
    op: 'lexv2-models:BuildBotLocale',
    asked:
      'rebuild the chatbot, compile the bot after changes, train the language model of the bot, apply new intents before testing',
    example: 'rebuild the lex chatbot so the new intents take effect',
  },
  {
    op: 'lexv2-models:DescribeBotLocale',
    asked:
      'has the build finished, build status of a language, is the chatbot ready to test, why did the build fail',
    example: 'has the english build of our lex chatbot finished',
  },
  {
    op: 'lexv2-models:ListBots',
    asked: 'which chatbots exist, all lex chatbots in the account, voice and chat assistants we built',
    example: 'which lex chatbots do we have',
  },
  {
    op: 'lexv2-models:UpdateIntent',
    asked: 'add sample phrases, change the utterances of an intent, edit fulfillment, new training phrases',
    example: 'add more sample phrases to the OrderPizza intent in lex',
  },
  {
    op: 'lexv2-runtime:PutSession',
    asked:
      'set session attributes, preset context for the chatbot, jump the conversation to an intent, inject state',
    example: 'preset the customer id in the lex chatbot conversation state',
  },
  {
    op: 'kendra:ListDataSourceSyncJobs',
    asked:
      'has the sync finished, crawl history, how many documents failed, documents added modified deleted, last crawl run, errors of the last crawl',
    example: 'did last night kendra crawl finish and how many documents failed',
  },
  {
    op: 'kendra:DescribeIndex',
    asked:
      'is the search index ready, how many documents are indexed, capacity units, index status and edition',
    example: 'is our kendra search index active and how many documents does it hold',
  },
  {
    op: 'kendra:BatchDeleteDocument',
    asked:
      'remove pages from search results, drop documents from the index, unpublish files, purge stale content',
    example: 'remove these stale pages from our kendra search',
  },
  {
    op: 'qbusiness:ListMessages',
    asked: 'chat history, what the user asked the assistant, transcript of a conversation, previous answers',
    example: 'show the chat history of conversation c-77 in our q business assistant',
  },
  {
    op: 'qbusiness:StartDataSourceSyncJob',
    asked:
      'crawl again, pick up new documents, refresh the assistant content, resync sharepoint or confluence',
    example: 'make our q business assistant pick up the new sharepoint pages',
  },
  {
    op: 'qbusiness:ListApplications',
    asked: 'which ai assistants exist, every q business app, enterprise chat assistants in the account',
    example: 'which q business assistants do we have',
  },
  {
    op: 'healthlake:DescribeFHIRImportJob',
    asked:
      'has the patient data load finished, status of the bulk fhir load, failed records, ingest progress',
    example: 'has the bulk load of patient records into healthlake finished',
  },
  {
    op: 'healthlake:StartFHIRExportJob',
    asked:
      'dump patient records to s3, bulk export clinical data, copy fhir resources out, extract ehr data for analytics',
    example: 'dump all patient records from healthlake to our bucket for analytics',
  },
  {
    op: 'healthlake:ListFHIRDatastores',
    asked: 'which patient record stores exist, all fhir servers in the account, clinical data stores',
    example: 'which fhir patient record stores do we have',
  },
];
