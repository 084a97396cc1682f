// Data: how people ask for operations (see ../asked.ts), network services: EC2 firewalls
// (security groups), networks (VPCs), subnets, routing and internet gateways.

import type { AskedEntry } from './types.js';

export const ASKED_NETWORK: readonly AskedEntry[] = [
  {
    op: 'ec2:AuthorizeSecurityGroupIngress',
    asked:
      'open a port, open port 22, allow inbound traffic, let in, whitelist an ip, allowlist my office ip, add a firewall rule, inbound rule, let my laptop ssh in, allow https from anywhere, unblock a port, connection timeout, open 443 to the world, expose a port on the firewall of a tier, allow traffic into the security group',
    example: 'let my home ip reach the server on port 22 through sg-0a1b2c3d',
  },
  {
    op: 'ec2:RevokeSecurityGroupIngress',
    asked:
      'close a port, block inbound, remove a firewall rule, stop allowing, lock down, take an ip off the allowlist, shut port 22 to the world, open to 0.0.0.0/0, exposed port, close ssh to the world on a security group, remove the 0.0.0.0/0 rule, stop allowing ssh from anywhere',
    example: 'close port 3389 that is open to the whole internet on sg-0f00ba12',
  },
  {
    op: 'ec2:AuthorizeSecurityGroupEgress',
    asked:
      'allow outbound traffic, let servers call out, open an outgoing port, outbound firewall rule, allow traffic leaving, permit outgoing connections to a database port',
    example: 'let the app servers make outgoing connections to port 5432',
  },
  {
    op: 'ec2:RevokeSecurityGroupEgress',
    asked:
      'block outbound, stop servers calling out, remove an outgoing rule, restrict traffic leaving, prevent exfiltration, drop the allow all outbound rule',
    example: 'remove the allow-all outgoing rule from sg-0123abcd',
  },
  {
    op: 'ec2:DescribeSecurityGroups',
    asked:
      'list firewalls, which firewalls exist, show firewall settings, find a firewall by name, which firewall does a server use, virtual firewall details, sg ids',
    example: 'which virtual firewalls protect the servers in vpc-0abc1234',
  },
  {
    op: 'ec2:DescribeSecurityGroupRules',
    asked:
      'show each firewall rule, which ports are open, what is allowed in, rules open to 0.0.0.0/0, audit exposed ports, rule ids, who can connect, inbound and outbound rules listed one by one',
    example: 'which ports are open to anyone on the internet in sg-0a1b2c3d',
  },
  {
    op: 'ec2:ModifySecurityGroupRules',
    asked:
      'edit an existing firewall rule, change the port range of a rule, update a rule in place, change the allowed cidr, tweak a rule by its id',
    example: 'change an existing firewall rule sgr-0abc1234 to allow 8443 instead of 8080',
  },
  {
    op: 'ec2:CreateSecurityGroup',
    asked:
      'new firewall, make a firewall, virtual firewall for servers, firewall for the web tier, set of port rules, sg for a database, new firewall for the db servers, make a security group for database machines',
    example: 'make a new firewall for the web tier in vpc-0abc1234',
  },
  {
    op: 'ec2:DeleteSecurityGroup',
    asked:
      'remove a firewall, clean up unused firewalls, get rid of an sg, dependency violation when removing, firewall still in use',
    example: 'get rid of the unused firewall sg-0dead000',
  },
  {
    op: 'ec2:DescribeStaleSecurityGroups',
    asked:
      'rules pointing at deleted groups, groups that still reference a deleted group in a peer vpc, broken firewall references after a peering was removed, dangling rules, orphaned references across peered networks',
    example: 'find firewall rules that reference groups in a peered network that no longer exist',
  },
  {
    op: 'ec2:UpdateSecurityGroupRuleDescriptionsIngress',
    asked:
      'label an inbound rule, add a note to a firewall rule, explain why a port is open, comment on an incoming rule',
    example: 'add a note on sg-0abc1234 explaining why port 443 is open to the partner network',
  },
  {
    op: 'ec2:CreateVpc',
    asked:
      'new network, private network, isolated network, cidr range like 10.0.0.0/16, virtual private cloud, set up networking for an app, address space, landing zone network, carve out a new network for an environment, a separate network for staging or prod',
    example: 'set up a new isolated network with the range 10.20.0.0/16',
  },
  {
    op: 'ec2:DescribeVpcs',
    asked:
      'list networks, which networks exist, show the cidr of a network, find the default network, what address range, network ids, what vpcs are in this account, which networks does our account have',
    example: 'what address range does vpc-0abc1234 use',
  },
  {
    op: 'ec2:DeleteVpc',
    asked:
      'tear down a network, remove a network, clean up an old network, dependency violation, decommission networking',
    example: 'tear down the old staging network vpc-0aa11bb2',
  },
  {
    op: 'ec2:ModifyVpcAttribute',
    asked:
      'turn on dns hostnames, enable dns resolution, enablednssupport, enablednshostnames, private dns names not resolving, network dns settings',
    example: 'turn on dns hostnames for vpc-0abc1234 so private names resolve',
  },
  {
    op: 'ec2:CreateDefaultVpc',
    asked:
      'restore the default network, accidentally deleted the default, recreate the default network, bring back default subnets',
    example: 'I deleted the default network by mistake, bring it back',
  },
  {
    op: 'ec2:AssociateVpcCidrBlock',
    asked:
      'add more ip addresses to a network, expand a network, secondary cidr, ran out of ips, grow the address space, add an ipv6 range',
    example: 'we ran out of addresses in vpc-0abc1234, add a second range 100.64.0.0/16',
  },
  {
    op: 'ec2:CreateSubnet',
    asked:
      'carve up a network, new network segment, public subnet, private subnet, slice of the address range in one zone, one segment per availability zone, carve a /24 out of the vpc, add a subnet with a cidr to a vpc',
    example: 'add a private segment 10.0.3.0/24 in us-east-1b',
  },
  {
    op: 'ec2:DescribeSubnets',
    asked:
      'list network segments, free ip addresses left, available ips, which zone is a segment in, segments of a network, public or private segment',
    example: 'how many free ip addresses are left in subnet-0abc1234',
  },
  {
    op: 'ec2:DeleteSubnet',
    asked:
      'remove a network segment, clean up a segment, segment still in use, cannot remove because of network cards',
    example: 'remove the network segment subnet-0123abcd we no longer need',
  },
  {
    op: 'ec2:ModifySubnetAttribute',
    asked:
      'auto assign public ip, map public ip on launch, make a segment public, servers get a public address automatically, assign ipv6 on creation',
    example: 'make servers launched in subnet-0abc1234 get a public ip automatically',
  },
  {
    op: 'ec2:CreateRouteTable',
    asked: 'new routing table, separate routing for private segments, set of routes, custom routing',
    example: 'make a separate routing table for the private segments of vpc-0abc1234',
  },
  {
    op: 'ec2:DescribeRouteTables',
    asked:
      'show routes, where does traffic go, which gateway is the next hop, default route 0.0.0.0/0, why a segment cannot reach the internet, blackhole route, routing of a subnet',
    example: 'where does traffic from subnet-0abc1234 go, show its routing',
  },
  {
    op: 'ec2:CreateRoute',
    asked:
      'add a route, send traffic through a gateway, route private segments out through the nat, point the default route at the nat, 0.0.0.0/0 to the internet gateway, forward traffic, next hop, static route',
    example: 'send 0.0.0.0/0 from the private segments through nat-0abc1234',
  },
  {
    op: 'ec2:ReplaceRoute',
    asked:
      'change where a route goes, repoint a route, switch the next hop, swap the target, update an existing route',
    example: 'repoint the existing default route in rtb-0abc1234 at a different nat',
  },
  {
    op: 'ec2:DeleteRoute',
    asked: 'remove a route, stop sending traffic somewhere, drop a route, clear a blackhole route',
    example: 'drop the 10.50.0.0/16 entry from rtb-0abc1234',
  },
  {
    op: 'ec2:AssociateRouteTable',
    asked:
      'attach a routing table to a segment, make a subnet use these routes, link a subnet to routes, set routing for a subnet, make a subnet use a route table, put a subnet on the public route table',
    example: 'make subnet-0abc1234 use rtb-0def4567 for its routing',
  },
  {
    op: 'ec2:ReplaceRouteTableAssociation',
    asked:
      'switch a subnet to another routing table, change the main routing table, move a segment to different routes',
    example: 'switch subnet-0abc1234 from the public routing table to the private one',
  },
  {
    op: 'ec2:DisassociateRouteTable',
    asked:
      'unlink a subnet from its routing table, fall back to the main routing table, detach custom routes from a segment',
    example: 'unlink subnet-0abc1234 from its custom routing so it uses the main one',
  },
  {
    op: 'ec2:CreateInternetGateway',
    asked:
      'internet access for a network, public internet, igw, make a network reachable from the internet, door to the internet',
    example: 'give the new network a way out to the public internet',
  },
  {
    op: 'ec2:AttachInternetGateway',
    asked:
      'connect an igw to a network, hook up internet access, enable internet for a vpc, plug in the internet door',
    example: 'hook igw-0abc1234 up to vpc-0def4567',
  },
  {
    op: 'ec2:DetachInternetGateway',
    asked:
      'cut a network off from the internet, disconnect the igw, make a network fully private, unhook internet access',
    example: 'cut vpc-0def4567 off from the internet by unhooking igw-0abc1234',
  },
  {
    op: 'ec2:DescribeInternetGateways',
    asked: 'which network has internet access, find the igw, igw of a vpc, is internet attached, list igws',
    example: 'does vpc-0abc1234 have a way out to the internet',
  },
  {
    op: 'ec2:DeleteInternetGateway',
    asked: 'remove an igw, clean up an unused internet door, get rid of the internet gateway after detaching',
    example: 'get rid of the detached igw-0abc1234',
  },
  {
    op: 'ec2:CreateEgressOnlyInternetGateway',
    asked:
      'ipv6 outbound only, let ipv6 servers reach out but not be reached, ipv6 nat equivalent, outgoing ipv6 internet',
    example: 'let ipv6 servers reach the internet without being reachable from it',
  },
  {
    op: 'ec2:CreateNatGateway',
    asked:
      'internet access for private subnets, outbound only internet, download updates from private servers, nat, hide servers behind one ip, egress for private instances, private machines reach the internet while nobody outside reaches them, get online without a public ip, call out to the internet from a private subnet',
    example: 'let servers in private segments download packages without being reachable from outside',
  },
  {
    op: 'ec2:DescribeNatGateways',
    asked: 'list nats, nat state, nat public ip, which nat, failed nat, outgoing address of private servers',
    example: 'which public ip do my private servers go out from',
  },
  {
    op: 'ec2:DeleteNatGateway',
    asked: 'remove a nat, stop paying for a nat, expensive nat hourly charge, clean up nat',
    example: 'remove nat-0abc1234 to cut the hourly bill',
  },
];
