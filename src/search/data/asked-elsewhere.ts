// Data: questions whose answer lives in another service than the thing they name
// (src/search/elsewhere.ts). "how much are nat gateways costing us" reads the bill, not the NAT
// gateways; "what is using sg-0a1b..." reads the network interfaces that carry the group; "can the
// deploy role read the assets bucket" runs the policy simulator, not s3:GetObject. The thing named
// is what the question is about; the entry's terms name the read that answers it. Written from
// where AWS keeps each answer (Cost Explorer, the reverse-lookup reads, IAM's simulator).
// Each entry says why and gives an example (a query and the operation it must rank first).

import type { Reasoned } from './reasoned.js';

export interface ElsewhereAnswer extends Reasoned {
  /** Index terms of the read that answers the question, and the services it lives in. */
  readonly terms: string;
  readonly services: readonly string[];
  /** The name words that pick this read among its siblings (default: its terms). */
  readonly head?: string;
}

/** How much a service named in such a question still counts: it is what the question is about. */
export const NAMED_THING = {
  share: 0.4,
  why: 'in "how much are nat gateways costing us" EC2 is the subject, Cost Explorer holds the answer',
  example: ['how much is cloudwatch costing us', 'ce:GetCostAndUsage'],
} satisfies Reasoned & { share: number };

/** (a) Money spent: our own spend lives in Cost Explorer, whatever service it was spent on. */
export const SPEND = {
  /** Words that name money paid out. */
  words: new Set([
    'cost',
    'costs',
    'costing',
    'spend',
    'spent',
    'spending',
    'bill',
    'bills',
    'paying',
    'pay',
    'paid',
    'charged',
  ]),
  /** Words that make it ours (our bill, not a list price: "how much does a t3.large cost" is pricing). */
  ours: new Set(['we', 'us', 'our', 'ours', 'my', 'me', 'i', 'bill', 'bills', 'spent', 'spend', 'spending']),
  /** A money word followed by one of these names a Cost Explorer object or a billing mode, not spend. */
  notBefore: new Set([
    'allocation',
    'category',
    'categories',
    'anomaly',
    'anomalies',
    'center',
    'centre',
    'explorer',
    'optimization',
    'optimisation',
    'hub',

    'report',
    'reports',
  ]),
  /** Words of saving: "cut what we spend on ec2" asks for recommendations, another kind. */
  saving: new Set([
    'save',
    'saving',
    'savings',
    'reduce',
    'cut',
    'lower',
    'optimize',
    'optimise',
    'cheaper',
    'stop',
    'stops',
    'stopped',
    'idle',
    'unused',
    'unattached',
    'waste',
    'wasted',
    'wasting',
    'cheap',
    'cheapest',
  ]),
  /** Words of a notice: "email me when spending passes $500" asks for a budget alert, a change. */
  notices: new Set([
    'alert',
    'alerts',
    'warn',
    'email',
    'notify',
    'notification',
    'ping',
    'page',
    'text',
    'tell',
    'warning',
    'warned',
    'alerted',
    'notified',
    'emailed',
  ]),
  /** Words of a quote: "what would it cost to exchange the ri" asks a price, not our spend. */
  hypothetical: new Set(['would', 'if', 'scenario']),
  /** Words of commitments, tags and limits: coverage, reservations, cost tags, a spending limit (a budget) are reads of their own. */
  commitments: new Set([
    'demand',
    'coverage',
    'reserved',
    'reservation',
    'reservations',
    'ri',
    'ris',
    'commitment',
    'utilization',
    'tag',
    'tags',
    'limit',
    'limits',
  ]),
  /** After "than", these say more is bought than needed ("paying for more iops than they use"): right-sizing. */
  overBought: new Set(['use', 'used', 'need', 'needed', 'require']),
  /** Words naming a budget: spend asked against one reads the budget ("how much of the eng budget have we spent"). */
  budgetWords: new Set(['budget', 'budgets']),
  /** Words of the future: spend not yet made is forecast. */
  future: new Set([
    'will',
    'forecast',
    'projected',
    'predict',
    'predicted',
    'expect',
    'expected',
    'next',
    'going',
    'estimate',
    'estimated',
  ]),
  past: {
    terms: 'get cost and usage',
    services: ['ce'],
    why: 'what an account spent, on any service, is read from Cost Explorer, grouped by service or usage type',
    example: ['how much are our load balancers costing us', 'ce:GetCostAndUsage'],
  } satisfies ElsewhereAnswer,
  forecast: {
    terms: 'get cost forecast',
    services: ['ce'],
    why: "spend that has not happened yet is Cost Explorer's forecast, for one service or the whole bill",
    example: ['how much will we spend on redshift next month', 'ce:GetCostForecast'],
  } satisfies ElsewhereAnswer,
};

/** A question about a budget (not making one): the budgets and how spend stands against them. */
export const BUDGET_QUESTION = {
  /** Word pairs that ask how spend stands against a budget. */
  pairs: [
    ['over', 'budget'],
    ['under', 'budget'],
    ['within', 'budget'],
    ['exceeded', 'budget'],
    ['blown', 'budget'],
  ] as const,
  answer: {
    terms: 'describe budgets',
    services: ['budgets'],
    why: 'a budget holds its limit and the actual and forecast spend against it',
    example: ['are we over budget on lambda this month', 'budgets:DescribeBudgetPerformanceHistory'],
  } satisfies ElsewhereAnswer,
};
