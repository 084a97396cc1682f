// Data: how people ask for operations (see ../asked.ts), network services: EC2 private access
// to services (VPC endpoints, PrivateLink), traffic logs, network cards, subnet-level rules,
// address lists, zones and regions, path checks, packet copies and address planning (IPAM).

import type { AskedEntry } from './types.js';

export const ASKED_NETWORK_3: readonly AskedEntry[] = [
  {
    op: 'ec2:CreateVpcEndpoint',
    asked:
      'privatelink, reach s3 without the internet, private access to a service, gateway endpoint, interface endpoint, no nat needed, keep traffic off the public internet, s3 traffic stays in the vpc, stop paying nat for s3 and dynamodb traffic, private route to aws apis',
    example: 'reach s3 from private subnets without going over the internet',
  },
  {
    op: 'ec2:DescribeVpcEndpoints',
    asked:
      'list private links to services, which services are reachable privately, endpoint dns names, endpoint state, vpce ids',
    example: 'what private connections to aws services does vpc-0abc1234 have',
  },
  {
    op: 'ec2:ModifyVpcEndpoint',
    asked:
      'change the endpoint policy, add subnets to an endpoint, restrict bucket access through an endpoint, turn on private dns for an endpoint',
    example: 'restrict vpce-0abc1234 so it only reaches our own bucket',
  },
  {
    op: 'ec2:DeleteVpcEndpoints',
    asked:
      'remove private links, stop paying for interface endpoints, clean up vpce, remove private access to a service',
    example: 'remove the unused interface endpoints vpce-0abc1234 and vpce-0def4567',
  },
  {
    op: 'ec2:DescribeVpcEndpointServices',
    asked:
      'which services can be reached privately, service names for privatelink, com.amazonaws service name, available partner services',
    example: 'which aws services can we reach privately from this region, and under what names',
  },
  {
    op: 'ec2:CreateVpcEndpointServiceConfiguration',
    asked:
      'expose a service to other accounts privately, publish a service over privatelink, offer an api to customers, share a service behind a network load balancer',
    example: 'offer our api to customer accounts privately behind an nlb',
  },
  {
    op: 'ec2:AcceptVpcEndpointConnections',
    asked:
      'approve a consumer connection request, accept a customer connecting to our privatelink service, pending acceptance',
    example: 'approve the customer request to connect to vpce-svc-0abc1234',
  },
  {
    op: 'ec2:ModifyVpcEndpointServicePermissions',
    asked:
      'allow an account to connect to our service, let a partner or customer account use the api we share over privatelink, allowed principals, allowlist a principal, grant consumer access, who may use our privatelink service',
    example: 'let the partner account connect to the api we share over privatelink',
  },
  {
    op: 'ec2:CreateFlowLogs',
    asked:
      'log network traffic, record who talks to whom, capture connections, accepted and rejected packets, packet metadata, traffic logs to s3, rejected connections log, ip traffic audit, netflow',
    example: 'record all accepted and rejected connections in vpc-0abc1234 to cloudwatch',
  },
  {
    op: 'ec2:DescribeFlowLogs',
    asked:
      'is traffic logging on, which bucket or log group gets traffic logs, log destination, which networks have logging, traffic capture settings',
    example: 'is traffic logging turned on for subnet-0abc1234 and where does it go',
  },
  {
    op: 'ec2:DeleteFlowLogs',
    asked: 'stop traffic logging, turn off connection logs, reduce log cost, remove traffic capture',
    example: 'turn off the connection logging on vpc-0abc1234, it costs too much',
  },
  {
    op: 'ec2:DescribeNetworkInterfaces',
    asked:
      'eni, what is using this ip, who owns a private ip, find what holds an address, network cards, enis eating up subnet ips, what still uses a subnet, blocking a deletion, lambda enis, which resources still use a security group, what is attached to the sg, is the security group in use before deleting it',
    example: 'what is still holding an address in subnet-0abc1234 so I cannot delete it',
  },
  {
    op: 'ec2:CreateNetworkInterface',
    asked: 'extra network card, secondary eni, virtual nic, fixed private ip, standalone nic in a subnet',
    example: 'make a virtual network card with a fixed private ip 10.0.1.50 in subnet-0abc1234',
  },
  {
    op: 'ec2:AttachNetworkInterface',
    asked:
      'plug a second network card into a server, add a nic to an instance, dual homed server, move an eni to another server',
    example: 'plug eni-0abc1234 into i-0123456789abcdef0 as a second nic',
  },
  {
    op: 'ec2:DetachNetworkInterface',
    asked:
      'unplug a network card from a server, remove a nic from an instance, take the eni off for failover',
    example: 'unplug the second nic eni-0abc1234 from its server',
  },
  {
    op: 'ec2:DeleteNetworkInterface',
    asked: 'remove a leftover eni, orphaned network card, clean up available enis, delete an unused nic',
    example: 'clean up the leftover network card eni-0abc1234 that is not attached',
  },
  {
    op: 'ec2:AssignPrivateIpAddresses',
    asked:
      'secondary private ip, more private ips on the same nic, extra internal address, add an internal ip to a server',
    example: 'give eni-0abc1234 two more internal addresses',
  },
  {
    op: 'ec2:ModifyNetworkInterfaceAttribute',
    asked:
      'turn off source dest check, disable source destination check for a nat instance, box that routes or forwards packets, nat box, firewall appliance, change firewalls on a nic, routing appliance',
    example: 'turn off the source/destination check so the box can route traffic',
  },
  {
    op: 'ec2:CreateNetworkAcl',
    asked: 'subnet firewall, stateless rules, nacl, subnet level rules, second layer of defense',
    example: 'add a stateless firewall at the subnet level for vpc-0abc1234',
  },
  {
    op: 'ec2:CreateNetworkAclEntry',
    asked:
      'block an ip at the subnet level, deny rule, stateless deny, ban an address range, numbered rule, allow ephemeral ports',
    example: 'deny 198.51.100.0/24 for the whole subnet with rule number 90',
  },
  {
    op: 'ec2:DescribeNetworkAcls',
    asked:
      'subnet level rules, which nacl covers a subnet, stateless rules blocking traffic, ephemeral ports denied, deny rules',
    example: 'which stateless subnet rules apply to subnet-0abc1234',
  },
  {
    op: 'ec2:ReplaceNetworkAclEntry',
    asked:
      'change a stateless rule, edit a subnet deny rule, change rule number 100, flip a rule from allow to deny, acl rule edit',
    example: 'change rule 100 in acl-0abc1234 from allow to deny',
  },
  {
    op: 'ec2:DeleteNetworkAclEntry',
    asked:
      'remove a stateless rule, unblock or unban an ip at the subnet level, remove a numbered rule from an acl',
    example: 'unban 198.51.100.0/24 by removing rule 90 from acl-0abc1234',
  },
  {
    op: 'ec2:CreateManagedPrefixList',
    asked:
      'reusable list of cidrs, ip list, keep office ranges together in one named list, shared allowlist to reuse in many rules, named set of address ranges',
    example: 'keep our office ranges in one named list we can reuse across rules and routes',
  },
  {
    op: 'ec2:ModifyManagedPrefixList',
    asked:
      'add an ip to the list, add a new office range to a shared ip list, update the office ip list, remove a cidr from the list, change entries of an address list, add a cidr block or an entry to a managed prefix list',
    example: 'add the new office range 203.0.113.0/24 to our shared ip list pl-0abc1234',
  },
  {
    op: 'ec2:GetManagedPrefixListEntries',
    asked:
      'what ips are in the list, what cidrs does a shared office list contain, which ranges does a shared ip list hold, contents of an address list',
    example: 'what cidrs does our shared office ip list pl-0abc1234 contain',
  },
  {
    op: 'ec2:DescribePrefixLists',
    asked: 'service ip ranges, s3 prefix list id, pl id for dynamodb, aws owned address lists',
    example: 'find the pl- id for s3 in us-east-1 to use in a firewall rule',
  },
  {
    op: 'ec2:CreateDhcpOptions',
    asked:
      'custom dns servers for a network, hand out our own name servers to servers, domain name for instances, ntp servers, on premises dns, search domain',
    example: 'hand out our own dns servers 10.0.0.2 and corp.example.com as search domain',
  },
  {
    op: 'ec2:AssociateDhcpOptions',
    asked:
      'make a network use our custom dns and ntp settings set, apply a dhcp set, switch name servers handed to servers',
    example: 'make vpc-0abc1234 use our custom dns and ntp settings set',
  },
  {
    op: 'ec2:DescribeAvailabilityZones',
    asked:
      'which zones, data centers in a region, az names, az ids, zone id mapping, local zones, wavelength zones, which zones does a region have, list availability zones of eu-central-1',
    example: 'which zones can I use in eu-central-1 and what are their ids',
  },
  {
    op: 'ec2:DescribeRegions',
    asked:
      'which regions, enabled regions, opted in, turned on parts of the world, opt in regions, where can I deploy, region endpoints',
    example: 'which parts of the world is this account opted in to',
  },
  {
    op: 'ec2:CreateNetworkInsightsPath',
    asked:
      'can a reach b, define a path from a server to a database, path between two resources, reachability, test connectivity without sending traffic, define a source and destination to check',
    example: 'define the path from i-0123456789abcdef0 to the database on port 5432 to check it',
  },
  {
    op: 'ec2:StartNetworkInsightsAnalysis',
    asked:
      'run a connectivity check, why cannot a server reach the database, diagnose unreachable, find the blocking component, reachability analyzer',
    example: 'run a check of why the web server cannot talk to the database',
  },
  {
    op: 'ec2:DescribeNetworkInsightsAnalyses',
    asked:
      'result of a connectivity check, what blocked the path, explanation, is it reachable, findings of reachability analyzer',
    example: 'what did the reachability check find, which component blocks the path',
  },
  {
    op: 'ec2:CreateTrafficMirrorSession',
    asked:
      'copy packets, packet capture, sniff traffic, network tap, ids inspection, tcpdump, wireshark, span port',
    example: 'send a copy of the packets of eni-0abc1234 to our intrusion detection box',
  },
  {
    op: 'ec2:CreateTrafficMirrorTarget',
    asked:
      'where copied packets go, capture appliance, receiver for packet copies, monitoring box for sniffed traffic',
    example: 'set our packet capture appliance up as the destination for copied traffic',
  },
  {
    op: 'ec2:CreateInstanceConnectEndpoint',
    asked:
      'ssh to a private server without a bastion, no public ip needed, eic endpoint, jump host replacement, rdp into private subnet',
    example: 'ssh into servers in private subnets without a bastion or public ip',
  },
  {
    op: 'ec2:CreateIpam',
    asked:
      'ip address management, plan ip space across accounts, track cidr usage, avoid overlapping ranges, address planning for the organization',
    example: 'plan and track address ranges across all our accounts so they never overlap',
  },
  {
    op: 'ec2:CreateIpamPool',
    asked: 'pool of addresses, carve ranges for teams, regional address pool, hand out cidrs',
    example: 'set up a regional pool of ranges that teams draw their networks from',
  },
  {
    op: 'ec2:AllocateIpamPoolCidr',
    asked: 'reserve a range from the pool, get the next free cidr, non overlapping block, claim a /24',
    example: 'give me the next free /24 from ipam-pool-0abc1234',
  },
  {
    op: 'ec2:GetIpamResourceCidrs',
    asked:
      'ip utilization, networks that overlap, overlapping ranges, nearly out of addresses, compliance of network ranges, how full are our ranges',
    example: 'which of our networks overlap or are nearly out of addresses',
  },
];
