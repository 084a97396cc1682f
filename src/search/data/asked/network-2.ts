// Data: how people ask for operations (see ../asked.ts), network services: EC2 static public
// addresses (Elastic IPs), links between networks (peering, transit gateways) and VPNs.

import type { AskedEntry } from './types.js';

export const ASKED_NETWORK_2: readonly AskedEntry[] = [
  {
    op: 'ec2:AllocateAddress',
    asked:
      'static ip, fixed public ip, reserve a public ip, eip, permanent address, ip that does not change on restart or reboot, keep the same public ip, grab a new public address, bring your own ip, public ip that survives a restart, fixed public address that stays after stop and start, reserve a static public ip',
    example: 'get a fixed public ip that will not change when the server restarts',
  },
  {
    op: 'ec2:AssociateAddress',
    asked:
      'put a static ip on a server, assign an eip, point an eip at an instance, move a public ip to another server, remap the public address, give a server a fixed ip',
    example: 'put eipalloc-0abc1234 on i-0123456789abcdef0 so it keeps the same address',
  },
  {
    op: 'ec2:DisassociateAddress',
    asked:
      'take a static ip off a server, unassign an eip, detach a public ip, unmap the public address but keep it, unhook the elastic ip from a server, take the static ip off a box',
    example: 'take the static public ip off i-0123456789abcdef0 without giving it back',
  },
  {
    op: 'ec2:ReleaseAddress',
    asked:
      'give back a static ip, stop paying for an unused eip, free an eip, return a public address, idle ip charge, delete an elastic ip',
    example: 'return the unused static public ip we are being billed for',
  },
  {
    op: 'ec2:DescribeAddresses',
    asked:
      'our static ips, which public ips do we own, unattached eips, what is this public ip attached to, unused ips, eip inventory, allocation id of an elastic ip, look up an eip by its address, which eip is this public address',
    example: 'which of our static public ips are not attached to anything',
  },
  {
    op: 'ec2:CreateVpcPeeringConnection',
    asked:
      'connect two networks, link vpcs, bridge two networks directly without a hub, private link between accounts, let two vpcs talk, cross account network link, peer networks, cross region network link',
    example: 'link vpc-0aaa1111 with vpc-0bbb2222 in the other account so they talk privately',
  },
  {
    op: 'ec2:AcceptVpcPeeringConnection',
    asked:
      'approve a network link request, accept an invite from another account, pending acceptance, confirm the link between networks',
    example: 'approve the pending network link request pcx-0abc1234',
  },
  {
    op: 'ec2:DescribeVpcPeeringConnections',
    asked:
      'list network links, is the link active, pending acceptance, which networks are linked, peered vpcs, status of a link between networks',
    example: 'which networks are linked to vpc-0abc1234 and are those links active',
  },
  {
    op: 'ec2:DeleteVpcPeeringConnection',
    asked: 'unlink two networks, remove a peering, break the link between vpcs, disconnect peered networks',
    example: 'break the link between the prod and dev networks pcx-0abc1234',
  },
  {
    op: 'ec2:CreateTransitGateway',
    asked:
      'hub router, central router, connect many vpcs, hub and spoke, tgw, cloud router, interconnect dozens of networks and vpns',
    example: 'set up a central hub router to connect 30 networks',
  },
  {
    op: 'ec2:DescribeTransitGateways',
    asked: 'list hub routers, tgw state, tgw asn, which hubs exist, hub settings',
    example: 'show our hub routers and their asn',
  },
  {
    op: 'ec2:CreateTransitGatewayVpcAttachment',
    asked:
      'plug a vpc into the hub, connect a network to the tgw, add a spoke, join a vpc to the central router, attach a vpc to the transit gateway through its subnets',
    example: 'plug vpc-0abc1234 into the hub tgw-0123abcd',
  },
  {
    op: 'ec2:AcceptTransitGatewayVpcAttachment',
    asked:
      'approve a spoke from another account, accept a shared hub connection request, pending acceptance on the hub',
    example: 'approve the pending spoke request tgw-attach-0abc1234 from the dev account',
  },
  {
    op: 'ec2:DescribeTransitGatewayAttachments',
    asked:
      'what is plugged into the hub, list spokes, state of hub connections, which vpcs and vpns connect to the tgw',
    example: 'what networks and vpns are plugged into tgw-0123abcd',
  },
  {
    op: 'ec2:DeleteTransitGatewayVpcAttachment',
    asked: 'unplug a vpc from the hub, remove a spoke, disconnect a network from the tgw',
    example: 'unplug vpc-0abc1234 from the hub router',
  },
  {
    op: 'ec2:CreateTransitGatewayRouteTable',
    asked:
      'separate routing domain on the hub, isolate spokes, segment hub traffic, prod and dev routing on the tgw',
    example: 'keep prod and dev spokes apart on tgw-0123abcd with their own routing',
  },
  {
    op: 'ec2:CreateTransitGatewayRoute',
    asked:
      'static route on the hub, send a cidr through the hub to a spoke or vpn, point a range at an attachment, tgw route to an attachment, blackhole a cidr on the hub',
    example: 'on the hub, send 10.9.0.0/16 to the vpn attachment',
  },
  {
    op: 'ec2:SearchTransitGatewayRoutes',
    asked:
      'find a route on the hub, which attachment handles a cidr, look up tgw routes, troubleshoot hub routing, where the hub sends traffic',
    example: 'look up which spoke the hub uses for 10.9.0.0/16',
  },
  {
    op: 'ec2:EnableTransitGatewayRouteTablePropagation',
    asked:
      'learn routes from a spoke automatically, propagate vpc cidrs to the hub, dynamic routes from vpn bgp on the tgw',
    example: 'have the hub learn the routes of tgw-attach-0abc1234 automatically',
  },
  {
    op: 'ec2:CreateVpnConnection',
    asked:
      'site to site vpn, ipsec tunnel, connect the office to the cloud, on premises link, data center link, branch office link, encrypted tunnel over the internet',
    example: 'set up an ipsec tunnel from our office firewall to the cloud network',
  },
  {
    op: 'ec2:CreateCustomerGateway',
    asked:
      'register the office router, on premises device, public ip of the office firewall, bgp asn of our router, remote end of the tunnel',
    example: 'register our datacenter router at 203.0.113.10 as the other end of a tunnel',
  },
  {
    op: 'ec2:CreateVpnGateway',
    asked: 'virtual private gateway, vgw, cloud side end of a vpn, vpn concentrator on the network side',
    example: 'create the cloud-side end for an ipsec link with asn 64512',
  },
  {
    op: 'ec2:AttachVpnGateway',
    asked: 'connect the vgw to a network, hook the vpn end into a vpc, plug the vpn into the network',
    example: 'hook vgw-0abc1234 into vpc-0abc1234',
  },
  {
    op: 'ec2:DescribeVpnConnections',
    asked:
      'is the tunnel up, vpn status, tunnel down, tunnel telemetry, both tunnels, ipsec status, office link down',
    example: 'are both tunnels to the office up right now',
  },
  {
    op: 'ec2:GetVpnConnectionDeviceSampleConfiguration',
    asked:
      'config file for our router, download configuration for cisco, palo alto, fortigate, juniper, sample router setup, settings to paste into the firewall',
    example: 'download the settings to paste into our Fortigate for vpn-0abc1234',
  },
  {
    op: 'ec2:ModifyVpnTunnelOptions',
    asked:
      'change tunnel settings, pre shared key, ike version, dead peer detection timeout, phase 1 and phase 2 encryption, rekey',
    example: 'change the pre-shared key and ike version on one of the office tunnels',
  },
  {
    op: 'ec2:EnableVgwRoutePropagation',
    asked:
      'learn office routes automatically, propagate vpn bgp routes into a routing table, dynamic routes from on premises',
    example: 'let rtb-0abc1234 pick up the office ranges over bgp automatically',
  },
  {
    op: 'ec2:CreateClientVpnEndpoint',
    asked:
      'remote access vpn, let employees connect from laptops, openvpn, work from home access, user vpn, vpn for staff',
    example: 'let remote staff reach private servers from their laptops with openvpn',
  },
  {
    op: 'ec2:ExportClientVpnClientConfiguration',
    asked:
      'ovpn file, download the config for users, client profile, openvpn config to hand out, vpn settings file',
    example: 'download the .ovpn file to hand out to users of cvpn-endpoint-0abc1234',
  },
  {
    op: 'ec2:AuthorizeClientVpnIngress',
    asked:
      'let vpn users reach a network, grant a group access, authorization rule, vpn users cannot reach servers, allow remote users to a cidr',
    example: 'vpn users connect but cannot reach 10.0.0.0/16, grant them access',
  },
  {
    op: 'ec2:AssociateClientVpnTargetNetwork',
    asked:
      'attach remote access vpn to a subnet, where vpn users land, make the user vpn available, pending association',
    example: 'tie the remote access vpn to subnet-0abc1234 so users can connect',
  },
  {
    op: 'ec2:DescribeClientVpnConnections',
    asked: 'who is on the vpn, active users, current sessions, connected laptops, when did a user connect',
    example: 'who is on the remote access vpn right now',
  },
  {
    op: 'ec2:TerminateClientVpnConnections',
    asked: 'kick a user off the vpn, disconnect a user, end a vpn session, force logout from remote access',
    example: 'kick a departing employee off the remote access vpn',
  },
];
