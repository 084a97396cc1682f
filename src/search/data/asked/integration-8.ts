// Data: how people ask for operations (see ../asked.ts), communication services: texts, calls,
// contact centres, meetings, chat, mailboxes and WhatsApp (pinpoint, pinpoint-sms-voice-v2,
// connect, chime-sdk-meetings, chime-sdk-messaging, workmail, socialmessaging).

import type { AskedEntry } from './types.js';

export const ASKED_INTEGRATION_8: readonly AskedEntry[] = [
  {
    op: 'pinpoint:SendMessages',
    asked:
      'direct message to endpoints, push, sms and email through one call, transactional notification, app users',
    example: 'push a one-off notification to three device endpoints of our pinpoint project',
  },
  {
    op: 'pinpoint:SendOTPMessage',
    asked:
      'one-time password, verification code by sms, 2fa code, login code, otp, one-time sign-in code to a phone',
    example: 'send a one-time verification code by sms to +15551234567 with pinpoint',
  },
  {
    op: 'pinpoint:CreateCampaign',
    asked:
      'marketing blast, scheduled promotion, send to a segment, recurring message, audience outreach, sms promotion to everyone in a segment, text blast to an audience',
    example: 'schedule a pinpoint promotion to our inactive-users segment every friday',
  },
  {
    op: 'pinpoint:CreateSegment',
    asked: 'audience, group of users by attributes, target customers, filter users, cohort',
    example: 'define a pinpoint audience of users who have not opened the app in 30 days',
  },
  {
    op: 'pinpoint:CreateJourney',
    asked: 'multi-step customer flow, onboarding drip, lifecycle messaging, automated sequence, nurture',
    example: 'build a pinpoint onboarding drip that emails then texts new users',
  },
  {
    op: 'pinpoint-sms-voice-v2:SendTextMessage',
    asked:
      'sms, text someone, send a text to a phone, mobile number, short message, end user messaging, text a number from our origination number, sms a verification number to a customer',
    example: 'send an sms to +15551234567 via end user messaging saying their order shipped',
  },
  {
    op: 'pinpoint-sms-voice-v2:SendVoiceMessage',
    asked:
      'phone call with a spoken message, automated phone call, robocall, text to speech call, voice alert, read out',
    example: 'make an automated phone call to +15551234567 that reads out an outage alert',
  },
  {
    op: 'pinpoint-sms-voice-v2:RequestPhoneNumber',
    asked:
      'get a number to send texts from, toll-free, 10dlc, short code, long code, buy a number, origination',
    example: 'get a toll-free origination number for sending sms',
  },
  {
    op: 'pinpoint-sms-voice-v2:DescribeSpendLimits',
    asked: 'monthly sms budget, how much can I spend on texts, spending cap, cost limit, sms quota',
    example: 'what is our monthly budget cap for sending sms and voice',
  },
  {
    op: 'pinpoint-sms-voice-v2:PutOptedOutNumber',
    asked:
      'stop texting a number, add to opt-out list, unsubscribe a phone, do not text, block, never text this person again, they asked us to stop messaging them',
    example: 'add +15551234567 to our sms opt-out list, they replied stop',
  },
  {
    op: 'pinpoint-sms-voice-v2:CreateVerifiedDestinationNumber',
    asked: 'sandbox test phone, verify a phone for testing, allow texting in sandbox, test recipient',
    example: 'add my own phone as a test recipient while our sms account is in the sandbox',
  },
  {
    op: 'pinpoint-sms-voice-v2:CreateRegistration',
    asked:
      '10dlc registration, brand registration, toll-free verification, carrier approval, campaign registration',
    example: 'start 10dlc brand registration so carriers let us send sms',
  },
  {
    op: 'connect:StartOutboundVoiceContact',
    asked:
      'place a phone call, dial a customer, call out, outbound dialing, ring the customer, click to call, ring a customer from a queue, call the customer back from the contact center',
    example: 'dial +15551234567 from our call centre and run the reminder flow',
  },
  {
    op: 'connect:StartChatContact',
    asked: 'start a customer chat, live chat, web chat widget, talk to an agent, begin chat session',
    example: 'start a live chat between a website visitor and our amazon connect agents',
  },
  {
    op: 'connect:CreateInstance',
    asked: 'set up a call centre, contact center, cloud call center, help desk phone line, new instance',
    example: 'set up a cloud call centre for our support team',
  },
  {
    op: 'connect:CreateUser',
    asked: 'add an agent, new call centre agent, onboard a support rep, agent login',
    example: 'add a new support agent named ana to our amazon connect centre',
  },
  {
    op: 'connect:CreateQueue',
    asked: 'call queue, hold queue, waiting line for callers, hours of operation, inbound queue',
    example: 'make a billing waiting line for callers in amazon connect',
  },
  {
    op: 'connect:CreateContactFlow',
    asked: 'ivr, phone menu, press 1 for sales, call routing script, call flow, greeting',
    example: 'build an ivr that says press 1 for sales and 2 for support',
  },
  {
    op: 'connect:GetCurrentMetricData',
    asked:
      'real-time, callers waiting in line, callers on hold, free agents, agents available, live stats, oldest call in line, wallboard',
    example: 'how many callers are on hold and how many agents are free in amazon connect',
  },
  {
    op: 'connect:GetMetricDataV2',
    asked:
      'historical, average handle time, abandoned calls, service level, last week stats, contact center reports',
    example: 'what was our average handle time and abandonment rate last week',
  },
  {
    op: 'connect:ClaimPhoneNumber',
    asked: 'get a phone number for the call centre, toll free, did, claim a number, inbound line',
    example: 'get a us toll-free number for our amazon connect centre',
  },
  {
    op: 'connect:SearchContacts',
    asked: 'find past calls, call history, look up a conversation, customer interactions, by date or agent',
    example: 'find all calls handled by agent ana yesterday in amazon connect',
  },
  {
    op: 'connect:StopContact',
    asked: 'hang up, end the call, disconnect a customer, terminate a chat, drop the call',
    example: 'hang up the call c-1234 in our amazon connect centre',
  },
  {
    op: 'chime-sdk-meetings:CreateMeeting',
    asked: 'video call, online meeting room, conference, webrtc, audio video session, video chat',
    example: 'start a video call room for our telehealth app',
  },
  {
    op: 'chime-sdk-meetings:CreateAttendee',
    asked:
      'join token, let someone join a call, add a participant, invite to video call, join, one more person joins a call already going, add someone to an ongoing meeting',
    example: 'let a patient join the existing video call with a join token',
  },
  {
    op: 'chime-sdk-meetings:StartMeetingTranscription',
    asked: 'live captions, transcribe the call, subtitles, speech to text during the meeting',
    example: 'turn on live captions for the ongoing chime video call',
  },
  {
    op: 'chime-sdk-meetings:DeleteMeeting',
    asked: 'end the call for everyone, close the room, hang up all, finish the session',
    example: 'end the chime video call for everyone',
  },
  {
    op: 'chime-sdk-messaging:SendChannelMessage',
    asked: 'post to a chat room, in-app chat, send a chat message, group chat, persistent chat',
    example: 'post "hello team" into the support chat room of our app',
  },
  {
    op: 'chime-sdk-messaging:CreateChannel',
    asked: 'chat room, group chat, conversation thread, in-app messaging room, new room',
    example: 'make a new group chat room for project x in our app',
  },
  {
    op: 'chime-sdk-messaging:ListChannelMessages',
    asked: 'chat history, read past chat messages, conversation log, load earlier messages, scroll back',
    example: 'load earlier messages of the support chat room in our chime app',
  },
  {
    op: 'workmail:CreateUser',
    asked: 'new mailbox, company email account, add an employee email, hire, corporate inbox',
    example: 'give a new hire a company mailbox ana@corp.example.com',
  },
  {
    op: 'workmail:ResetPassword',
    asked:
      'forgot password, email login reset, locked out of mailbox, change password for employee, reset the email password of a user',
    example: 'ana forgot her work email password, set a new one',
  },
  {
    op: 'workmail:CreateAlias',
    asked: 'extra address, second email address, sales@ for a person, forward alias, alternate address',
    example: "give ana's workmail mailbox a second address sales@corp.example.com",
  },
  {
    op: 'workmail:PutMailboxPermissions',
    asked: 'delegate mailbox, shared inbox access, read someone else email, full access, send as',
    example: "give bob full access to ana's workmail mailbox while she is away",
  },
  {
    op: 'workmail:StartMailboxExportJob',
    asked: 'export a mailbox, back up emails, download all mail, archive to s3, leaver mailbox',
    example: "export a departing employee's workmail mailbox to s3",
  },
  {
    op: 'socialmessaging:SendWhatsAppMessage',
    asked: 'whatsapp, message a customer on whatsapp, template message, chat app message, wa',
    example: 'send an order update to a customer on whatsapp',
  },
  {
    op: 'socialmessaging:PostWhatsAppMessageMedia',
    asked: 'upload an image for whatsapp, attach a pdf, media for chat, picture upload',
    example: 'upload a photo to whatsapp so a message can include it',
  },
  {
    op: 'socialmessaging:ListLinkedWhatsAppBusinessAccounts',
    asked: 'which whatsapp accounts are connected, waba, business accounts linked, meta accounts',
    example: 'which whatsapp business accounts have we connected',
  },
];
