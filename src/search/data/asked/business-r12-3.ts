// Data: round-12 self-play words for the business long tail, third part (see ../asked.ts): the
// settings and reads around the famous calls of the contact centre (case fields, similar
// customer profiles, event integrations), reseller billing groups, tax inheritance, email
// sending reputation, WorkSpaces access rules, AppStream entitlements and crowd-task deadlines.
import type { AskedEntry } from './types.js';

export const ASKED_BUSINESS_R12_3: readonly AskedEntry[] = [
  {
    op: 'customer-profiles:GetSimilarProfiles',
    asked:
      'profiles that look like the same person, likely duplicate customer records, customers similar to this one, fuzzy match of a customer',
    example: 'which customer records are probably the same person as profile 7f3a?',
  },
  {
    op: 'customer-profiles:CreateCalculatedAttributeDefinition',
    asked:
      'derived customer attribute, lifetime value or total spend of a customer, count of orders per customer, computed field on customer profiles',
    example: 'add a lifetime value attribute to our customer profiles',
  },
  {
    op: 'connectcases:CreateField',
    asked:
      'new field on the case form, custom case field, dropdown or checkbox on a ticket, extra ticket attribute',
    example: 'add a refund amount field to our support tickets',
  },
  {
    op: 'connectcases:BatchPutFieldOptions',
    asked:
      'choices of a case dropdown, options of a single-select ticket field, values agents can pick on a case',
    example: 'set the choices low, medium and high for the ticket priority dropdown',
  },
  {
    op: 'pinpoint-email:GetDomainStatisticsReport',
    asked:
      'inbox placement of our sending domain, how often mail lands in spam or inbox, read and delete rates by domain, email engagement per mailbox provider',
    example: 'how much of our mail to gmail lands in the inbox?',
  },
  {
    op: 'pinpoint-email:PutDedicatedIpWarmupAttributes',
    asked: 'warm up a new dedicated ip, ramp up sending volume gradually on an ip, ip warmup progress',
    example: 'ramp up a fresh sending ip slowly over two weeks',
  },
  {
    op: 'appintegrations:ListEventIntegrations',
    asked:
      'event integrations of the contact center, third party event feeds into connect, eventbridge sources wired to connect',
    example: 'which event feeds are wired into amazon connect?',
  },
  {
    op: 'supplychain:GetBillOfMaterialsImportJob',
    asked: 'status of a bom import, did the bill of materials load finish, errors of a bom upload',
    example: 'did our bill of materials upload finish without errors?',
  },
  {
    op: 'marketplace-catalog:CancelChangeSet',
    asked:
      'cancel a pending listing change, withdraw a marketplace submission, stop a product update that is in review',
    example: 'withdraw the marketplace listing update we submitted this morning',
  },
  {
    op: 'billingconductor:ListAccountAssociations',
    asked:
      'which accounts are in a billing group, linked accounts of a reseller customer, accounts not yet in any billing group',
    example: 'list the linked accounts that belong to customer group acme',
  },
  {
    op: 'taxsettings:GetTaxInheritance',
    asked:
      'do linked accounts inherit tax settings from the payer, tax inheritance, use the management account tax registration',
    example: 'are our member accounts using the payer account’s tax registration?',
  },
  {
    op: 'wellarchitected:CreateWorkloadShare',
    asked:
      'share an architecture review with another account or team, let another account see our workload review',
    example: 'share our architecture review with the security team account',
  },
  {
    op: 'workspaces:ModifySelfservicePermissions',
    asked:
      'let users restart, rebuild or resize their own desktop, self-service options for desktop users, what users may change themselves',
    example: 'allow desktop users to restart and resize their own machines',
  },
  {
    op: 'workspaces:CreateIpGroup',
    asked:
      'only allow desktop access from the office, ip allow list for virtual desktops, trusted ip ranges for workspaces',
    example: 'only allow our virtual desktops to be reached from the office network 203.0.113.0/24',
  },
  {
    op: 'appstream:ListEntitledApplications',
    asked:
      'which apps a user may launch, applications a user is entitled to, apps available to a user in a stack',
    example: 'which apps is bob entitled to launch in appstream?',
  },
  {
    op: 'mturk:UpdateExpirationForHIT',
    asked:
      'extend the deadline of a crowd task, keep a task open longer, expire a task early, close a task to workers now',
    example: 'give crowd workers another week on the labelling task',
  },
  {
    op: 'mturk:ListBonusPayments',
    asked: 'bonuses we paid workers, extra payments sent to turkers, history of tips to crowd workers',
    example: 'what bonuses did we pay turkers for task 3ABC?',
  },
  {
    op: 'workmail:CreateMobileDeviceAccessRule',
    asked:
      'block phones from syncing company mail, allow only managed devices to get email, mobile device rule for mail, stop ios or android mail sync',
    example: 'stop unmanaged android phones from syncing work email',
  },
  {
    op: 'workmail:DeleteUser',
    asked:
      'delete a mail user for good, remove someone from the email organization, delete a leaver from workmail',
    example: 'remove the leaver jdoe from our company email for good',
  },
  {
    op: 'support:DescribeCreateCaseOptions',
    asked:
      'how we can contact aws support, phone chat or web for a new case, support contact options and hours',
    example: 'can we phone aws support or only chat for this issue?',
  },
];
