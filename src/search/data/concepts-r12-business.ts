// Data: concepts (see concepts.ts) for the business group, issue 16 round 12: the list price of
// one thing is the Price List API, the "cost and usage report" is a CUR report definition (not
// a Cost Explorer query), crowd workers are Mechanical Turk, co-selling with AWS is Partner
// Central, and a live call's sentiment is Contact Lens real-time analysis.

import type { Concept } from './concepts.js';

export const R12_BUSINESS_CONCEPTS: readonly Concept[] = [
  {
    // "per hour" / "hourly price" (concepts-applications.ts) miss the plain "price of X"
    phrases: ['price of a', 'price of an', 'prices of', 'list price', 'list prices', 'public price'],
    terms: 'products',
    services: ['pricing'],
    why: 'the price of an instance type or a service is a Price List product; what we were charged is Cost Explorer',
    example: ['look up the price of an r6g.xlarge then estimate the bill for two', 'pricing:GetProducts'],
  },
  {
    phrases: ['cost and usage report', 'cost and usage reports', 'cur report', 'cur reports'],
    terms: 'report definitions',
    services: ['cur', 'bcm-data-exports'],
    why: 'the Cost and Usage Report is a report definition delivered to S3 (CUR, now Data Exports), not the Cost Explorer query GetCostAndUsage whose name shares its words',
    example: ['which cost and usage reports are configured?', 'cur:DescribeReportDefinitions'],
  },
  {
    phrases: [
      'crowd worker',
      'crowd workers',
      'crowdsourcing',
      'crowdsourced',
      'turker',
      'turkers',
      'mechanical turk',
    ],
    terms: 'hit worker assignment',
    services: ['mturk'],
    why: 'paid human workers doing small tasks (HITs) are Amazon Mechanical Turk',
    example: ['get crowd workers to transcribe 200 receipts', 'mturk:CreateHIT'],
  },
  {
    phrases: ['co-sell', 'cosell', 'partner central', 'deal registration', 'register a deal'],
    terms: 'opportunity engagement',
    services: ['partnercentral-selling'],
    why: 'registering deals and co-selling with AWS sales are Partner Central opportunities and engagements',
    example: ['show our co-sell pipeline with aws', 'partnercentral-selling:ListOpportunities'],
  },
  {
    phrases: ['live call', 'live calls', 'ongoing call', 'call in progress', 'call that is in progress'],
    terms: 'realtime contact analysis',
    services: ['connect-contact-lens', 'connect'],
    why: 'what is being said and felt on a call still going on is Contact Lens real-time analysis of the contact',
    example: [
      'what has the caller said so far on the live call',
      'connect-contact-lens:ListRealtimeContactAnalysisSegments',
    ],
  },
  {
    // "invoice" alone is also a scanned document (textract AnalyzeExpense)
    phrases: [
      'aws invoice',
      'aws invoices',
      'receives the invoice',
      'receive the invoice',
      'invoice for each account',
      'invoice per account',
    ],
    terms: 'invoice unit profile',
    services: ['invoicing'],
    why: 'which account receives the AWS invoice, and how accounts are split across invoices, is the Invoicing API; an invoice to read is a document for Textract',
    example: ['who receives the aws invoice for the data team accounts?', 'invoicing:BatchGetInvoiceProfile'],
  },
  {
    // "distribution" alone is a CloudFront distribution
    phrases: ['distribution list', 'distribution lists'],
    terms: 'group members',
    services: ['workmail'],
    why: 'a distribution list is a mail group whose members get what is sent to its address (WorkMail groups), not a CloudFront distribution',
    example: ['who is on the all-staff distribution list?', 'workmail:ListGroupMembers'],
  },
  {
    phrases: [
      'email in flight',
      'emails in flight',
      'mail in flight',
      'message in flight',
      'messages in flight',
      'email in transit',
      'mail in transit',
    ],
    terms: 'raw message content',
    services: ['workmailmessageflow'],
    why: 'reading or changing a WorkMail message while it is being delivered is the message flow API (raw MIME content), not an SES template',
    example: [
      'strip attachments from mail in flight before it reaches the inbox',
      'workmailmessageflow:PutRawMessageContent',
    ],
  },
  {
    phrases: ['saas apps', 'saas app', 'saas tools', 'saas applications'],
    terms: 'app',
    services: ['appfabric'],
    why: 'connecting the SaaS apps a company uses (Okta, Slack, Zoom) for their audit logs and user access is AppFabric; selling a SaaS product is Marketplace, named by its buyers and customers',
    example: ['pull the sign-in logs of our saas apps into s3', 'appfabric:CreateIngestion'],
  },
  {
    // "user notifications" (concepts-r10-governance.ts) is the product's name; people say "aws notifications"
    phrases: ['aws notifications', 'notifications from aws', 'aws notification'],
    terms: 'notification',
    services: ['notifications', 'notificationscontacts'],
    why: 'the notifications AWS itself sends an account (health, billing, console alerts) and who receives them are AWS User Notifications and its contacts, not an SNS topic of ours',
    example: ['show the aws notifications sent to us this week', 'notifications:ListNotificationEvents'],
  },
  {
    phrases: ['billing group', 'billing groups', 'pro forma bill', 'pro forma billing'],
    terms: 'billing group',
    services: ['billingconductor'],
    why: 'a billing group is Billing Conductor’s set of accounts billed at the reseller’s own rates (pro forma), not a Cost Explorer grouping',
    example: [
      'what margin did billing group acme make last month?',
      'billingconductor:GetBillingGroupCostReport',
    ],
  },
  {
    phrases: ['customer profile', 'customer profiles'],
    terms: 'profile',
    services: ['customer-profiles'],
    why: 'a unified record of one customer (contact details, orders, past contacts) is Customer Profiles, not a CodeGuru profiling group',
    example: [
      'show the customer profile of the caller with phone +15551230000',
      'customer-profiles:SearchProfiles',
    ],
  },
];
