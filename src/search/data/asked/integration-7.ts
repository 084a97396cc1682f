// Data: how people ask for operations (see ../asked.ts), communication services: email (sesv2,
// and the ses operations that sesv2 has no counterpart for or people still reach for).

import type { AskedEntry } from './types.js';

export const ASKED_INTEGRATION_7: readonly AskedEntry[] = [
  {
    op: 'sesv2:SendEmail',
    asked:
      'email someone, transactional email, password reset email, receipt, from address, html body, notify by email, mail',
    example: 'email a password reset link to user@example.com from no-reply@example.com',
  },
  {
    op: 'sesv2:SendBulkEmail',
    asked:
      'mass mailing, newsletter to many recipients, mail all subscribers, bulk templated, email blast, many addresses at once',
    example: 'blast the monthly newsletter to all 40 subscribers through ses',
  },
  {
    op: 'sesv2:CreateEmailIdentity',
    asked:
      'verify a domain for sending, dkim records, add a sender domain, prove we own the domain, easy dkim, sender, onboard a new sender domain to ses, send from a new domain, add an address we are allowed to send from',
    example: 'set up example.com as a sending domain in ses with dkim',
  },
  {
    op: 'sesv2:GetEmailIdentity',
    asked:
      'is my domain verified, dkim status, verification pending, dns records to add, sender status, verified for sending, can we send from, ready to send, still pending, failed verification',
    example: 'has our example.com sending domain finished verification, and is dkim working',
  },
  {
    op: 'sesv2:CreateEmailTemplate',
    asked:
      'reusable email layout, placeholders, {{name}}, handlebars, subject and body with variables, mail merge',
    example: 'save a welcome email layout with a {{name}} placeholder',
  },
  {
    op: 'sesv2:GetAccount',
    asked:
      'am I still in the sandbox, production access, max send rate, sending paused, enforcement status, sending limits',
    example: 'is our ses still in the sandbox or do we have production access',
  },
  {
    op: 'sesv2:PutAccountDetails',
    asked:
      'request production access, get out of the sandbox, leave sandbox, use case description, lift restrictions',
    example: 'ask to move our ses out of the sandbox so we can email anyone',
  },
  {
    op: 'sesv2:PutSuppressedDestination',
    asked: 'stop emailing an address, block a recipient, do not email, add to bounce list, never send to',
    example: 'make sure we never email bad@example.com again',
  },
  {
    op: 'sesv2:DeleteSuppressedDestination',
    asked:
      'remove from the bounce list, unblock an address, emails not arriving because suppressed, allow again, take off the blocklist, blacklist, unsuppress, let them receive mail again, reinstate a recipient',
    example: 'user@example.com stopped getting our mail after a bounce, unblock them',
  },
  {
    op: 'sesv2:ListSuppressedDestinations',
    asked: 'which addresses bounced, complaint list, who is blocked, bounced recipients, do not email list',
    example: 'which recipients are blocked from our ses mail because of bounces or complaints',
  },
  {
    op: 'sesv2:CreateConfigurationSetEventDestination',
    asked:
      'track bounces and complaints, opens and clicks, send delivery events to sns, firehose, cloudwatch, email events',
    example: 'send ses bounce, open and click events to a firehose',
  },
  {
    op: 'sesv2:PutEmailIdentityMailFromAttributes',
    asked: 'custom mail from domain, spf alignment, own subdomain, return path, envelope sender',
    example:
      'have the envelope sender of our example.com mail use our own subdomain instead of amazonses.com',
  },
  {
    op: 'sesv2:TestRenderEmailTemplate',
    asked:
      'preview the email, render a template with data, see what it looks like, check placeholders fill in',
    example: 'preview how the welcome email template looks with name=Ana',
  },
  {
    op: 'sesv2:CreateContact',
    asked: 'add a subscriber, newsletter signup, mailing list member, topic preferences, opt in',
    example: 'add ana@example.com to our newsletter mailing list in ses',
  },
  {
    op: 'sesv2:GetMessageInsights',
    asked:
      'what happened to this email, was it delivered, bounced, opened, message id tracking, delivery trace',
    example: 'was ses message 0100018f-abcd delivered, opened or bounced',
  },
  {
    op: 'ses:SendRawEmail',
    asked: 'attachments, raw mime, attach a pdf, multipart, custom headers, attach file',
    example: 'email an invoice with a pdf attached using ses',
  },
  {
    op: 'ses:GetSendQuota',
    asked:
      'how many emails can I send today, 24 hour limit, sent in the last 24 hours, remaining today, daily cap',
    example: 'how many more emails can we send through ses today',
  },
  {
    op: 'ses:GetSendStatistics',
    asked: 'bounce rate, complaint rate, delivery attempts, rejects, last two weeks, sending history',
    example: 'what are our ses bounce and complaint rates over the last two weeks',
  },
  {
    op: 'ses:CreateReceiptRule',
    asked:
      'receive email, inbound mail, save incoming email to s3, run lambda on incoming email, catch mail sent to us',
    example: 'store every email sent to support@example.com in s3 and run a lambda on it',
  },
  {
    op: 'ses:VerifyEmailIdentity',
    asked:
      'verify a single sender address, verification link, confirm an address, allow sending from one address',
    example: 'send a verification link to alerts@example.com so ses lets us send from it',
  },
  {
    op: 'ses:SetIdentityNotificationTopic',
    asked:
      'bounce notifications to sns, complaint notifications, get told when mail bounces, feedback, alert on bounces',
    example: 'get told via sns when mail from example.com bounces',
  },
];
