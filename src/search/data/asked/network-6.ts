// Data: how people ask for operations (see ../asked.ts), network services: dedicated lines
// (Direct Connect), the managed network firewall, service-to-service networking (VPC Lattice),
// service discovery (Cloud Map), the global WAN (Network Manager, Cloud WAN) and hybrid
// network monitoring.

import type { AskedEntry } from './types.js';

export const ASKED_NETWORK_6: readonly AskedEntry[] = [
  {
    op: 'directconnect:CreateConnection',
    asked:
      'dedicated line, private fiber to aws, leased line, cross connect, order a 10 gbps port, physical link from our data center',
    example: 'order a dedicated 10 gbps fiber from our colo to aws',
  },
  {
    op: 'directconnect:DescribeConnections',
    asked:
      'is the line up, status of the dedicated link, connection state, down or available, physical port status',
    example: 'is our dedicated fiber to aws up or down right now',
  },
  {
    op: 'directconnect:DescribeLoa',
    asked: 'letter of authorization, loa cfa, paperwork for the colocation provider, cross connect document',
    example: 'download the loa-cfa the colo needs to run the cross connect',
  },
  {
    op: 'directconnect:CreatePrivateVirtualInterface',
    asked:
      'vlan to reach a vpc over the dedicated line, private bgp session, private vif, reach private networks over the fiber',
    example: 'set up a vlan with bgp over our fiber to reach our private cloud networks',
  },
  {
    op: 'directconnect:CreateTransitVirtualInterface',
    asked: 'transit vif, reach the hub router over the dedicated line, line to many vpcs through a tgw',
    example: 'carry traffic from our dedicated line to the transit gateway over a vlan',
  },
  {
    op: 'directconnect:CreatePublicVirtualInterface',
    asked:
      'reach public aws services like s3 over the dedicated line, public vif, public prefixes over the fiber',
    example: 'reach s3 public endpoints over our leased fiber instead of the internet',
  },
  {
    op: 'directconnect:DescribeVirtualInterfaces',
    asked: 'is bgp up, vlan status, vif state, bgp session down, which vlans are on the line',
    example: 'is the bgp session on our fiber vlan established',
  },
  {
    op: 'directconnect:CreateDirectConnectGateway',
    asked:
      'connect one line to many vpcs across regions, one fiber reaching networks in several regions, global gateway for the dedicated line, dxgw',
    example: 'let one fiber line reach networks in several regions',
  },
  {
    op: 'directconnect:CreateLag',
    asked:
      'bundle links, aggregate bandwidth, combine several ports, link aggregation group, redundant lines as one',
    example: 'bundle four 10 gbps fibers into one 40 gbps link',
  },
  {
    op: 'directconnect:DescribeLocations',
    asked:
      'which colocation facilities, where can we get a dedicated line, data centers with aws ports, colo list',
    example: 'which colo facilities in Frankfurt offer a dedicated line to aws',
  },
  {
    op: 'network-firewall:CreateFirewall',
    asked:
      'managed firewall for a vpc, stateful inspection, ids ips, inspect traffic, suricata, deep packet inspection, perimeter firewall',
    example: 'put a stateful inspection appliance in front of vpc-0abc1234 with suricata rules',
  },
  {
    op: 'network-firewall:CreateRuleGroup',
    asked:
      'suricata rules, domain allowlist, block domains, domain denylist, stop outbound traffic to bad sites, stateful rules, 5 tuple rules, sni filtering, intrusion signatures',
    example: 'write suricata style rules that only allow outbound https to github.com',
  },
  {
    op: 'network-firewall:UpdateRuleGroup',
    asked: 'change inspection rules, add a domain to the allowlist, edit suricata rules, update signatures',
    example: 'add pypi.org to the outbound domain allowlist of our inspection rules',
  },
  {
    op: 'network-firewall:CreateFirewallPolicy',
    asked: 'bundle of rule groups, default drop action, stateful and stateless order, inspection policy',
    example: 'define which inspection rules apply and drop everything else by default',
  },
  {
    op: 'network-firewall:DescribeFirewall',
    asked: 'firewall endpoints per zone, status, in sync, vpce ids to route through, is inspection ready',
    example: 'which endpoint ids should my routes send traffic to for inspection',
  },
  {
    op: 'network-firewall:UpdateLoggingConfiguration',
    asked:
      'alert logs, flow logs of the inspection firewall, send drops to s3 or cloudwatch, log what was blocked, ship firewall records to a bucket, where the network firewall writes its logs',
    example: 'send the alerts about blocked connections from our inspection firewall to cloudwatch',
  },
  {
    op: 'network-firewall:ListFirewalls',
    asked: 'all inspection firewalls, which vpcs are inspected, list managed firewalls',
    example: 'which of our networks have an inspection firewall',
  },
  {
    op: 'vpc-lattice:CreateServiceNetwork',
    asked:
      'app network, microservices in different accounts call each other, one shared network for services, connect services across vpcs and accounts, service mesh without sidecars, lattice, service to service connectivity, shared application network for services in different vpcs and accounts',
    example: 'let microservices in different accounts call each other through one shared app network',
  },
  {
    op: 'vpc-lattice:CreateServiceNetworkVpcAssociation',
    asked: 'let a vpc use the app network, join a vpc to lattice, clients in a network can call services',
    example: 'let clients in vpc-0abc1234 call services on our lattice app network',
  },
  {
    op: 'vpc-lattice:CreateServiceNetworkServiceAssociation',
    asked: 'add a service to the app network, publish a service on lattice, make a service callable',
    example: 'add the orders service to our lattice app network',
  },
  {
    op: 'vpc-lattice:CreateRule',
    asked:
      'path based routing, route /api to a target, header based routing, weighted traffic split between versions, send a path on a lattice service to another target group, forward requests for a prefix to a target group',
    example: 'route /api/v2 requests to a different target on our lattice service',
  },
  {
    op: 'vpc-lattice:PutAuthPolicy',
    asked: 'who can call a service, iam auth for service calls, allow only some accounts or roles to invoke',
    example: 'only let the billing role call the orders service on lattice',
  },
  {
    op: 'vpc-lattice:RegisterTargets',
    asked: 'add backends, put instances or ips behind a lattice service, add containers to a group',
    example: 'put these three ips behind the orders service on lattice',
  },
  {
    op: 'servicediscovery:CreatePrivateDnsNamespace',
    asked:
      'internal dns names for services, service.local, private service registry, names services use to find each other',
    example: 'give our microservices internal names like orders.internal so they find each other',
  },
  {
    op: 'servicediscovery:CreateHttpNamespace',
    asked: 'service registry without dns, api only discovery, registry for services looked up by api',
    example: 'set up a registry where services look each other up by api instead of dns',
  },
  {
    op: 'servicediscovery:CreateService',
    asked:
      'add an entry to the service registry, dns record template for a microservice, register a new app name in cloud map',
    example: 'add the payments app to our cloud map registry with an a record per task',
  },
  {
    op: 'servicediscovery:RegisterInstance',
    asked:
      'register an endpoint, add a running copy of an app with its ip and port, add an ip and port to the registry, announce a running copy, add a backend to cloud map',
    example: 'add 10.0.1.25:8080 as a running copy of the payments app in cloud map',
  },
  {
    op: 'servicediscovery:DeregisterInstance',
    asked: 'remove an endpoint from the registry, take a copy out of discovery, stop announcing a backend',
    example: 'take the stopped payments copy out of cloud map',
  },
  {
    op: 'servicediscovery:DiscoverInstances',
    asked:
      'find healthy endpoints of a service, healthy backends or hosts, which ips and ports is an app on, look up where a service runs, query the service registry, get ips and ports to call, which healthy instances are registered for a service, ip addresses of the healthy instances behind a service name',
    example: 'resolve the payments service to ips and ports through cloud map',
  },
  {
    op: 'servicediscovery:ListNamespaces',
    asked: 'list registries, which domains does cloud map manage, all namespaces in the account',
    example: 'which cloud map registries do we have',
  },
  {
    op: 'servicediscovery:UpdateInstanceCustomHealthStatus',
    asked: 'mark an endpoint unhealthy, report health from our own checker, custom health status',
    example: 'mark the payments copy at 10.0.1.25 as unhealthy in cloud map',
  },
  {
    op: 'networkmanager:CreateGlobalNetwork',
    asked:
      'wan, global network view, cloud wan, one dashboard of our whole wan, sites devices and links, one map of all our networks, container for sites and hubs, global wan that connects regions and branch offices',
    example: 'one global dashboard of our whole wan with sites, devices and links',
  },
  {
    op: 'networkmanager:CreateCoreNetwork',
    asked: 'cloud wan core, segments across regions, managed global backbone, wan between regions',
    example: 'set up a managed global backbone linking our regions with prod and dev segments',
  },
  {
    op: 'networkmanager:PutCoreNetworkPolicy',
    asked: 'cloud wan policy document, segment rules, which attachments join which segment, edge locations',
    example: 'change the cloud wan policy so new vpcs tagged prod join the prod segment',
  },
  {
    op: 'networkmanager:CreateVpcAttachment',
    asked: 'attach a vpc to cloud wan, connect a network to the global backbone, join a segment',
    example: 'attach vpc-0abc1234 to our cloud wan backbone',
  },
  {
    op: 'networkmanager:RegisterTransitGateway',
    asked: 'add a hub router to the global view, bring a tgw into network manager, see a tgw on the map',
    example: 'add our transit gateways to the global network map',
  },
  {
    op: 'networkmanager:StartRouteAnalysis',
    asked: 'trace a path between hubs, check whether traffic reaches across transit gateways, route analyzer',
    example: 'trace whether traffic from one hub attachment reaches another across regions',
  },
  {
    op: 'networkmonitor:CreateMonitor',
    asked:
      'measure latency and packet loss to on premises, hybrid network health, watch the link to the data center',
    example: 'track latency and packet loss between our vpc and the datacenter',
  },
  {
    op: 'networkmonitor:CreateProbe',
    asked: 'ping a remote ip from a subnet, add a destination to measure, icmp or tcp checks to the office',
    example: 'add a tcp check from subnet-0abc1234 to our office server 192.168.1.10',
  },
  {
    op: 'networkmonitor:GetMonitor',
    asked:
      'latency readings, how is the hybrid link looking, current packet loss, state of the hybrid link check, measurement results',
    example: 'how is the packet loss and latency to the datacenter looking',
  },
];
