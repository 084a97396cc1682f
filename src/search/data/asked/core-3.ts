// Data: how people ask for operations (see ../asked.ts), second pass over the most used services:
// SQS batch and permission calls, SNS subscriptions, mobile push and SMS sandbox, STS federation,
// Secrets Manager policies and versions, EventBridge Scheduler groups.

import type { AskedEntry } from './types.js';

export const ASKED_CORE_3: readonly AskedEntry[] = [
  {
    op: 'sqs:DeleteMessageBatch',
    asked:
      'acknowledge up to ten at once, ack several handled messages together in a single request, remove processed messages in bulk',
    example: 'ack the 10 messages my worker just handled from queue jobs in a single request',
  },
  {
    op: 'sqs:ChangeMessageVisibilityBatch',
    asked:
      'extend timeout for all ten pulled messages together, give several in-flight messages more minutes at once, hide many messages longer',
    example: 'give all ten messages I pulled from queue jobs five more minutes before they reappear',
  },
  {
    op: 'sqs:AddPermission',
    asked: 'let another account send to a queue, grant cross account send, share a queue, allow principal',
    example: 'allow account 210987654321 to send messages into queue orders-in',
  },
  {
    op: 'sqs:RemovePermission',
    asked: 'revoke queue access by label, stop another account sending, remove a queue grant',
    example: 'take away the partner-send grant from queue orders-in',
  },
  {
    op: 'sqs:ListMessageMoveTasks',
    asked: 'dlq redrive progress, how many moved back already, is the redrive still running',
    example: 'how far along is moving messages back out of dead-letter queue orders-dlq?',
  },
  {
    op: 'sqs:CancelMessageMoveTask',
    asked: 'stop a redrive halfway, abort moving messages out of the dlq',
    example: 'abort the replay of orders-dlq back into its source queue',
  },
  {
    op: 'sqs:ListQueueTags',
    asked: 'labels on a queue, which team owns this queue, show queue tags',
    example: 'what labels are on queue orders-in',
  },
  {
    op: 'sqs:TagQueue',
    asked: 'label a queue, cost allocation label on a queue, mark queue owner',
    example: 'label queue orders-in with env=prod and team=checkout',
  },
  {
    op: 'sqs:UntagQueue',
    asked: 'remove a label from a queue, drop tag key on a queue',
    example: 'drop the temp label from queue orders-in',
  },
  {
    op: 'sns:ListSubscriptions',
    asked:
      'all subscriptions in the account, every subscriber across topics, which endpoints receive notifications',
    example: 'every email and lambda listener across all our topics',
  },
  {
    op: 'sns:GetSubscriptionAttributes',
    asked:
      'is the subscription confirmed, which filter policy is set, raw delivery on, subscriber settings, why is a subscription stuck pending confirmation, is it still pending, confirmation status of a subscriber, delivery policy of a subscription',
    example: 'what filter policy does subscription arn:aws:sns:us-east-1:123456789012:alerts:5e1f use?',
  },
  {
    op: 'sns:ConfirmSubscription',
    asked:
      'confirm the token from the email, pending confirmation, verify an endpoint owner, accept a subscription',
    example: 'my https endpoint got a token, how do I finish the pending confirmation',
  },
  {
    op: 'sns:AddPermission',
    asked: 'let another account publish to a topic, share a topic cross account, allow publish',
    example: 'let account 210987654321 publish into topic alerts',
  },
  {
    op: 'sns:RemovePermission',
    asked: 'revoke topic access by label, stop another account publishing, remove topic grant',
    example: 'revoke the partner-publish statement from topic alerts',
  },
  {
    op: 'sns:CreatePlatformApplication',
    asked:
      'set up push notifications for an ios or android app, register apns certificate, fcm server key, firebase credentials, configure app for push',
    example: 'configure our iOS app for push with its APNs certificate',
  },
  {
    op: 'sns:ListPlatformApplications',
    asked: 'which mobile apps are set up for push, apns and fcm apps list',
    example: 'which phone apps have we configured for push notifications?',
  },
  {
    op: 'sns:DeletePlatformApplication',
    asked:
      'remove an app from push notifications, stop push for an android or ios app, delete apns or fcm app',
    example: 'remove the old android app from push notifications',
  },
  {
    op: 'sns:ListEndpointsByPlatformApplication',
    asked: 'registered devices of an app, device tokens for push, which phones get push',
    example: 'which device tokens are registered for our iOS push app?',
  },
  {
    op: 'sns:DeleteEndpoint',
    asked: 'remove a device from push, unregister phone token, stale device token',
    example: 'unregister a stale device token from push',
  },
  {
    op: 'sns:GetEndpointAttributes',
    asked: 'is a device token enabled, device token disabled by apns, push endpoint status',
    example: 'why has push stopped reaching this phone, is its token disabled?',
  },
  {
    op: 'sns:SetEndpointAttributes',
    asked: 're-enable a device, update device token, turn push back on for a phone',
    example: 're-enable push for a phone whose token got refreshed',
  },
  {
    op: 'sns:GetSMSAttributes',
    asked:
      'text message settings, monthly sms spend limit, default sender id, transactional or promotional, sms spend limit, how much can we spend on texts per month, current sms settings of the account',
    example: 'what is our monthly spend cap for text messages?',
  },
  {
    op: 'sns:ListPhoneNumbersOptedOut',
    asked: 'who replied stop, numbers that unsubscribed from texts, blocked phone numbers',
    example: 'which phone numbers replied STOP to our text alerts',
  },
  {
    op: 'sns:OptInPhoneNumber',
    asked:
      'resume texting a number, undo stop reply, re-enable text messages to a phone, replied stop by mistake, opted out by accident',
    example: 'a user replied STOP by mistake, let us text +15551234567 again',
  },
  {
    op: 'sns:GetSMSSandboxAccountStatus',
    asked: 'am i still in the sms sandbox, can i text any number, sms production access',
    example: 'is this account still limited to verified numbers for texting?',
  },
  {
    op: 'sns:CreateSMSSandboxPhoneNumber',
    asked: 'add a test phone number, verify a number in the sms sandbox, send otp to a test phone',
    example: 'add my mobile +15551234567 as a test destination for texts',
  },
  {
    op: 'sns:VerifySMSSandboxPhoneNumber',
    asked: 'enter the one time code, confirm a sandbox phone number with the six digit otp it received',
    example: 'confirm +15551234567 with the six digit code it received',
  },
  {
    op: 'sns:ListTagsForResource',
    asked: 'labels on a topic, which team owns a topic, show topic tags',
    example: 'what labels are on topic arn:aws:sns:us-east-1:123456789012:alerts',
  },
  {
    op: 'sns:TagResource',
    asked: 'label a topic, cost allocation label on a topic',
    example: 'label topic alerts with team=sre',
  },
  {
    op: 'sns:GetDataProtectionPolicy',
    asked: 'pii masking on a topic, sensitive data policy, credit card redaction in messages',
    example: 'does topic payments-events mask credit card numbers in messages?',
  },
  {
    op: 'sns:PutDataProtectionPolicy',
    asked: 'mask pii in messages, block sensitive data, redact credit cards and emails in published messages',
    example: 'block messages containing credit card numbers on topic payments-events',
  },
  {
    op: 'sts:GetFederationToken',
    asked:
      'temporary keys for a federated user, give a proxy app short lived credentials, custom broker, scoped down session',
    example: 'hand out short-lived keys to a user signed in through our own identity broker',
  },
  {
    op: 'sts:AssumeRoot',
    asked:
      'privileged task on a member account, centralized root access, unlock s3 bucket policy locked out, root session',
    example: 'get root-level session on member account 111122223333 to fix a locked bucket policy',
  },
  {
    op: 'secretsmanager:GetResourcePolicy',
    asked:
      'which other accounts may fetch a stored password, who else can read this secret, cross account access on a secret, show secret policy',
    example: 'which other accounts may fetch secret prod/db/password?',
  },
  {
    op: 'secretsmanager:DeleteResourcePolicy',
    asked:
      'stop sharing a stored password, stop other accounts reading a secret, revoke cross account access to a secret, remove secret policy',
    example: 'remove the sharing policy on secret prod/db/password so only we can read it',
  },
  {
    op: 'secretsmanager:ValidateResourcePolicy',
    asked:
      'check a secret policy before attaching, would it be readable by everyone, too broad access, lint policy json, is it public',
    example: 'would this policy document make prod/api-key readable by everyone?',
  },
  {
    op: 'secretsmanager:ListSecretVersionIds',
    asked:
      'older values of a stored password, history of values, version labels, awscurrent awsprevious, previous credentials, what versions does a secret have, which version carries awscurrent, all versions of a secret and their staging labels',
    example: 'show the history of values for prod/db/password with their labels',
  },
  {
    op: 'secretsmanager:UpdateSecretVersionStage',
    asked: 'roll back to the previous password, move awscurrent label, promote a version, revert rotation',
    example: 'rotation broke the app, point AWSCURRENT back at the old value of prod/db/password',
  },
  {
    op: 'secretsmanager:RemoveRegionsFromReplication',
    asked: 'stop copying a stored password to a region, delete the replica in another region',
    example: 'drop the eu-west-1 copy of prod/db/password',
  },
  {
    op: 'secretsmanager:StopReplicationToReplica',
    asked:
      'promote a replica to standalone, make the regional copy independent of the primary, cut the link, disaster recovery failover',
    example: 'make the us-west-2 copy of prod/db/password independent of the primary',
  },
  {
    op: 'secretsmanager:TagResource',
    asked: 'label a stored password, cost allocation label on a secret',
    example: 'label secret prod/db/password with owner=platform',
  },
  {
    op: 'scheduler:GetSchedule',
    asked:
      'when does this timed job run next, cron expression of a job, what target does it call, is it enabled, when does a schedule fire, what time does the schedule trigger',
    example: 'what cron expression and target does the nightly-report timer use?',
  },
  {
    op: 'scheduler:CreateScheduleGroup',
    asked: 'folder for timed jobs, group related cron jobs together, per team job group',
    example: 'make a group to hold all of billing team timed jobs',
  },
  {
    op: 'scheduler:ListScheduleGroups',
    asked: 'which groups of timed jobs exist, all job groups',
    example: 'what groups of cron jobs do we have in EventBridge Scheduler?',
  },
  {
    op: 'scheduler:DeleteScheduleGroup',
    asked:
      'remove a group along with all timers inside it, delete every timed job in a group, drop whole cron folder',
    example: 'remove the billing-team group along with all timers inside it',
  },
];
