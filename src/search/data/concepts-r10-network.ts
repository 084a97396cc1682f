// Data: concepts (see concepts.ts) for the network and edge services, in the words people use for
// them instead of the product's own (dns servers on-prem for a Resolver forwarding rule, services
// that find each other by name for Cloud Map, a region ready to fail over for ARC readiness).
// Issue 16, round 10.

import type { Concept } from './concepts.js';

export const R10_NETWORK_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'on-prem dns',
      'on premises dns',
      'datacenter dns',
      'data center dns',
      'office dns',
      'corporate dns',
      'active directory dns',
      'our own dns servers',
    ],
    terms: 'resolver rule forward outbound endpoint',
    services: ['route53resolver'],
    why: 'names answered by dns servers outside aws are reached from a vpc through a Resolver forwarding rule on an outbound endpoint',
    example: [
      'make corp.local names resolve through the on-prem dns boxes',
      'route53resolver:CreateResolverRule',
    ],
  },
  {
    phrases: [
      'find each other',
      'discover each other',
      'look each other up',
      'service discovery',
      'service registry',
      'find services by name',
    ],
    terms: 'namespace service discover instances',
    services: ['servicediscovery'],
    why: 'services locating one another by a registered name inside a network is AWS Cloud Map (namespaces, services, instances)',
    example: [
      'let the payment and order services find each other by name',
      'servicediscovery:CreatePrivateDnsNamespace',
    ],
  },
  {
    phrases: [
      'bad connection',
      'slow connection',
      'connectivity problems',
      'internet problems',
      'isp outage',
      'isp problems',
      'users by city',
      'users in some city',
      'users in a city',
      'internet weather',
    ],
    terms: 'internet monitor',
    services: ['internetmonitor'],
    why: 'how well end users reach an application over the public internet, by city and ISP, is what CloudWatch Internet Monitor measures',
    example: [
      'watch for users in a city getting a bad connection to our app',
      'internetmonitor:CreateMonitor',
    ],
  },
  {
    phrases: [
      'ready to fail over',
      'ready to failover',
      'ready for failover',
      'failover readiness',
      'safe to fail over',
      'standby region ready',
      'recovery readiness',
    ],
    terms: 'readiness recovery group cell',
    services: ['route53-recovery-readiness'],
    why: 'whether the standby replica of an application can take the traffic is an Application Recovery Controller readiness check',
    example: [
      'is the standby region ready to fail over',
      'route53-recovery-readiness:GetRecoveryGroupReadinessSummary',
    ],
  },
  {
    phrases: [
      'packet loss',
      'graph the loss',
      'round trip time to',
      'latency to on-prem',
      'latency to the datacenter',
    ],
    terms: 'network monitor probe',
    services: ['networkmonitor'],
    why: 'loss and round-trip time from a vpc subnet to an on-premises address are measured by a Network Monitor probe',
    example: ['watch packet loss from subnet-0abc1234 to the office router', 'networkmonitor:CreateProbe'],
  },
  {
    phrases: [
      'global map',
      'one map',
      'network map',
      'topology map',
      'network topology',
      'whole network on one',
    ],
    terms: 'global network',
    services: ['networkmanager'],
    why: 'one view of transit gateways, sites and links across regions is an AWS Network Manager global network',
    example: ['put all our transit gateways on one global map', 'networkmanager:RegisterTransitGateway'],
  },
  {
    phrases: [
      'flush the cdn',
      'purge the cdn',
      'clear the cdn',
      'flush cloudfront',
      'purge cloudfront',
      'still see the old',
      'still seeing the old',
      'still showing the old',
      'old version still showing',
    ],
    terms: 'create invalidation',
    services: ['cloudfront'],
    why: 'a cdn that keeps serving the old file after a deploy is cleared with a CloudFront invalidation',
    example: [
      'visitors are still seeing the old logo after the release, purge cloudfront',
      'cloudfront:CreateInvalidation',
    ],
  },
  {
    phrases: [
      'ban the ip',
      'ban an ip',
      'ban ip',
      'ban this ip',
      'ban that ip',
      'ban the address',
      'ban addresses',
    ],
    terms: 'update ip set block',
    services: ['wafv2'],
    why: 'banning an address from a website or api is a WAF rule over an IP set that blocks it',
    example: ['ban the ip 203.0.113.99 from our api', 'wafv2:UpdateIPSet'],
  },
  {
    phrases: ['need a cert', 'need a certificate', 'need https', 'new ssl cert', 'new tls cert'],
    terms: 'request certificate',
    services: ['acm'],
    why: 'getting a new public tls certificate for a domain from AWS is an ACM certificate request',
    example: ['we need a cert for shop.example.com before launch', 'acm:RequestCertificate'],
  },
  {
    phrases: ['new private network', 'a private network for', 'own private network', 'private network with'],
    terms: 'vpc',
    services: ['ec2'],
    why: 'a private network of your own in aws, with an address range, is a VPC (private 5G networks are rare)',
    example: ['make a private network with 10.60.0.0/16 for the qa team', 'ec2:CreateVpc'],
  },
];
