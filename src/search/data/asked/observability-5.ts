// Data: how people ask for operations (see ../asked.ts), cost and account services: Cost Explorer,
// Budgets, Pricing, cost reports and exports, account settings, Savings Plans, Free Tier, Support;
// then Application Signals and RUM.

import type { AskedEntry } from './types.js';

export const ASKED_OBSERVABILITY_5: readonly AskedEntry[] = [
  {
    op: 'ce:GetCostAndUsage',
    asked:
      'how much did we spend, bill broken down by service, monthly spend, what are we paying for, invoice breakdown, spend per team or tag, why is the bill so high, daily charges, past spending, what did a service cost us last month or last quarter, actual cost so far, what did we spend, what was spent, how much is it costing us',
    example: 'how much did we spend on each service last month',
  },
  {
    op: 'ce:GetCostForecast',
    asked:
      'predict the bill, projected spend by end of month quarter or year, what will we pay next month, estimate future charges, expected upcoming bill, spend trend going forward',
    example: 'what will our bill be at the end of this month',
  },
  {
    op: 'ce:GetCostAndUsageWithResources',
    asked:
      'spend per individual instance, which resource costs the most, bill by resource id, daily per resource charges',
    example: 'which single instance is costing us the most this week',
  },
  {
    op: 'ce:GetAnomalies',
    asked:
      'unexpected spend spike, why did the bill jump, unusual charges, cost surprise detected, weird or abnormal spending spikes recently, sudden jump in daily cost, were there any odd charges lately',
    example: 'did anything cause an unexpected jump in spend yesterday',
  },
  {
    op: 'ce:CreateAnomalyMonitor',
    asked: 'watch spend for unusual spikes, machine learning on the bill, detect cost surprises per service',
    example: 'automatically watch for unusual spend spikes per service',
  },
  {
    op: 'ce:CreateAnomalySubscription',
    asked:
      'email finance or me when an unusual charge shows up, alert on cost anomaly above a dollar threshold, notify on unexpected spend, daily digest of cost surprises',
    example: 'email finance when an unusual charge above $100 shows up',
  },
  {
    op: 'ce:GetRightsizingRecommendation',
    asked:
      'oversized instances, idle servers to downsize, save money on ec2, underutilized machines, cheaper instance type',
    example: 'which of our servers are oversized and could be downsized to save money',
  },
  {
    op: 'ce:GetSavingsPlansPurchaseRecommendation',
    asked:
      'should we commit to save, how much commitment to buy, discount for 1 or 3 year term, reduce compute bill, how much would a savings plan save us, which savings plan should we buy',
    example: 'how much hourly commitment should we buy to lower the compute bill',
  },
  {
    op: 'ce:GetReservationUtilization',
    asked:
      'are we actually using reserved instances we prepaid for, ri utilization percentage, wasted reservations, unused reserved capacity',
    example: 'are we actually using the reserved instances we prepaid for',
  },
  {
    op: 'ce:CreateCostCategoryDefinition',
    asked: 'group spend by team or product, allocate bill to departments, chargeback buckets, showback rules',
    example: 'split our bill into buckets per department for chargeback',
  },
  {
    op: 'budgets:CreateBudget',
    asked:
      'email me when the bill goes past an amount, monthly spending limit, alert when spend exceeds a dollar figure, warn at 80 percent, cost alarm on money, get warned before the bill gets too big, warn me when spend gets high, cap on monthly spend with an alert',
    example: 'email me when this month’s bill goes past $500',
  },
  {
    op: 'budgets:UpdateBudget',
    asked:
      'raise the spending limit, change monthly amount of a spending cap, increase allowed spend per month, adjust threshold for cost alert',
    example: 'raise the dev account spending limit to $2000 a month',
  },
  {
    op: 'budgets:CreateBudgetAction',
    asked:
      'stop instances when over spend, automatic response to overspending, apply deny policy when money runs out',
    example: 'automatically stop dev instances once spending passes the limit',
  },
  {
    op: 'budgets:DescribeBudgetPerformanceHistory',
    asked: 'spend vs limit over past months, did we go over last quarter, planned versus actual history',
    example: 'did we overspend compared to plan in each of the last six months',
  },
  {
    op: 'pricing:GetProducts',
    asked:
      'how much does an instance type cost, price list, on demand hourly rate, price per gb, compare prices, price of m5.large',
    example: 'what is the hourly on-demand price of an m5.large in frankfurt',
  },
  {
    op: 'pricing:GetAttributeValues',
    asked: 'valid filter values for price lookup, instance types and locations available in price list',
    example: 'which location names can i filter the price list by',
  },
  {
    op: 'cur:PutReportDefinition',
    asked:
      'detailed billing report to s3, line item bill export, hourly granular billing files for athena, cost and usage report, cur, billing file delivered to a bucket, hourly billing files in s3, turn on the detailed bill',
    example: 'deliver hourly line-item billing files to our bucket for athena',
  },
  {
    op: 'bcm-data-exports:CreateExport',
    asked:
      'send billing data daily to a bucket, focus format, cur 2.0 export, scheduled bill data dump, cost data for bi tools, export cost and usage to a bucket as parquet or csv on a schedule, cost and usage data export, cur for finance, export billing data to s3 daily',
    example: 'send daily billing data in focus format to a bucket',
  },
  {
    op: 'bcm-data-exports:ListExports',
    asked:
      'which billing data dumps are configured, existing cost exports, scheduled bill exports to s3 we already have',
    example: 'what billing data dumps do we already have set up',
  },
  {
    op: 'account:PutAlternateContact',
    asked: 'set billing contact, security contact email, operations contact person, who gets notices',
    example: 'make finance@example.com the billing contact for this account',
  },
  {
    op: 'account:GetContactInformation',
    asked:
      'company address on account, phone number registered, who owns this account, primary contact details',
    example: 'what address and phone number are registered on this account',
  },
  {
    op: 'account:EnableRegion',
    asked:
      'opt in to a region, opt this account in, enable af south or ap east style regions so we can deploy there, turn on a disabled region, unlock region for use, milan, cape town, hong kong, bahrain, jakarta',
    example: 'opt in to af-south-1 so we can deploy there',
  },
  {
    op: 'account:ListRegions',
    asked: 'which regions are turned on, opted in regions, available locations for account',
    example: 'which regions is this account allowed to use',
  },
  {
    op: 'account:StartPrimaryEmailUpdate',
    asked: 'change root email, update owner email address of account, new login email',
    example: 'change the root email address of a member account',
  },
  {
    op: 'savingsplans:DescribeSavingsPlans',
    asked: 'our commitments, active discount plans, when do commitments expire, hourly commitment bought',
    example: 'when do our compute discount commitments expire',
  },
  {
    op: 'savingsplans:CreateSavingsPlan',
    asked: 'buy discount commitment, purchase 1 year compute plan, commit hourly spend for lower price',
    example: 'purchase a one year compute commitment of $10 an hour',
  },
  {
    op: 'savingsplans:DescribeSavingsPlansOfferingRates',
    asked: 'discounted rate per instance, price under commitment, compare committed vs on demand rate',
    example: 'what discounted hourly rate would a c5.xlarge get under a commitment',
  },
  {
    op: 'freetier:GetFreeTierUsage',
    asked:
      'am i still free, free allowance left, will i be charged, usage against free limits, how close to paying',
    example: 'how much of the free allowance have i used this month',
  },
  {
    op: 'support:CreateCase',
    asked:
      'open a ticket with aws, contact support, ask aws for help, file a support request, report a problem to aws, raise a ticket with aws, get aws help with a production issue',
    example: 'open a ticket with aws about our stuck instance',
  },
  {
    op: 'support:DescribeCases',
    asked:
      'status of my ticket, open tickets with aws, support history, has aws replied, is a support case open, our support cases, list cases we opened with aws',
    example: 'has aws replied to our open tickets',
  },
  {
    op: 'support:AddCommunicationToCase',
    asked:
      'reply on our ticket, send extra logs or details to support, respond to support engineer, add a message to a ticket',
    example: 'reply on our ticket with the extra logs they asked for',
  },
  {
    op: 'support:ResolveCase',
    asked: 'close the ticket, problem went away, mark ticket solved, no longer need help',
    example: 'close the ticket, the problem went away',
  },
  {
    op: 'support:DescribeTrustedAdvisorCheckResult',
    asked:
      'best practice findings, open security groups warning, idle resources flagged, cost saving advice results',
    example: 'what did the best-practice scan flag for open security groups',
  },
  {
    op: 'trustedadvisor:ListRecommendations',
    asked:
      'best practice advice, cost savings suggestions, security warnings from advisor, fault tolerance tips, which advisor checks are flagged red or yellow, what trusted advisor is warning about, failing best practice checks, security problems trusted advisor flags, advisor findings by pillar',
    example: 'what best-practice advice do we have for saving cost',
  },
  {
    op: 'trustedadvisor:ListRecommendationResources',
    asked: 'which resources are flagged by advice, offending items for a best practice finding',
    example: 'which exact resources were flagged by that advice',
  },
  {
    op: 'application-signals:CreateServiceLevelObjective',
    asked: 'slo, availability target 99.9, latency goal, error budget, reliability target for an api, sli',
    example: 'set a 99.9% availability target for the orders api',
  },
  {
    op: 'application-signals:ListServices',
    asked:
      'discovered apm services, what apps are instrumented, application performance monitoring inventory, services with latency and error metrics',
    example: 'which instrumented apps has apm discovered',
  },
  {
    op: 'application-signals:BatchGetServiceLevelObjectiveBudgetReport',
    asked: 'how much error budget is left, burn rate, are we meeting slo, attainment report',
    example: 'how much error budget do we have left this month',
  },
  {
    op: 'rum:CreateAppMonitor',
    asked:
      'real user monitoring, measure page load in browsers, frontend performance, javascript errors from visitors, web vitals',
    example: 'measure how fast pages load for real visitors in their browsers',
  },
  {
    op: 'rum:GetAppMonitorData',
    asked:
      'raw browser telemetry, page load events from users, frontend errors collected, session data, see real user sessions and errors of the web front end',
    example: 'pull the raw page-load events collected from visitors’ browsers',
  },
];
