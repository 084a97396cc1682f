// Data: round 9 vocabulary of the security services (see concepts.ts): the short words and
// identifiers people use for credentials, org-wide guardrails, Control Tower controls, WAF
// address lists, egress filtering and license limits without naming the service.

import type { Concept } from './concepts.js';

export const R9_SECURITY_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['creds'],
    terms: 'credentials',
    why: '"creds" is the everyday short form of credentials (keys, passwords, temporary tokens)',
    example: [
      'let on-prem boxes get temporary aws creds from their certificates',
      'rolesanywhere:CreateTrustAnchor',
    ],
  },
  {
    phrases: ['db creds', 'database creds', 'store creds', 'store credentials'],
    terms: 'secret',
    services: ['secretsmanager'],
    why: 'credentials an application keeps (a database login, an api password) are a Secrets Manager secret',
    example: ['store the db creds for the billing app somewhere safe', 'secretsmanager:CreateSecret'],
  },
  {
    phrases: [
      'stop every account',
      'stop all accounts',
      'no account in the org',
      'any account in the org',
      'every account in the org from',
      'all accounts in the org from',
    ],
    terms: 'service control policy',
    services: ['organizations'],
    why: 'keeping member accounts of an organization from doing something is a service control policy',
    example: ['stop every account in the org from leaving the eu regions', 'organizations:CreatePolicy'],
  },
  {
    phrases: [
      'waf rules to every account',
      'waf rules across',
      'waf to every account',
      'waf across',
      'waf in every account',
    ],
    terms: 'policy',
    services: ['fms'],
    why: 'one set of WAF rules applied across the accounts of an organization is a Firewall Manager policy',
    example: ['apply our waf rules across all the org accounts', 'fms:PutPolicy'],
  },
  {
    // Control Tower control ids read AWS-GR_..., split into words by the tokenizer
    phrases: ['aws gr', 'control on ou', 'control on the ou', 'control to ou', 'control to the ou'],
    terms: 'control',
    services: ['controltower'],
    why: 'Control Tower controls (guardrails) are named AWS-GR_... and are enabled on an organizational unit',
    example: ['enable AWS-GR_ENCRYPTED_VOLUMES on the sandbox ou', 'controltower:EnableControl'],
  },
  {
    phrases: ['bad ip', 'bad ips', 'bad ip addresses', 'attacker ips', 'abusive ips'],
    terms: 'ip set',
    services: ['wafv2'],
    why: 'keeping known bad addresses away from a web application is a WAF IP set used in a web ACL rule',
    example: ['block a list of bad ips from hitting our api', 'wafv2:CreateIPSet'],
  },
  {
    phrases: ['egress firewall', 'outbound firewall', 'firewall rule group'],
    terms: 'rule group',
    services: ['network-firewall', 'route53resolver'],
    why: 'filtering outbound traffic by domain or rule group is AWS Network Firewall or Route 53 Resolver DNS Firewall, not a security group',
    example: ['add example.org to the deny list of our egress firewall', 'network-firewall:UpdateRuleGroup'],
  },
  {
    phrases: [
      'server licenses',
      'windows licenses',
      'oracle licenses',
      'sql licenses',
      'how many licenses',
      'license cap',
    ],
    terms: 'license configuration',
    services: ['license-manager'],
    why: 'counting or capping the licenses a team may run (BYOL Windows, SQL Server, Oracle) is License Manager',
    example: [
      'limit how many oracle licenses the data team can use',
      'license-manager:CreateLicenseConfiguration',
    ],
  },
];
