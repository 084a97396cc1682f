// Data: round-12 self-play words for the security, governance, resilience and network long tail
// (see ../asked.ts): operations of services with few dev queries that had no asked entry yet,
// in the words people use for them ("take a payment key out of service", "which vpcs is the dns
// firewall on", "is bob in the admins group").
import type { AskedEntry } from './types.js';

export const ASKED_SECNET_R12: readonly AskedEntry[] = [
  {
    op: 'inspector-scan:ScanSbom',
    asked:
      'check a bill of materials for known vulnerabilities, scan a cyclonedx or spdx file for vulnerabilities, are any of our dependencies vulnerable, vulnerability scan of a package list',
    example: 'scan our cyclonedx dependency list for vulnerable packages',
  },
  {
    op: 'payment-cryptography:StopKeyUsage',
    asked:
      'take a payment key out of service for now, suspend a card key without deleting it, pause use of a key, disable a payment key temporarily',
    example: 'pause the payment pin key for now but keep it',
  },
  {
    op: 'payment-cryptography:StartKeyUsage',
    asked:
      'put a suspended payment key back in service, re-enable a card key, allow the key to be used again',
    example: 'the cvv key was suspended, allow it to be used again',
  },
  {
    op: 'payment-cryptography-data:EncryptData',
    asked:
      'encrypt a card number, protect a pan or cardholder data with a payment key, encrypt track data for a processor',
    example: 'encrypt the pan 4111111111111111 with our data key',
  },
  {
    op: 'payment-cryptography-data:DecryptData',
    asked: 'decrypt a card number, recover the pan from ciphertext, read encrypted cardholder data',
    example: 'turn this encrypted pan back into the card number',
  },
  {
    op: 'payment-cryptography-data:VerifyCardValidationData',
    asked:
      'check the cvv or cvc on a card, is the security code on the back of the card right, validate cvv2',
    example: 'verify the cvv2 a shopper entered for card 4111111111111111',
  },
  {
    op: 'payment-cryptography-data:GenerateCardValidationData',
    asked: 'make a cvv or cvc for a new card, compute the security code printed on a card, card issuing',
    example: 'compute the cvv2 for a card we are issuing',
  },
  {
    op: 'payment-cryptography-data:VerifyPinData',
    asked: 'check the pin a cardholder typed at the atm, is the pin correct, validate a pin block',
    example: 'check the pin block entered at the atm for card 4111111111111111',
  },
  {
    op: 'payment-cryptography-data:TranslatePinData',
    asked:
      'move a pin block from one key to another, re-encrypt a pin for the card network, pin translation at an acquirer',
    example: 'convert the pin block from the terminal key to the network working key',
  },
  {
    op: 'route53resolver:ListFirewallRuleGroupAssociations',
    asked:
      'which vpcs is the dns firewall rule group on, where is the dns firewall attached, vpcs protected by dns filtering',
    example: 'which vpcs have our malware-domains dns firewall rules attached',
  },
  {
    op: 'route53resolver:DisassociateFirewallRuleGroup',
    asked:
      'take the dns firewall off a vpc, stop dns filtering in a vpc, detach dns firewall rules from a vpc',
    example: 'remove the dns firewall from the sandbox vpc',
  },
  {
    op: 'route53resolver:ListResolverQueryLogConfigAssociations',
    asked:
      'is dns query logging on for a vpc, which vpcs log their dns queries, where are dns lookups being logged',
    example: 'are the dns lookups of vpc-0abc1234 being logged anywhere',
  },
  {
    op: 'identitystore:IsMemberInGroups',
    asked:
      'is a user in a group, does someone belong to the admins group, check group membership of a person in identity center',
    example: 'does bob belong to the admins team in identity center',
  },
  {
    op: 'elb:DeregisterInstancesFromLoadBalancer',
    asked:
      'take an instance out of a classic load balancer, stop sending traffic to an instance behind a classic elb, remove a box from an old style elb',
    example: 'take web-3 out of our old classic elb',
  },
  {
    op: 'elb:DescribeLoadBalancers',
    asked:
      'list classic load balancers, old style elbs still in the account, which legacy elbs do we have, what health check and listeners does a classic elb use, settings of a classic load balancer',
    example: 'do we still have any classic elbs in us-east-1',
  },
  {
    op: 'ssm-sap:StopApplication',
    asked:
      'shut down a sap system, stop sap hana and its application servers, take the sap system down for maintenance',
    example: 'shut down our sap hana system PRD for the maintenance window',
  },
  {
    op: 'ssm-sap:StartApplication',
    asked: 'bring a sap system up, start sap hana and its application servers after maintenance',
    example: 'bring the sap system back up after patching',
  },
  {
    op: 'ssm-sap:RegisterApplication',
    asked:
      'manage a sap hana system with systems manager, onboard a sap system, connect sap to aws for management',
    example: 'onboard our sap hana database so aws can manage it',
  },
  {
    op: 'observabilityadmin:ListResourceTelemetry',
    asked:
      'which resources have logs or metrics turned on, telemetry coverage of ec2 and vpcs, are flow logs enabled across resources, monitoring gaps, resources with no logging or telemetry',
    example: 'which of our vpcs have no flow logs or telemetry set up',
  },
  {
    op: 'controlcatalog:ListControls',
    asked: 'browse the catalog of available controls, which guardrails exist, controls we could turn on',
    example: 'what guardrails can we choose from in the control catalog',
  },
  {
    op: 'signer:SignPayload',
    asked:
      'sign a small blob or container image digest directly, get a signature for a payload without a job, notation signature',
    example: 'sign this image digest with our notation signing profile',
  },
  {
    op: 'migrationhub-config:GetHomeRegion',
    asked: 'which region is the migration hub home, where does migration tracking data live',
    example: 'what region did we pick as the home for migration tracking',
  },
  {
    op: 'cloudtrail-data:PutAuditEvents',
    asked:
      'send activity from our own app or on-prem system into cloudtrail lake, record custom audit events, external audit trail events',
    example: 'push our internal admin tool audit log entries into cloudtrail lake',
  },
  {
    op: 'application-autoscaling:DescribeScalingPolicies',
    asked:
      'what makes my ecs service or table grow and shrink, which scaling rules are on a service, target tracking settings of a service, at what cpu does it scale',
    example: 'what target tracking rule scales our ecs api service',
  },
  {
    op: 'route53resolver:ListResolverEndpointIpAddresses',
    asked:
      'which ip addresses does the inbound or outbound dns endpoint use, ip addresses of a resolver endpoint, endpoint ips in each subnet',
    example: 'what ips did the inbound dns endpoint get in our subnets',
  },
  {
    op: 'acm-pca:ListCertificateAuthorities',
    asked:
      'which private cas do we run, our private certificate authorities and their status, any ca disabled',
    example: 'list our private cas and whether any are disabled',
  },
  {
    op: 'sso:ListAccountRoles',
    asked:
      'which roles or permission sets can I use in one account through the access portal, roles open to me in an account, roles I can assume in an account with my sso login',
    example: 'which roles may I pick in account 111122223333 in the access portal',
  },
  {
    op: 'acm-pca:DescribeCertificateAuthority',
    asked:
      'has the private ca expired, is our ca still active or disabled, status of one certificate authority',
    example: 'is the internal issuing ca still active or did it expire',
  },
  {
    op: 'ssm-contacts:ListPagesByEngagement',
    asked: 'who got paged for an engagement, which responders were notified, pages sent during an escalation',
    example: 'which on-call people were paged during last night escalation',
  },
  {
    op: 'oam:ListAttachedLinks',
    asked:
      'which source accounts share telemetry with our monitoring account, accounts linked to the central observability sink',
    example: 'which accounts send their metrics to our central monitoring account',
  },
  {
    op: 'discovery:ListServerNeighbors',
    asked:
      'which on-prem servers talk to each other, network dependencies between servers before a migration, what does this server connect to',
    example: 'which on-prem servers does db-01 talk to',
  },
  {
    op: 'resiliencehub:ListAppComponentRecommendations',
    asked:
      'what the resilience assessment recommends, how to improve recovery of each part of the app, resiliency fixes',
    example: 'what should we change so the orders app meets its recovery targets',
  },
  {
    op: 'networkflowmonitor:StartQueryWorkloadInsightsTopContributors',
    asked:
      'which workloads send the most traffic, top talkers across availability zones or regions, biggest network flows between azs',
    example: 'who are the top talkers sending traffic across zones in our account',
  },
  {
    op: 'identitystore:ListGroups',
    asked:
      'what groups exist in identity center, all sso groups in the directory, teams defined for single sign-on',
    example: 'list every group in our single sign-on directory',
  },
  {
    op: 'signer:RevokeSigningProfile',
    asked:
      'stop a signing profile from being used for new signatures, distrust everything signed with a profile after a date',
    example: 'the build signing profile leaked, distrust signatures made with it after today',
  },
  {
    op: 'signer:ListSigningProfiles',
    asked:
      'which signing profiles do we have, code signing setups for lambda or containers, signer profiles in the account',
    example: 'what code signing profiles exist in this account',
  },
  {
    op: 'route53profiles:ListProfileAssociations',
    asked:
      'which vpcs use a dns profile, where is the route 53 profile attached, vpcs sharing one set of dns settings',
    example: 'which vpcs is our shared dns profile attached to',
  },
  {
    op: 'networkmanager:GetNetworkRoutes',
    asked:
      'routes in the core network, is there a route between a branch office and a vpc, cloud wan route table of a segment',
    example: 'is there a path from our branch office to the vpc in the cloud wan segment',
  },
];
