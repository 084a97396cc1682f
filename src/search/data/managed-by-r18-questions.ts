// Data: which service manages a thing another named service seems to own (see
// managed-by-r16-services.ts), round 18 questions: a domain's transfer or registration is the
// registrar's (Route 53 Domains) though people say "route 53"; instances Auto Scaling launched or
// terminated are EC2 Auto Scaling's activities though "autoscaling" alone reads as Application
// Auto Scaling; what a named scanner "flagged" is its own finding, not an AWS Config rule.

import type { ManagedBy } from './managed-by-r16-services.js';

/** Services that scan resources and report what they find as findings. */
export const SCANNER_SERVICES: readonly string[] = [
  'accessanalyzer',
  'guardduty',
  'inspector2',
  'macie2',
  'securityhub',
];

export const MANAGED_BY_R18: readonly ManagedBy[] = [
  {
    phrases: [
      'domain transfer',
      'transfer my domain',
      'transfer the domain',
      'transfer of the domain',
      'domain registration',
      'register the domain',
      'register my domain',
      'renew the domain',
      'renew my domain',
      'domain renewal',
    ],
    subjects: ['route53'],
    services: ['route53domains'],
    terms: 'domain',
    why: 'registering, transferring and renewing a domain is Route 53 Domains (the registrar); Route 53 itself serves the DNS of a hosted zone',
    example: [
      'is the domain transfer of example.net to route 53 still in progress',
      'route53domains:GetOperationDetail',
    ],
  },
  {
    phrases: ['autoscaling', 'auto scaling'],
    also: [
      ['instanc', 'server', 'node', 'ec2', 'vm'],
      ['terminat', 'launch', 'replac', 'kill', 'remov', 'spun', 'added'],
    ],
    asks: true,
    services: ['autoscaling'],
    terms: 'scaling activities',
    why: 'instances launched or terminated by auto scaling are activities of an EC2 Auto Scaling group; Application Auto Scaling scales capacities, not instances',
    example: [
      'why did auto scaling replace two of our instances last night',
      'autoscaling:DescribeScalingActivities',
    ],
  },
  {
    phrases: ['flag'],
    subjects: SCANNER_SERVICES,
    yields: ['config'],
    why: 'what a named scanner has flagged is one of its findings; "flag any X" means an AWS Config rule only when no scanner is named',
    example: ['what has guardduty flagged in the prod account this week', 'guardduty:ListFindings'],
  },
];
