// Data: how people ask for business-application, messaging and front-end work (see types.ts),
// round 10 of the apps group: pausing a call recording for card details, muting a meeting
// attendee, banning someone from a chat channel, feeding documents to Q Business, the sender
// registrations and opt-outs of SMS, the status of long jobs people wait on.

import type { AskedEntry } from './types.js';

export const ASKED_APPS_R10: readonly AskedEntry[] = [
  {
    op: 'connect:SuspendContactRecording',
    asked:
      'pause the call recording while the caller gives card details, stop taping for a moment, hold the recording during sensitive info, pci pause, mute the recorder mid call',
    example: 'stop recording the call briefly while the customer gives us their credit card number',
  },
  {
    op: 'connect:ResumeContactRecording',
    asked:
      'turn the call recording back on after the card details, continue taping the call, restart the paused recording, unpause recording',
    example: 'resume recording the call now that the card number is captured',
  },
  {
    op: 'pinpoint-sms-voice-v2:DescribeOptedOutNumbers',
    asked:
      'who replied stop to our texts, numbers that unsubscribed from sms, list of opted out phone numbers, is this number blocked from our messages, how many sms unsubscribes',
    example: 'which phone numbers have replied stop to our text messages',
  },
  {
    op: 'pinpoint-sms-voice-v2:DescribeRegistrations',
    asked:
      'has the toll-free verification gone through, is our 10dlc brand or campaign registration approved, sender registration status, why is the registration rejected, pending registrations for texting',
    example: 'is our 10dlc brand registration approved yet',
  },
  {
    op: 'chime-sdk-meetings:UpdateAttendeeCapabilities',
    asked:
      'mute someone in a meeting, turn off a participant camera or video, stop an attendee from sharing their screen, make someone listen only, disable microphone of an attendee',
    example: 'turn off the video of attendee a-77 in our chime meeting',
  },
  {
    op: 'chime-sdk-messaging:CreateChannelBan',
    asked:
      'block a user from a chat channel, ban a spammer or troll from group chat, stop someone posting again, kick and ban a member forever',
    example: 'ban the troll from our app chat channel for good',
  },
  {
    op: 'qbusiness:BatchPutDocument',
    asked:
      'upload files into a q business index, add documents or pdfs for the assistant to answer from, push our handbook into q business, ingest documents directly without a connector',
    example: 'add our employee handbook pdf to the q business index',
  },
  {
    op: 'qconnect:CreateAssistantAssociation',
    asked:
      'attach a knowledge base to the agent assistant, link content to q in connect, give the connect ai assistant our articles, connect the kb to the assistant',
    example: 'link our faq knowledge base to the q in connect assistant',
  },
  {
    op: 'voice-id:DescribeFraudsterRegistrationJob',
    asked:
      'is the fraudster import done, status of the bulk upload of known fraud voices, did loading fraudsters into the watchlist finish, fraudster job failed why',
    example: 'did the voice id fraudster import job finish',
  },
  {
    op: 'voice-id:DescribeSpeakerEnrollmentJob',
    asked:
      'is the caller voiceprint enrollment done, status of bulk speaker enrollment, did enrolling customer voices finish',
    example: 'has the voice id batch enrollment of callers finished',
  },
  {
    op: 'appsync:GetSchemaCreationStatus',
    asked:
      'did the graphql schema upload finish, is the schema update done processing, why did my schema fail to apply, schema still processing',
    example: 'is the new schema for my appsync api done processing',
  },
  {
    op: 'ses:SetIdentityDkimEnabled',
    asked:
      'turn dkim signing on or off for a verified address or domain in classic ses, sign outgoing mail for a domain, email signature by domain',
    example: 'enable dkim for example.com with the ses v1 api',
  },
  {
    op: 'connect:TransferContact',
    asked:
      'move a call to another queue, hand the caller over to another agent, send this chat to a different team, warm transfer a customer, reroute a live contact',
    example: 'hand the caller on contact c-42 over to the billing team',
  },
  {
    op: 'appsync:CreateApiCache',
    asked:
      'turn on caching for a graphql api, make reads faster with a cache, add a cache in front of resolvers, cache responses of queries, cache the responses of a graphql api, response caching, cache ttl of the api',
    example: 'add caching to our appsync api so repeated queries are faster',
  },
];
