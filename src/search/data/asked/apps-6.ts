// Data: how people ask for operations (see ../asked.ts), WorkDocs, WorkSpaces Secure Browser and
// thin clients, and legacy names people still call: CloudWatch Events (now EventBridge), Lex v1
// and Kinesis Data Analytics for SQL.

import type { AskedEntry } from './types.js';

export const ASKED_APPS_6: readonly AskedEntry[] = [
  // WorkDocs: shared documents and folders
  {
    op: 'workdocs:InitiateDocumentVersionUpload',
    asked: 'upload a file to workdocs, add a new doc or new revision, get an upload url for a shared drive',
    example: 'upload budget.xlsx into the finance folder on workdocs',
  },
  {
    op: 'workdocs:DescribeFolderContents',
    asked: 'files in a workdocs folder, browse a shared drive, what documents are in this folder',
    example: 'what documents are in the finance folder on workdocs',
  },
  {
    op: 'workdocs:AddResourcePermissions',
    asked:
      'share a document with a colleague, give someone access to a folder, co owner or viewer, let a team edit a document, share a file so others can edit it, let a coworker view or edit a document, viewer access to a doc',
    example: 'share the q3 plan doc on workdocs with alice as a viewer',
  },
  {
    op: 'workdocs:DescribeActivities',
    asked:
      'who opened or changed a file, audit trail of documents, user activity feed, who changed files in a shared folder, recent edits in our docs',
    example: 'who downloaded or edited files on workdocs last week',
  },
  {
    op: 'workdocs:CreateUser',
    asked: 'add a workdocs user, give a new employee a document site account',
    example: 'add a workdocs account for new hire carol',
  },
  // WorkSpaces Secure Browser: managed web portal
  {
    op: 'workspaces-web:CreatePortal',
    asked:
      'secure browser portal for contractors, isolated web browsing to internal sites, remote browser without vpn',
    example: 'give contractors a secure browser to reach our intranet without a vpn',
  },
  {
    op: 'workspaces-web:CreateDataProtectionSettings',
    asked: 'redact sensitive data on screen, mask credit card numbers in the browser, inline pii redaction',
    example: 'mask social security numbers shown in the secure browser',
  },
  {
    op: 'workspaces-web:CreateUserSettings',
    asked:
      'block copy paste, disable downloads or printing, clipboard and upload policy for secure browser users',
    example: 'stop secure browser users from copy pasting or downloading files',
  },
  {
    op: 'workspaces-web:ExpireSession',
    asked: 'kick a user out of the secure browser, end a browsing session now, force sign out',
    example: 'force sign out session s-123 from the secure browser portal',
  },
  // WorkSpaces Thin Client devices
  {
    op: 'workspaces-thin-client:ListDevices',
    asked: 'thin client devices in the fleet, which desk devices are online, hardware inventory',
    example: 'which workspaces thin client devices are registered',
  },
  {
    op: 'workspaces-thin-client:CreateEnvironment',
    asked: 'set up thin clients to open workspaces or appstream desktops, desk device fleet setup',
    example: 'point our thin client devices at the appstream stack for the call center',
  },
  {
    op: 'workspaces-thin-client:DeregisterDevice',
    asked: 'retire a lost or stolen thin client, remove a device from the fleet',
    example: 'a thin client was stolen, remove device dev-77 from the fleet',
  },
  // CloudWatch Events: the older name of EventBridge
  {
    op: 'cloudwatch-events:PutRule',
    asked: 'cloudwatch events rule, scheduled cron expression the old way, legacy event rule',
    example: 'add a cloudwatch events cron rule that fires nightly at 2am',
  },
  {
    op: 'cloudwatch-events:PutTargets',
    asked: 'point a cloudwatch events rule at a lambda, legacy event rule target',
    example: 'make my cloudwatch events rule invoke lambda cleanup-fn',
  },
  {
    op: 'cloudwatch-events:PutEvents',
    asked: 'emit custom events via the cloudwatch events endpoint, legacy send event',
    example: 'send a custom order placed event through the cloudwatch events api',
  },
  {
    op: 'cloudwatch-events:ListRules',
    asked: 'old cloudwatch events rules in the account, legacy scheduled rules list',
    example: 'list all cloudwatch events rules with their schedules',
  },
  // Lex v1: the first version of Lex chatbots
  {
    op: 'lex-models:PutBot',
    asked: 'create or update a lex v1 chatbot, classic lex bot definition',
    example: 'make a lex v1 chatbot named orderflowers',
  },
  {
    op: 'lex-models:PutIntent',
    asked: 'lex v1 intent with sample utterances, what users can ask a classic bot',
    example: 'add an intent with sample phrases to my lex v1 bot',
  },
  {
    op: 'lex-models:StartMigration',
    asked: 'move a lex v1 bot to lex v2, upgrade a classic chatbot',
    example: 'upgrade the orderflowers bot from lex v1 to v2',
  },
  {
    op: 'lex-runtime:PostText',
    asked: 'send a text message to a lex v1 bot, chat with a classic bot',
    example: 'send the text I want flowers to my lex v1 chatbot',
  },
  {
    op: 'lex-runtime:PostContent',
    asked: 'send audio or voice to a lex v1 bot, speech input to a classic chatbot',
    example: 'send a wav recording to the lex v1 bot and get its reply',
  },
  {
    op: 'lex-runtime:GetSession',
    asked: 'lex v1 conversation state, session attributes of a classic bot user',
    example: 'what is the lex v1 conversation state for user 42',
  },
  // Kinesis Data Analytics v1: SQL on streams
  {
    op: 'kinesisanalytics:CreateApplication',
    asked: 'sql on streaming data the old way, kinesis analytics sql app, legacy streaming sql',
    example: 'run a sql query over a kinesis stream with kinesis analytics v1',
  },
  {
    op: 'kinesisanalytics:DiscoverInputSchema',
    asked: 'infer the columns of stream records, detect csv or json schema from samples',
    example: 'infer the columns of records in kinesis stream clicks for a sql app',
  },
  {
    op: 'kinesisanalytics:StartApplication',
    asked: 'start reading the stream in a sql analytics app, begin the v1 sql app',
    example: 'start my kinesis analytics v1 sql app from the latest record',
  },
];
