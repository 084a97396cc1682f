// Data: asking for a higher limit on something a service runs ("raise the lambda concurrency
// limit to 3000", "bump our ec2 vcpu quota", "we keep hitting the running instances ceiling, ask
// AWS for more"). A service may have a read of its own limits (lambda:GetAccountSettings,
// route53:GetAccountLimit), but no service raises its own: every increase is a Service Quotas
// request, whichever service the limit belongs to (src/search/quota-raise.ts).

import type { ElsewhereAnswer } from './asked-elsewhere.js';

export const QUOTA_RAISE = {
  /** Nouns of an account limit. */
  limits: new Set(['limit', 'limits', 'quota', 'quotas', 'ceiling']),
  /** Words that ask for more of it. */
  raises: new Set(['raise', 'raising', 'increase', 'increasing', 'bump', 'higher', 'lift', 'more', 'extend']),
  /**
   * Words before the limit noun that make it a setting of one resource or of a plan, not an
   * account quota ("the memory limit of my function", "the usage plan limit", "rate limit").
   */
  settings: new Set([
    'rate',
    'memory',
    'timeout',
    'size',
    'retention',
    'payload',
    'spending',
    'spend',
    'budget',
    'cost',
    'expense',
    'tier',
    'plan',
    'key',
    'to',
  ]),
  answer: {
    terms: 'request service quota increase',
    services: ['service-quotas'],
    head: 'quota increase',
    why: 'a limit AWS sets on an account only grows through a Service Quotas increase request, whichever service it limits',
    example: ['raise the lambda concurrency limit to 3000', 'service-quotas:RequestServiceQuotaIncrease'],
  } satisfies ElsewhereAnswer,
};
