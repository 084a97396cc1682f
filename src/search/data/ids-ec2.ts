// Data: EC2-style ids (`<prefix><id suffix>`, data/resource-ids.ts ID_PREFIXES): the prefix
// says the kind of network or compute resource. Each entry says why and gives an example query
// that must find the operation in its top five (tested).

import type { ResourceHint } from './resource-ids.js';

export const EC2_ID_PREFIXES: Readonly<Record<string, ResourceHint>> = {
  'i-': {
    service: 'ec2',
    terms: 'instance',
    why: 'EC2 instance ids start i-',
    example: ['stop i-0123456789abcdef0', 'ec2:StopInstances'],
  },
  'vol-': {
    service: 'ec2',
    terms: 'volume',
    why: 'EBS volume ids start vol-',
    example: ['detach vol-0123456789abcdef0', 'ec2:DetachVolume'],
  },
  'snap-': {
    service: 'ec2',
    terms: 'snapshot',
    why: 'EBS snapshot ids start snap-',
    example: ['copy snap-0123456789abcdef0', 'ec2:CopySnapshot'],
  },
  'ami-': {
    service: 'ec2',
    terms: 'image',
    why: 'machine image ids start ami-',
    example: ['details of ami-0123456789abcdef0', 'ec2:DescribeImages'],
  },
  'sg-': {
    service: 'ec2',
    terms: 'security group',
    why: 'security group ids start sg-',
    example: ['remove sg-0123456789abcdef0', 'ec2:DeleteSecurityGroup'],
  },
  'vpc-': {
    service: 'ec2',
    terms: 'vpc',
    why: 'VPC ids start vpc-',
    example: ['delete vpc-0123456789abcdef0', 'ec2:DeleteVpc'],
  },
  'subnet-': {
    service: 'ec2',
    terms: 'subnet',
    why: 'subnet ids start subnet-',
    example: ['details of subnet-0123456789abcdef0', 'ec2:DescribeSubnets'],
  },
  'rtb-': {
    service: 'ec2',
    terms: 'route table',
    why: 'route table ids start rtb-',
    example: ['routes of rtb-0123456789abcdef0', 'ec2:DescribeRouteTables'],
  },
  'igw-': {
    service: 'ec2',
    terms: 'internet gateway',
    why: 'internet gateway ids start igw-',
    example: ['detach igw-0123456789abcdef0', 'ec2:DetachInternetGateway'],
  },
  'nat-': {
    service: 'ec2',
    terms: 'nat gateway',
    why: 'NAT gateway ids start nat-',
    example: ['remove nat-0123456789abcdef0', 'ec2:DeleteNatGateway'],
  },
  'eni-': {
    service: 'ec2',
    terms: 'network interface',
    why: 'network interface ids start eni-',
    example: ['what is eni-0123456789abcdef0 attached to', 'ec2:DescribeNetworkInterfaces'],
  },
  'eipalloc-': {
    service: 'ec2',
    terms: 'address',
    why: 'Elastic IP allocation ids start eipalloc-',
    example: ['release eipalloc-0123456789abcdef0', 'ec2:ReleaseAddress'],
  },
  'tgw-attach-': {
    service: 'ec2',
    terms: 'transit gateway attachment',
    why: 'transit gateway attachment ids start tgw-attach-',
    example: ['reject tgw-attach-0123456789abcdef0', 'ec2:RejectTransitGatewayVpcAttachment'],
  },
  'tgw-': {
    service: 'ec2',
    terms: 'transit gateway',
    why: 'transit gateway ids start tgw-',
    example: ['delete tgw-0123456789abcdef0', 'ec2:DeleteTransitGateway'],
  },
  'pcx-': {
    service: 'ec2',
    terms: 'vpc peering connection',
    why: 'peering connection ids start pcx-',
    example: ['accept pcx-0123456789abcdef0', 'ec2:AcceptVpcPeeringConnection'],
  },
  'vpce-': {
    service: 'ec2',
    terms: 'vpc endpoint',
    why: 'VPC endpoint ids start vpce-',
    example: ['remove vpce-0123456789abcdef0', 'ec2:DeleteVpcEndpoints'],
  },
  'lt-': {
    service: 'ec2',
    terms: 'launch template',
    why: 'launch template ids start lt-',
    example: ['versions of lt-0123456789abcdef0', 'ec2:DescribeLaunchTemplateVersions'],
  },
  'acl-': {
    service: 'ec2',
    terms: 'network acl',
    why: 'network ACL ids start acl-',
    example: ['rules of acl-0123456789abcdef0', 'ec2:DescribeNetworkAcls'],
  },
  'dopt-': {
    service: 'ec2',
    terms: 'dhcp options',
    why: 'DHCP option set ids start dopt-',
    example: ['what dns servers does dopt-0a1b2c3d4e5f set', 'ec2:DescribeDhcpOptions'],
  },
  'vgw-': {
    service: 'ec2',
    terms: 'vpn gateway',
    why: 'virtual private gateway ids start vgw-',
    example: ['attach vgw-0a1b2c3d to my vpc', 'ec2:AttachVpnGateway'],
  },
  'cgw-': {
    service: 'ec2',
    terms: 'customer gateway',
    why: 'customer gateway ids start cgw-',
    example: ['remove cgw-0a1b2c3d4e5f', 'ec2:DeleteCustomerGateway'],
  },
  'vpn-': {
    service: 'ec2',
    terms: 'vpn connection',
    why: 'site-to-site VPN connection ids start vpn-',
    example: ['are the tunnels of vpn-0a1b2c3d4e5f up', 'ec2:DescribeVpnConnections'],
  },
  'cvpn-endpoint-': {
    service: 'ec2',
    terms: 'client vpn endpoint',
    why: 'Client VPN endpoint ids start cvpn-endpoint-',
    example: ['who is connected to cvpn-endpoint-0a1b2c3d4e5f', 'ec2:DescribeClientVpnConnections'],
  },
  'sir-': {
    service: 'ec2',
    terms: 'spot instance request',
    why: 'Spot instance request ids start sir-',
    example: ['cancel sir-8a2b3c4d', 'ec2:CancelSpotInstanceRequests'],
  },
  'pl-': {
    service: 'ec2',
    terms: 'managed prefix list',
    why: 'prefix list ids start pl-',
    example: ['what cidrs are in pl-0a1b2c3d4e5f', 'ec2:GetManagedPrefixListEntries'],
  },
  'eigw-': {
    service: 'ec2',
    terms: 'egress only internet gateway',
    why: 'egress-only internet gateway ids start eigw-',
    example: ['delete eigw-0a1b2c3d4e5f', 'ec2:DeleteEgressOnlyInternetGateway'],
  },
};
