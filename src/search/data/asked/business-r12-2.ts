// Data: round-12 self-play words for the business long tail, second part (see ../asked.ts):
// Well-Architected reviews (answering, milestones, risk counts), Trusted Advisor exclusions,
// AppFabric's SaaS audit logs, WhatsApp onboarding, WorkMail mailbox and domain settings, mail
// in transit, savings plan rates, invoice recipients and pricing-calculator line items.
import type { AskedEntry } from './types.js';

export const ASKED_BUSINESS_R12_2: readonly AskedEntry[] = [
  {
    op: 'wellarchitected:UpdateAnswer',
    asked:
      'answer a question of the review, record our answer to a best practice question, tick the choices we follow, fill in the well-architected questionnaire',
    example: 'record that we follow the backup best practice in the reliability question',
  },
  {
    op: 'wellarchitected:CreateMilestone',
    asked:
      'save the state of an architecture review, milestone of a review, snapshot of review progress, record where the review stands before changes',
    example: 'save where the payments review stands today before the redesign',
  },
  {
    op: 'wellarchitected:GetLensReview',
    asked:
      'how many high and medium risks a review found, risk counts per pillar, outcome of an architecture review of a workload',
    example: 'how many high risks did the architecture review of payments find?',
  },
  {
    op: 'wellarchitected:ListWorkloads',
    asked: 'workloads under review, which apps have an architecture review, our well-architected workloads',
    example: 'which of our apps have a well-architected review?',
  },
  {
    op: 'trustedadvisor:BatchUpdateRecommendationResourceExclusion',
    asked:
      'hide a resource from advisor findings, exclude a resource from a check, ignore a flagged resource on purpose, suppress an advisor warning for one resource, exclude a resource from a trusted advisor check, stop advisor flagging a resource we accept',
    example: 'exclude our public website bucket from the advisor recommendation',
  },
  {
    op: 'socialmessaging:AssociateWhatsAppBusinessAccount',
    asked:
      'connect a whatsapp business account to aws, link our meta business account, onboard whatsapp for messaging customers',
    example: 'link our whatsapp business account so we can message customers from aws',
  },
  {
    op: 'appfabric:CreateAppBundle',
    asked: 'start using appfabric, container for our saas app connections, set up saas audit log collection',
    example: 'set up appfabric to collect logs from our saas tools',
  },
  {
    op: 'appfabric:CreateIngestion',
    asked:
      'pull audit logs from okta slack or zoom, collect saas app activity logs into one place, ingest user activity from saas tools',
    example: 'collect the audit logs of our okta tenant',
  },
  {
    op: 'appfabric:StartUserAccessTasks',
    asked:
      'which saas apps a person can still get into, find a user across saas apps by email, offboarding check of saas access',
    example: 'check which saas apps jane@example.com can still get into',
  },
  {
    op: 'invoicing:BatchGetInvoiceProfile',
    asked:
      'who receives the invoice of an account, invoice recipient and address, bill-to details of accounts',
    example: 'who receives the invoice of account 111122223333 and at what address?',
  },
  {
    op: 'savingsplans:DescribeSavingsPlanRates',
    asked:
      'hourly rate we pay on a savings plan, discounted price under our plan, rates of our commitment per instance type or region',
    example: 'what rate does our compute plan give us for m6i in eu-west-1?',
  },
  {
    op: 'workmail:PutRetentionPolicy',
    asked:
      'how long deleted mail is kept, auto delete old email, mail retention, empty the trash folder after some days, purge deleted items of mailboxes',
    example: 'purge deleted items in every mailbox after 30 days',
  },
  {
    op: 'workmail:UpdateMailboxQuota',
    asked: 'bigger mailbox, raise the mailbox size limit, more mailbox storage for a user',
    example: 'raise the mailbox limit of the ceo to 100 gb',
  },
  {
    op: 'workmail:ListGroupMembers',
    asked: 'who is in a distribution list, members of a mail group, people on a team mailing list',
    example: 'who gets mail sent to the support group?',
  },
  {
    op: 'workmail:CreateGroup',
    asked: 'new distribution list, mailing group for a team, shared group address',
    example: 'make a distribution list for the finance team',
  },
  {
    op: 'workmail:RegisterMailDomain',
    asked: 'use our company domain for email, add a mail domain, custom email domain for workmail',
    example: 'add example.org as a mail domain of our organization',
  },
  {
    op: 'workmail:DeregisterFromWorkMail',
    asked: "disable a user's mailbox, turn off email for someone who left, take away a mailbox",
    example: 'turn off the mailbox of a user who left the company',
  },
  {
    op: 'workmailmessageflow:PutRawMessageContent',
    asked:
      'modify an email in transit, rewrite a message before delivery, add a disclaimer or banner to mail on its way',
    example: 'add an external-sender warning banner to incoming mail before it is delivered',
  },
  {
    op: 'workmailmessageflow:GetRawMessageContent',
    asked:
      'raw mime of a message in transit, read an email on its way to the inbox, inspect a message during delivery',
    example: 'read the raw mime of the message our flow rule is processing',
  },
  {
    op: 'bcm-pricing-calculator:ListBillEstimateLineItems',
    asked:
      'line items of a bill estimate, cost breakdown of an estimate, break down an estimate by service, per service lines of a pricing calculator estimate',
    example: 'show each line of the pricing calculator estimate for q3',
  },
];
