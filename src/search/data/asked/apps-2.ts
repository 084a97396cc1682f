// Data: how people ask for operations (see ../asked.ts), billing paperwork and Connect customer
// data: tax registrations, invoice units, the pricing calculator, Customer Profiles and Cases.

import type { AskedEntry } from './types.js';

export const ASKED_APPS_2: readonly AskedEntry[] = [
  // Tax settings: VAT and GST numbers on invoices
  {
    op: 'taxsettings:PutTaxRegistration',
    asked:
      'add our vat number, set gst id, company tax id on invoices, trn or abn for an account, legal address for tax',
    example: 'put vat number de123456789 on account 111122223333',
  },
  {
    op: 'taxsettings:ListTaxRegistrations',
    asked:
      'which vat or gst ids are recorded, tax numbers on file for each linked account, check tax details across the org or organization',
    example: 'show the vat ids recorded for every account in our org',
  },
  {
    op: 'taxsettings:PutTaxExemption',
    asked:
      'we are tax exempt, upload an exemption certificate, stop charging us sales tax, nonprofit exemption for a state',
    example: 'upload our texas sales tax exemption certificate',
  },
  // Invoicing: who receives which invoices
  {
    op: 'invoicing:CreateInvoiceUnit',
    asked:
      'separate invoices per business unit or subsidiary, a separate invoice for a group of accounts, send bills for some accounts to another legal entity, split invoicing',
    example: 'get a separate invoice for the accounts of our german subsidiary',
  },
  {
    op: 'invoicing:ListInvoiceUnits',
    asked:
      'how our invoices are split, which linked accounts land on which invoice, invoice receiver for each bill, invoice grouping',
    example: 'which invoice does each linked account show up on',
  },
  // Pricing calculator: estimates of future bills
  {
    op: 'bcm-pricing-calculator:CreateWorkloadEstimate',
    asked:
      'estimate what a new workload will cost, price out a design before building, monthly cost forecast for planned usage, quote, model our bill with planned instances, what the bill would be with more servers, estimate next month cost of new resources',
    example: 'price out a planned workload of 20 m5.large and 5 tb of s3 per month',
  },
  {
    op: 'bcm-pricing-calculator:CreateBillScenario',
    asked:
      'what if we buy savings plans, model a change to our bill, simulate adding usage or commitments, scenario planning',
    example: 'model how our bill changes if we buy a 3 year compute savings plan',
  },
  {
    op: 'bcm-pricing-calculator:CreateBillEstimate',
    asked: 'run the what if scenario, calculate the projected bill, see the estimated total for a scenario',
    example: 'compute the projected monthly bill for scenario sc-42',
  },
  {
    op: 'bcm-pricing-calculator:GetBillEstimate',
    asked:
      'projected total of a scenario, estimated savings compared to today, is the estimate ready, cost difference',
    example: 'how much would we save according to estimate est-9 and is it done',
  },
  // Connect Customer Profiles: unified caller records
  {
    op: 'customer-profiles:SearchProfiles',
    asked:
      'look up a caller by phone or email, find a customer record, who is calling, match account number to a person',
    example: 'look up the customer with phone +14255550100 in connect',
  },
  {
    op: 'customer-profiles:CreateProfile',
    asked:
      'add a new customer record in connect, store caller name email phone and address, new contact center customer',
    example: 'add jane doe with email jane@example.com as a new connect customer',
  },
  {
    op: 'customer-profiles:UpdateProfile',
    asked: 'change a customer phone number or address, edit caller details, fix a customer email',
    example: 'change the address on customer 8d2f to 12 main street',
  },
  {
    op: 'customer-profiles:MergeProfiles',
    asked:
      'combine duplicate customer records, dedupe callers, same person twice, unify two records into one',
    example: 'the same caller appears twice, combine records a1 and b2',
  },
  {
    op: 'customer-profiles:PutIntegration',
    asked:
      'ingest crm data into customer profiles, connect salesforce or zendesk records, appflow import of customers',
    example: 'pull zendesk tickets and customers into connect customer data',
  },
  {
    op: 'customer-profiles:CreateDomain',
    asked:
      'turn on customer profiles for an amazon connect instance, enable a unified caller records store, identity resolution setup, dead letter queue and encryption key',
    example: 'enable customer profiles for our connect instance',
  },
  {
    op: 'customer-profiles:CreateSegmentDefinition',
    asked:
      'define an audience of customers by attributes, customers who spent over an amount or live in a state, vip group for campaigns, segment callers',
    example: 'define an audience of customers in california who spent over 1000',
  },
  {
    op: 'customer-profiles:GetMatches',
    asked:
      'likely duplicate customer records found by machine learning, suspected duplicates, fuzzy matching results',
    example: 'which customer records does identity resolution think are duplicates',
  },
  // Connect Cases: tickets tracked by agents
  {
    op: 'connectcases:CreateCase',
    asked:
      'open a ticket for a caller, log a customer issue, new support case in the contact center, track a complaint',
    example: 'open a ticket in connect for the billing complaint from caller 5521',
  },
  {
    op: 'connectcases:SearchCases',
    asked:
      'find tickets by customer or status, open complaints, look up tickets for a caller, filter by field values',
    example: 'find all open tickets in connect for customer 8d2f',
  },
  {
    op: 'connectcases:UpdateCase',
    asked: 'close a ticket, change ticket status or priority, reassign, set a field value on a ticket',
    example: 'mark case 4471 as resolved in amazon connect cases',
  },
  {
    op: 'connectcases:GetCase',
    asked: 'ticket details, current status and fields of one ticket, what is in this complaint',
    example: 'show the details and status of connect ticket 4471',
  },
  {
    op: 'connectcases:CreateRelatedItem',
    asked:
      'add a comment to a ticket, attach a call or task to a ticket, note on a complaint, link a contact, link a chat or call to an existing case',
    example: 'add the note customer was refunded to ticket 4471',
  },
  {
    op: 'connectcases:GetCaseAuditEvents',
    asked:
      'who changed this ticket, ticket history, edits over time, change log of a complaint, what happened on a case so far, case history',
    example: 'who edited ticket 4471 and what did they change',
  },
  {
    op: 'connectcases:CreateTemplate',
    asked:
      'ticket form for a type of issue, which fields a ticket shows, required fields for refunds tickets',
    example: 'make a refund request ticket form with order number and amount fields',
  },
];
