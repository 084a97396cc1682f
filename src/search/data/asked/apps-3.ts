// Data: how people ask for operations (see ../asked.ts), outbound dialling and chat for Connect,
// cloud IDEs and CodeCatalyst, code security scans, and the notification services.

import type { AskedEntry } from './types.js';

export const ASKED_APPS_3: readonly AskedEntry[] = [
  // Connect outbound campaigns: dialler for calls, sms and email
  {
    op: 'connectcampaignsv2:CreateCampaign',
    asked:
      'outbound dialer, predictive or progressive dialling, call a list of customers, mass outbound calls sms or email from connect',
    example: 'set up a predictive dialer in connect to call overdue customers',
  },
  {
    op: 'connectcampaignsv2:StartCampaign',
    asked:
      'begin dialling, kick off outreach, go live with the outbound calls, start calling customers, start the outbound dialer, start the auto dialer, start an outbound campaign',
    example: 'begin dialling for outbound campaign renewals-q4',
  },
  {
    op: 'connectcampaignsv2:PauseCampaign',
    asked:
      'hold the dialer temporarily, halt outbound dialling for a while, suspend calls while agents are on break',
    example: 'hold the renewals-q4 dialer for an hour',
  },
  {
    op: 'connectcampaignsv2:GetCampaignState',
    asked: 'is the dialer running or paused, current state of outreach, has it completed',
    example: 'is outbound campaign renewals-q4 running or paused',
  },
  {
    op: 'connectcampaignsv2:PutOutboundRequestBatch',
    asked:
      'add phone numbers to dial, queue customers for outbound calls, push contacts into a running dialer',
    example: 'queue these 200 phone numbers for the renewals dialer',
  },
  {
    op: 'connectcampaignsv2:UpdateCampaignCommunicationTime',
    asked:
      'calling hours, only dial between 9 and 5, quiet hours, time window for outreach by local time zone, hours the dialer may call, call customers only between set hours',
    example: 'only let the renewals dialer call between 9am and 6pm local time',
  },
  // Connect participant: the customer side of a chat widget
  {
    op: 'connectparticipant:SendMessage',
    asked:
      'customer types in chat, post a chat line from the widget, reply in a live chat, chat text as participant',
    example: 'post hello I need help with my order into the live chat as the customer',
  },
  {
    op: 'connectparticipant:GetTranscript',
    asked:
      'chat history, load earlier or previous messages in a conversation, reload the chat after a page refresh, past chat lines in the widget, the conversation so far in a web chat, messages exchanged between customer and agent, chat log seen from the customer widget',
    example: 'load the earlier messages of an ongoing connect chat for the widget',
  },
  {
    op: 'connectparticipant:CreateParticipantConnection',
    asked:
      'websocket url for chat, join a chat as customer, connection token for the widget, receive messages live',
    example: 'get the websocket url so the chat widget can receive agent replies',
  },
  {
    op: 'connectparticipant:DisconnectParticipant',
    asked:
      'customer leaves the chat, end chat from the widget, close conversation, hang up the chat from the customer side, leave the chat as the customer',
    example: 'end the chat when the customer closes the widget',
  },
  {
    op: 'connectparticipant:StartAttachmentUpload',
    asked:
      'customer sends a file in chat, share a screenshot, upload an attachment in a conversation, presigned upload url',
    example: 'let the customer share a screenshot in the connect chat',
  },
  // Cloud9: browser IDE on EC2
  {
    op: 'cloud9:CreateEnvironmentEC2',
    asked:
      'browser based ide, online code editor on an instance, cloud development machine, terminal in the browser',
    example: 'spin up a browser ide on a t3.small for a new developer',
  },
  {
    op: 'cloud9:CreateEnvironmentMembership',
    asked:
      'invite a teammate to my ide, pair programming, share an editor with read write access, let a teammate into my environment',
    example: 'give bob read-write access to my cloud9 ide',
  },
  {
    op: 'cloud9:DescribeEnvironmentStatus',
    asked: 'is my ide ready, stopped or connecting, why will my cloud9 not open',
    example: 'is my cloud9 ide still starting or has it stopped',
  },
  // CodeCatalyst: spaces, projects, dev environments and workflows
  {
    op: 'codecatalyst:CreateDevEnvironment',
    asked: 'cloud dev box for a repo, remote workspace with vs code or jetbrains, ephemeral coding machine',
    example: 'create a codecatalyst workspace with vs code for repo web-app',
  },
  {
    op: 'codecatalyst:StartWorkflowRun',
    asked: 'run the ci pipeline, kick off a build and deploy in codecatalyst, trigger ci manually',
    example: 'kick off the build-and-test ci in codecatalyst project shop',
  },
  {
    op: 'codecatalyst:GetWorkflowRun',
    asked: 'did the ci pass, is the build still going, result of a pipeline run',
    example: 'did codecatalyst run 2f3a pass or fail',
  },
  {
    op: 'codecatalyst:GetSourceRepositoryCloneUrls',
    asked: 'git clone address, https url to clone, how to check out code locally',
    example: 'what url do I git clone for the codecatalyst repo web-app',
  },
  {
    op: 'codecatalyst:CreateAccessToken',
    asked: 'personal access token, pat for git, password for cli login, token for scripts',
    example: 'make a personal access token so I can push over https to codecatalyst',
  },
  // CodeGuru Security: static analysis scans
  {
    op: 'codeguru-security:CreateScan',
    asked:
      'static analysis of source code, sast check, scan a repo for vulnerabilities, security review of python or java code, find hardcoded secrets or injection flaws, kick off a security scan of an uploaded zip, start a scan, scan the code I uploaded',
    example: 'run a sast check on the zip of our python repo',
  },
  {
    op: 'codeguru-security:GetFindings',
    asked:
      'vulnerabilities found in code, security issues from a scan, which lines are insecure, cwe results',
    example: 'what vulnerabilities did the codeguru security scan of repo api find',
  },
  {
    op: 'codeguru-security:CreateUploadUrl',
    asked: 'upload code archive for scanning, presigned url for a zip of source',
    example: 'where do I upload the source zip before a codeguru security scan',
  },
  // CodeStar notifications: pipeline and repo events to chat or SNS
  {
    op: 'codestar-notifications:CreateNotificationRule',
    asked:
      'alert slack when a codepipeline or codebuild run fails, notify on a codecommit pull request, message when a build succeeds, post developer tools events to sns or chatbot, ping slack or teams when a build fails, tell the channel when a deploy breaks',
    example: 'post to slack whenever codepipeline release-main fails',
  },
  {
    op: 'codestar-notifications:ListEventTypes',
    asked:
      'which codebuild, codepipeline or codecommit events can alert, available triggers for developer tools alerts',
    example: 'which codebuild events can send me an alert',
  },
  // User Notifications: console notification center
  {
    op: 'notifications:CreateNotificationConfiguration',
    asked:
      'get notified in the console notification center, notify the team by email or the console mobile app when a service event happens, user notifications setup, send health or security events to an email list, alert me in the console app when something changes',
    example: 'notify the team by email and the mobile app when an ec2 instance stops',
  },
  {
    op: 'notifications:CreateEventRule',
    asked:
      'which events trigger a user notification, notify only for certain event types, filter by service and regions, event pattern for notification center alerts',
    example: 'only send user notifications for events from eu-west-1 and us-east-1',
  },
  {
    op: 'notifications:ListNotificationEvents',
    asked:
      'notification inbox, recent alerts sent to me, what did notification center send, alert history, aws notifications we received, history of user notifications',
    example: 'show what alerts the notification center sent us yesterday',
  },
  {
    op: 'notifications:AssociateChannel',
    asked:
      'deliver user notifications to an email contact, chat or mobile app, add a delivery target to a notification setup',
    example: 'send this notification setup to the oncall@example.com contact too',
  },
  {
    op: 'notifications:RegisterNotificationHub',
    asked:
      'region that stores notification data, keep user notifications data in a chosen region, notification home region',
    example: 'keep our user notifications data in eu-central-1',
  },
  // Notification contacts: email addresses that receive notifications
  {
    op: 'notificationscontacts:CreateEmailContact',
    asked:
      'add an email address to receive alerts, recipient for notifications, email contact for aws user notifications, add an address to get aws notifications',
    example: 'add oncall@example.com as a recipient for console alerts',
  },
  {
    op: 'notificationscontacts:ActivateEmailContact',
    asked: 'confirm an email recipient with the code, verify the address from the email',
    example: 'confirm recipient oncall@example.com with code 482913',
  },
];
