// Data: how people ask for operations (see ../asked.ts), security services: app authorization
// (verified permissions), sharing (ram) and edge protection (waf, shield, firewall manager).

import type { AskedEntry } from './types.js';

export const ASKED_SECURITY_7: readonly AskedEntry[] = [
  {
    op: 'verifiedpermissions:CreatePolicyStore',
    asked:
      'fine-grained authorization for my app, externalize permission checks, cedar rules container, rbac and abac for application users',
    example: 'set up a place for our app cedar authorization rules',
  },
  {
    op: 'verifiedpermissions:IsAuthorized',
    asked:
      'can this app user do this action on this document, decide whether someone may, permit or forbid decision, check access inside my application, authz check, principal action resource, allow or deny from the policy store, check if a user can do an action on a resource, can a user view a document according to our authorization policies, is this person allowed by the app policies',
    example: 'ask verified permissions if alice may edit document 42',
  },
  {
    op: 'verifiedpermissions:IsAuthorizedWithToken',
    asked:
      'authorization decision from a cognito or oidc jwt, check access using the id token or access token of the caller',
    example: "check our cedar rules against the caller's cognito jwt: may they delete photo 7",
  },
  {
    op: 'verifiedpermissions:CreatePolicy',
    asked:
      'write a cedar permit or forbid rule, allow owners to edit their documents, app authorization rule, write a cedar rule that lets a role approve something, rule that lets managers do an action',
    example: 'add a cedar statement so album owners can change their albums',
  },
  {
    op: 'verifiedpermissions:PutSchema',
    asked:
      'define entity types and actions for cedar, app authorization model, principals resources and actions schema',
    example: 'define the User, Album and Photo entity types for our cedar rules',
  },
  {
    op: 'ram:CreateResourceShare',
    asked:
      'share subnets, transit gateways, license configs or resolver rules with other accounts, cross-account sharing, share with the whole org, let another account in our organization use it',
    example: 'share our vpc subnets with account 222233334444 using ram',
  },
  {
    op: 'ram:AcceptResourceShareInvitation',
    asked:
      'accept something another account shared with us, pending share invitation, say yes to a cross-account share, offer from another account, accept what another account shared with us, take the shared subnets or transit gateway, accept a share invitation',
    example: 'agree to the ram offer from account 111122223333',
  },
  {
    op: 'ram:AssociateResourceShare',
    asked: 'add another account or subnet to an existing share, extend sharing to more accounts or ous',
    example: 'add account 555566667777 to our existing ram share',
  },
  {
    op: 'ram:GetResourceShares',
    asked: 'what have we shared and with whom, shares others gave us, cross-account shares owned by me',
    example: 'what have we shared with other accounts',
  },
  {
    op: 'ram:EnableSharingWithAwsOrganization',
    asked:
      'allow sharing across the org without invitations, turn on org-wide resource sharing, no invitations needed inside the organization',
    example: 'share within our org without the invite step',
  },
  {
    op: 'wafv2:CreateWebACL',
    asked:
      'web application firewall, block sql injection and xss, protect a website or api from bots, firewall rules for cloudfront or alb, rate based rule, limit requests per client ip, brute force on the login page',
    example: 'stop xss and sqli attacks against our public api',
  },
  {
    op: 'wafv2:AssociateWebACL',
    asked:
      'attach the firewall to a load balancer or api gateway, protect an alb with waf rules, turn on waf for an api',
    example: 'protect our public alb with the existing waf rules',
  },
  {
    op: 'wafv2:UpdateWebACL',
    asked:
      'add a rate limit rule, block a country, geo block, geo match, change firewall rules, add managed rules, throttle abusive clients, requests per 5 minutes from one client, block traffic from a country or from outside a region',
    example: 'add a geo block for north korea and a rate limit rule to our waf',
  },
  {
    op: 'wafv2:CreateIPSet',
    asked: 'list of ip addresses to block or allow in the firewall, denylist of attacker ips, cidr blocklist',
    example: 'make a blocklist of attacker ip addresses for our waf',
  },
  {
    op: 'wafv2:UpdateIPSet',
    asked:
      'append an attacker ip to an existing blocklist, add addresses to the block list, change allowed ip addresses in the firewall, update the denylist, add an ip range to an ip set, add a cidr to the ip set, put one more address in an existing ip set',
    example: 'append 203.0.113.7 to the existing waf ip blocklist',
  },
  {
    op: 'wafv2:GetSampledRequests',
    asked:
      'which requests did the firewall block, sample of blocked traffic, why was my request blocked by waf, false positive investigation',
    example: 'show a sample of requests our waf blocked in the last hour',
  },
  {
    op: 'wafv2:PutLoggingConfiguration',
    asked:
      'send firewall logs to s3, cloudwatch or firehose, record every request the waf sees, waf traffic logs, log blocked or allowed requests to s3, cloudwatch or firehose, firewall request logs, turn on waf logging',
    example: 'keep a record of every request waf evaluates in s3',
  },
  {
    op: 'wafv2:ListAvailableManagedRuleGroups',
    asked:
      'which ready-made firewall rule sets exist, core rule set, known bad inputs, bot control, owasp top 10 protections, prebuilt protections',
    example: 'what prebuilt waf protections does aws offer',
  },
  {
    op: 'shield:CreateSubscription',
    asked:
      'ddos protection advanced plan, 24/7 response team, cost protection against attack scaling charges, sign up for shield advanced',
    example: 'buy shield advanced for this account',
  },
  {
    op: 'shield:CreateProtection',
    asked:
      'protect a cloudfront distribution, load balancer or elastic ip against ddos, add advanced ddos protection to one endpoint',
    example: 'cover our elastic ip with shield advanced',
  },
  {
    op: 'shield:ListAttacks',
    asked:
      'were we hit by a ddos, did we see any ddos, any attacks against us in the last 30 days, is the ddos still going on, under attack right now, ongoing flood, history of denial of service events, denial of service incidents',
    example: 'has shield recorded any denial of service incidents this quarter',
  },
  {
    op: 'shield:DescribeAttack',
    asked:
      'details of a ddos event, attack vectors, peak traffic of the flood, mitigation applied, postmortem of an incident',
    example: 'break down ddos incident 1234 for the postmortem',
  },
  {
    op: 'fms:PutPolicy',
    asked:
      'enforce waf rules or security groups across every account in the org, central firewall policy, auto-remediate non-compliant accounts, consistent security groups org-wide',
    example: 'firewall manager should enforce a baseline security group in every account',
  },
  {
    op: 'fms:ListComplianceStatus',
    asked:
      'which accounts violate our central firewall policy, non-compliant member accounts, accounts not compliant with firewall manager, is every account protected, out of compliance with the firewall manager waf policy, which accounts are missing the waf or shield protection',
    example: 'firewall manager: which accounts are out of line with policy abc123',
  },
  {
    op: 'fms:GetViolationDetails',
    asked:
      'why is this resource non-compliant with the central firewall policy, what is missing on a load balancer, violation reasons',
    example: 'why is alb my-alb flagged as violating the org-wide waf policy',
  },
];
