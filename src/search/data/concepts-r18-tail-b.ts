// Data: concepts (see concepts.ts) for issue 16 round 18, blind queries for services outside the
// best-known twenty (ids m to z): the names people give a service's kinds or hardware ("file
// gateway", "on-prem racks", "premium DDoS protection", "traffic inspection") when the query
// names neither the service nor the operation, so the service is found by what it is called
// on the floor.

import type { Concept } from './concepts.js';

export const R18_TAIL_B_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'file gateway',
      'file gateways',
      's3 file gateway',
      'fsx file gateway',
      'volume gateway',
      'volume gateways',
      'tape gateway',
      'tape gateways',
    ],
    services: ['storagegateway'],
    why: 'file, volume and tape gateways are the three kinds of Storage Gateway appliance, not API Gateway or S3 itself',
    example: [
      'make the file gateway notice objects copied straight into the bucket',
      'storagegateway:RefreshCache',
    ],
  },
  {
    phrases: [
      'on-prem rack',
      'on-prem racks',
      'on-premises rack',
      'on-premises racks',
      'aws rack',
      'aws racks',
    ],
    terms: 'outpost',
    services: ['outposts'],
    why: 'an AWS rack installed on premises is an Outpost; people call it by the hardware they see',
    example: ['list our on-prem racks', 'outposts:ListOutposts'],
  },
  {
    phrases: [
      'premium ddos protection',
      'paid ddos protection',
      'advanced ddos protection',
      'ddos response team',
      'ddos cost protection',
    ],
    terms: 'advanced subscription',
    services: ['shield'],
    why: 'the paid tier of DDoS protection (response team, cost protection) is a Shield Advanced subscription, not one protected resource',
    example: ['sign up for the premium DDoS protection', 'shield:CreateSubscription'],
  },
  {
    phrases: [
      'traffic inspection',
      'inspect traffic',
      'inspection appliance',
      'stateful inspection',
      'deep packet inspection',
      'suricata rules',
      'suricata',
    ],
    terms: 'firewall',
    services: ['network-firewall'],
    why: 'inspecting VPC traffic with stateful (Suricata) rules is AWS Network Firewall, not security groups',
    example: [
      'point the VPC traffic inspection appliance at a different policy',
      'network-firewall:AssociateFirewallPolicy',
    ],
  },
  {
    phrases: ['rulebook', 'rule book', 'rulebooks', 'rule books'],
    terms: 'policy',
    why: 'the rulebook a filter or firewall follows is its policy (a firewall policy, a web ACL)',
    example: ['swap the rulebook of network firewall edge-fw', 'network-firewall:AssociateFirewallPolicy'],
  },
  {
    phrases: [
      'in a picture',
      'in the picture',
      'in this picture',
      'in pictures',
      'in a photo',
      'in the photo',
      'in this photo',
      'in photos',
      'scenery',
    ],
    terms: 'detect image',
    services: ['rekognition'],
    why: 'what appears in a picture (objects, scenes, people) is image analysis in Rekognition, not S3 objects',
    example: ['tell me what things and scenery show up in a picture', 'rekognition:DetectLabels'],
  },
  {
    phrases: [
      'durable redis',
      'durable redis-compatible',
      'durable redis compatible',
      'durable valkey',
      'durable in-memory',
      'durable in memory',
      'in-memory primary database',
      'redis primary database',
    ],
    services: ['memorydb'],
    why: 'a Redis- or Valkey-compatible store that keeps every write (a multi-AZ transaction log, a primary database) is MemoryDB; ElastiCache is a cache',
    example: ['spin up a durable valkey store for our session data', 'memorydb:CreateCluster'],
  },
];
