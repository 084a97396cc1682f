// Data: how people ask for operations (see ../asked.ts), wave 2 deepening of ec2 networking:
// vpn, client vpn, transit gateway, privatelink endpoint services, dhcp options, vpc guards.

import type { AskedEntry } from './types.js';

export const ASKED_DEEP_3: readonly AskedEntry[] = [
  {
    op: 'ec2:GetReservedInstancesExchangeQuote',
    asked:
      'how much to swap a convertible ri, exchange price, trade convertible reservation for another type',
    example: 'what would it cost to exchange our convertible c5 ri for c6i',
  },
  {
    op: 'ec2:AcceptReservedInstancesExchangeQuote',
    asked: 'swap convertible reservation, exchange ri for new family, trade in convertible ri',
    example: 'go ahead and exchange the convertible c5 reservation for c6i',
  },
  {
    op: 'ec2:GetCapacityReservationUsage',
    asked:
      'how much of our reserved capacity is used, idle reserved slots, which servers run in a capacity reservation',
    example: 'how many of the 10 reserved slots in cr-0abc are in use',
  },
  {
    op: 'ec2:DescribeLockedSnapshots',
    asked: 'which disk backups are locked, worm retention on snapshots, when does lock expire',
    example: 'which snapshots are locked and until when',
  },
  {
    op: 'ec2:UnlockSnapshot',
    asked: 'remove worm protection from a backup, release governance lock on disk backup',
    example: 'remove the governance lock from snap-0abc',
  },
  {
    op: 'ec2:DescribeInstanceConnectEndpoints',
    asked: 'list eice endpoints, ssh without public ip endpoints, private connect endpoints in a vpc',
    example: 'which instance connect endpoints exist in vpc-0abc',
  },
  {
    op: 'ec2:DescribeClientVpnEndpoints',
    asked:
      'list remote access vpn servers, openvpn endpoints for laptops, which client vpn do we run, vpn dns name for users',
    example: 'show our client vpn endpoints and their state',
  },
  {
    op: 'ec2:DeleteClientVpnEndpoint',
    asked: 'remove remote access vpn, shut down laptop vpn server, tear down openvpn endpoint',
    example: 'delete client vpn endpoint cvpn-endpoint-0abc',
  },
  {
    op: 'ec2:ModifyClientVpnEndpoint',
    asked:
      'change remote vpn settings, split tunnel, vpn dns servers, session timeout, connection logging for user vpn',
    example: 'turn on split tunnel for client vpn endpoint cvpn-endpoint-0abc',
  },
  {
    op: 'ec2:CreateClientVpnRoute',
    asked: 'route remote users to a network, let vpn clients reach on premises, add destination to user vpn',
    example: 'let client vpn users reach 10.20.0.0/16 through the vpn',
  },
  {
    op: 'ec2:DescribeClientVpnAuthorizationRules',
    asked:
      'who may use which networks over the remote vpn, user vpn access rules, ad group access on client vpn',
    example: 'which groups are authorized on client vpn endpoint cvpn-endpoint-0abc',
  },
  {
    op: 'ec2:RevokeClientVpnIngress',
    asked:
      'take away remote vpn access to a network, remove an authorization rule, block a group on user vpn',
    example: 'stop the contractors ad group from reaching 10.0.0.0/16 over client vpn',
  },
  {
    op: 'ec2:DisassociateClientVpnTargetNetwork',
    asked: 'unlink a subnet from the remote vpn, remove target network, detach vpn from subnet',
    example: 'remove subnet-0abc as a target network of our client vpn',
  },
  {
    op: 'ec2:ImportClientVpnClientCertificateRevocationList',
    asked: "revoke a lost laptop certificate, upload crl, block a user's vpn cert",
    example: 'a laptop was stolen, upload the new revocation list to the client vpn',
  },
  {
    op: 'ec2:DeleteCustomerGateway',
    asked: 'remove on premises router entry, delete office firewall definition for site to site vpn',
    example: 'delete customer gateway cgw-0abc, the old office router is gone',
  },
  {
    op: 'ec2:DeleteVpnGateway',
    asked: 'remove virtual private gateway, delete vgw, tear down vpn side of the vpc',
    example: 'delete virtual private gateway vgw-0abc',
  },
  {
    op: 'ec2:DetachVpnGateway',
    asked: 'unplug the vgw from a network, detach virtual private gateway, disconnect vpn gateway from vpc',
    example: 'unplug the virtual private gateway vgw-0abc from our vpc',
  },
  {
    op: 'ec2:CreateVpnConnectionRoute',
    asked: 'static route over site to site vpn, send office prefix through the tunnel, static vpn routing',
    example: 'add a static route for 192.168.0.0/16 to vpn-0abc',
  },
  {
    op: 'ec2:ModifyVpnConnection',
    asked: 'move vpn to a transit gateway, switch vpn from vgw to tgw, change vpn target gateway',
    example: 'migrate vpn-0abc from the virtual private gateway to our transit gateway',
  },
  {
    op: 'ec2:ReplaceVpnTunnel',
    asked: 'reset a vpn tunnel, force tunnel endpoint replacement, apply pending tunnel maintenance',
    example: 'replace the first tunnel of vpn-0abc now instead of waiting for maintenance',
  },
  {
    op: 'ec2:GetVpnConnectionDeviceTypes',
    asked:
      'which router vendors are supported, cisco palo alto fortinet config options, device list for vpn sample config',
    example: 'which customer router models can we download vpn configs for',
  },
  {
    op: 'ec2:DeleteEgressOnlyInternetGateway',
    asked: 'remove ipv6 outbound only gateway, delete eigw',
    example: 'delete egress only gateway eigw-0abc',
  },
  {
    op: 'ec2:DescribeEgressOnlyInternetGateways',
    asked: 'list ipv6 outbound only gateways, which vpcs have eigw',
    example: 'show egress only internet gateways in this region',
  },
  {
    op: 'ec2:DescribeDhcpOptions',
    asked: 'dns servers handed to machines, domain name option sets, ntp servers for the network',
    example: 'which dhcp option sets do we have and their dns servers',
  },
  {
    op: 'ec2:DeleteDhcpOptions',
    asked: 'remove a dns and domain option set, delete dopt set',
    example: 'delete dhcp options set dopt-0abc',
  },
  {
    op: 'ec2:DeleteRouteTable',
    asked: 'remove a routing table, delete rtb, clean up unused route tables',
    example: 'delete route table rtb-0abc',
  },
  {
    op: 'ec2:DeleteNetworkAcl',
    asked: 'remove a subnet firewall list, delete nacl, clean up stateless acl',
    example: 'delete network acl acl-0abc',
  },
  {
    op: 'ec2:CreateDefaultSubnet',
    asked: 'recreate default subnet in a zone, restore the default public subnet',
    example: 'we deleted the default subnet in us-east-1b, recreate it',
  },
  {
    op: 'ec2:DescribeTransitGatewayVpcAttachments',
    asked: 'which vpcs hang off the hub, vpc spokes of the tgw, state of vpc attachments, appliance mode',
    example: 'list vpc attachments on transit gateway tgw-0abc',
  },
  {
    op: 'ec2:DescribeTransitGatewayRouteTables',
    asked: 'list hub routing tables, tgw route tables, segmentation tables',
    example: 'show transit gateway route tables for tgw-0abc',
  },
  {
    op: 'ec2:CreateTransitGatewayPeeringAttachment',
    asked: 'connect two hubs across regions, peer transit gateways, inter region tgw link',
    example: 'peer our us-east-1 transit gateway with the eu-west-1 one',
  },
  {
    op: 'ec2:AcceptTransitGatewayPeeringAttachment',
    asked: 'approve hub peering, accept tgw peering request from another region or account',
    example: 'accept the tgw peering request tgw-attach-0abc',
  },
  {
    op: 'ec2:AssociateTransitGatewayRouteTable',
    asked:
      'decide which hub table a spoke uses, link a spoke to a tgw route table, routing domain for a spoke',
    example: 'associate spoke tgw-attach-0abc with hub table tgw-rtb-0abc on the transit gateway',
  },
  {
    op: 'ec2:DisassociateTransitGatewayRouteTable',
    asked: 'unlink a spoke from its hub table, remove tgw route table association',
    example: 'remove the association of tgw-attach-0abc from its tgw route table',
  },
  {
    op: 'ec2:DisableTransitGatewayRouteTablePropagation',
    asked: 'stop a spoke advertising its routes to the hub table, turn off tgw route propagation',
    example: 'stop propagating vpc routes from tgw-attach-0abc into the shared table',
  },
  {
    op: 'ec2:DeleteTransitGatewayRoute',
    asked: 'remove a static route from the hub, delete blackhole route on tgw',
    example: 'delete the 10.50.0.0/16 static route from tgw-rtb-0abc',
  },
  {
    op: 'ec2:ExportTransitGatewayRoutes',
    asked: 'dump hub routes to s3, download tgw routing table as a file, tgw routes for audit',
    example: 'dump the transit gateway routes of tgw-rtb-0abc to an s3 file for audit',
  },
  {
    op: 'ec2:ModifyTransitGatewayVpcAttachment',
    asked: 'appliance mode on a spoke, add subnets to tgw attachment, ipv6 on tgw spoke',
    example: 'turn on appliance mode for tgw-attach-0abc for our firewall',
  },
  {
    op: 'ec2:DescribeVpcEndpointConnections',
    asked: 'who connected to our privatelink service, pending endpoint requests from consumers',
    example: 'which accounts requested connections to our endpoint service',
  },
  {
    op: 'ec2:RejectVpcEndpointConnections',
    asked: "deny a consumer's privatelink request, refuse endpoint connection to our service",
    example: 'reject the endpoint connection vpce-0abc from that unknown account',
  },
  {
    op: 'ec2:DescribeVpcEndpointServiceConfigurations',
    asked:
      'services we publish over privatelink, our endpoint service settings, acceptance required, provider side services we provide',
    example: 'list the privatelink endpoint services we provide to other accounts',
  },
  {
    op: 'ec2:DeleteVpcEndpointServiceConfigurations',
    asked: 'stop publishing a privatelink service, remove our endpoint service, stop offering',
    example: 'stop publishing privatelink service vpce-svc-0abc',
  },
  {
    op: 'ec2:ModifyVpcEndpointServiceConfiguration',
    asked:
      'require acceptance for privatelink consumers, add load balancers to our endpoint service, private dns name for our service',
    example: 'require manual acceptance on vpce-svc-0abc',
  },
  {
    op: 'ec2:ModifyVpcBlockPublicAccessOptions',
    asked:
      'block internet access for all vpcs, region wide no internet gateway traffic, vpc bpa, cut every network off from the internet',
    example: 'block all internet gateway traffic to every vpc in this region',
  },
  {
    op: 'ec2:ModifyAddressAttribute',
    asked: 'reverse dns for an elastic ip, ptr record for mail server, set domain name on eip',
    example: 'set reverse dns mail.example.com on elastic ip eipalloc-0abc so email is not rejected',
  },
];
