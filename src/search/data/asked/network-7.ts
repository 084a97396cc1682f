// Data: how people ask for operations (see ../asked.ts), network and delivery services: the
// less frequent but still common asks (link rejection, peering dns, gateway lookups, domain
// locks and contacts, block lists, cdn origins, lattice services, registry listings).

import type { AskedEntry } from './types.js';

export const ASKED_NETWORK_7: readonly AskedEntry[] = [
  {
    op: 'ec2:DescribeVpcAttribute',
    asked: 'are dns hostnames turned on, is dns resolution enabled for a network, check network dns settings',
    example: 'are dns hostnames switched on for vpc-0abc1234',
  },
  {
    op: 'ec2:RejectVpcPeeringConnection',
    asked: 'decline a network link request, refuse an invite from another account, say no to a pending link',
    example: 'decline the network link request pcx-0abc1234 from the unknown account',
  },
  {
    op: 'ec2:ModifyVpcPeeringConnectionOptions',
    asked:
      'resolve private dns names across a peering, public hostnames resolve to private ips over the link, peering dns settings',
    example: 'make names in the linked network resolve to private ips over pcx-0abc1234',
  },
  {
    op: 'ec2:DescribeVpnGateways',
    asked:
      'list vgws, cloud side vpn ends, asn of the cloud end of an ipsec link, which network a vgw is attached to, vgw asn',
    example: 'what asn does the cloud end of our ipsec link use',
  },
  {
    op: 'ec2:DescribeCustomerGateways',
    asked: 'list registered office routers, on premises devices we registered, remote end ip and bgp asn',
    example: 'which office routers have we registered and what are their public ips',
  },
  {
    op: 'ec2:DeleteVpnConnection',
    asked: 'tear down the ipsec tunnels, remove the office link, stop paying for a site to site vpn',
    example: 'tear down the ipsec tunnels to the closed branch office',
  },
  {
    op: 'ec2:ReplaceNetworkAclAssociation',
    asked:
      'move a subnet to another stateless rule set, switch which nacl guards a subnet, apply other subnet level rules',
    example: 'switch subnet-0abc1234 over to the stricter stateless rule set',
  },
  {
    op: 'ec2:DescribeSecurityGroupReferences',
    asked:
      'which peered networks still reference a firewall group, why a group cannot be removed, cross vpc references',
    example: 'is sg-0a1b2c3d still referenced from a peered network, it will not delete',
  },
  {
    op: 'ec2:DeleteTransitGateway',
    asked: 'remove the hub router, decommission a tgw, stop paying for a hub with no spokes',
    example: 'decommission the old hub router tgw-0123abcd now it has no spokes',
  },
  {
    op: 'route53:GetHealthCheck',
    asked:
      'settings of a check, what url and port is probed, threshold and interval of a check, check details',
    example: 'what url and interval does our api failover check use',
  },
  {
    op: 'route53:DisassociateVPCFromHostedZone',
    asked:
      'stop a network from seeing a private zone, unlink a vpc from internal dns, remove private dns visibility',
    example: 'stop the sandbox network from resolving our internal dns zone',
  },
  {
    op: 'route53domains:UpdateDomainContact',
    asked:
      'change the registrant, update owner email or address on a domain, new admin contact, whois details',
    example: 'change the owner email and address listed on example.com',
  },
  {
    op: 'route53domains:EnableDomainTransferLock',
    asked:
      'lock a domain against theft, prevent hijacking, clienttransferprohibited, stop unauthorized moves to other registrars, stop anyone from moving or transferring the domain away, keep the domain from going to another registrar, turn on the registrar lock, block outbound transfer',
    example: 'lock example.com against being stolen by another registrar',
  },
  {
    op: 'route53domains:TransferDomainToAnotherAwsAccount',
    asked:
      'move a domain to a different aws account, hand a domain over to another account, reorganize domain ownership, move or hand a domain to another aws account, give the domain to a different account id',
    example: 'hand example.com over to our new production account',
  },
  {
    op: 'route53resolver:UpdateFirewallDomains',
    asked:
      'add domains to a block list, remove domains from an allow list, edit the bad domain list servers may not look up, replace the list contents',
    example: 'add phish.example to the bad domain list our servers may not look up',
  },
  {
    op: 'route53resolver:ListResolverEndpoints',
    asked: 'which inbound and outbound dns endpoints exist, ips of the dns bridge, hybrid dns endpoints list',
    example: 'what ips do our inbound dns endpoints listen on for the office to use',
  },
  {
    op: 'cloudfront:CreateVpcOrigin',
    asked:
      'put a cdn in front of a private load balancer, internal app behind the cdn kept off the internet, origin in a private subnet, no public origin needed',
    example: 'serve our internal app through the cdn while it stays unreachable from the internet',
  },
  {
    op: 'cloudfront:ListCachePolicies',
    asked:
      'managed caching presets, cachingoptimized id, available caching rules, which caching settings exist',
    example: 'what is the id of the managed CachingOptimized preset',
  },
  {
    op: 'cloudfront:UpdateFunction',
    asked: 'change edge code, edit the redirect script, new code for an edge function before publishing',
    example: 'change the code of our redirect script at the cdn',
  },
  {
    op: 'globalaccelerator:ListAccelerators',
    asked: 'all global ip setups, which anycast entry points exist, every accelerator in the account',
    example: 'which fixed global ip setups do we run',
  },
  {
    op: 'globalaccelerator:AddEndpoints',
    asked:
      'put a load balancer or instance behind the global ips, add a backend in a region, weight of a new backend',
    example: 'put our new alb in eu-west-1 behind the global anycast ips with weight 50',
  },
  {
    op: 'directconnect:StartBgpFailoverTest',
    asked:
      'test failover by bringing bgp down, does the second line take over, simulate a line outage, resiliency test of the dedicated line',
    example: 'check that our second dedicated line takes over when the bgp session on the first drops',
  },
  {
    op: 'vpc-lattice:CreateService',
    asked:
      'define a callable service on lattice, name and custom domain for a microservice, front door for one app',
    example: 'set up the orders microservice on lattice with the name orders.internal.example.com',
  },
  {
    op: 'vpc-lattice:CreateTargetGroup',
    asked:
      'group of backends for lattice, instances ips lambdas or containers behind a service, health checked backends',
    example: 'make a group of lambda backends for the orders service on lattice',
  },
  {
    op: 'servicediscovery:ListInstances',
    asked:
      'every registered copy of a service, all endpoints in the registry, what is registered under an app',
    example: 'show every copy of the payments app registered in cloud map',
  },
  {
    op: 'servicediscovery:ListServices',
    asked: 'all apps in the registry, which services are registered, list entries of cloud map',
    example: 'which apps have we registered in cloud map',
  },
];
