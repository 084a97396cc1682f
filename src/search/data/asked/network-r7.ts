// Data: how people ask for operations (see ../asked.ts), network services, round 7 self-play:
// operations people reach for that had no entry yet (partner-ordered Direct Connect links, a
// Network Firewall spread to another zone, DNS Firewall rule groups as block policies).

import type { AskedEntry } from './types.js';

export const ASKED_NETWORK_R7: readonly AskedEntry[] = [
  {
    op: 'directconnect:ConfirmConnection',
    asked:
      'accept a hosted link a partner ordered, approve the circuit our provider set up, start using the new port, pending acceptance, ordered state, partner provisioned link',
    example: 'approve the hosted link our aws partner provisioned for us',
  },
  {
    op: 'network-firewall:AssociateSubnets',
    asked:
      'add an availability zone to the firewall, extend the firewall into another zone, put a firewall endpoint in a new az, inspect traffic in one more zone',
    example: 'extend our inspection firewall into a third availability zone',
  },
  {
    op: 'route53resolver:CreateFirewallRuleGroup',
    asked:
      'dns blocklist policy, set of domain blocking rules, dns filtering policy for vpcs, share dns blocking across accounts, container for block and alert rules',
    example: 'make a dns blocklist policy we can apply to every vpc',
  },
  {
    op: 'route53domains:GetOperationDetail',
    asked:
      'did the registration go through, is the purchase or move still in progress, status of a domain request, has it finished, has the transfer gone through',
    example: 'did the registration of coolstartup.io go through or is it still in progress',
  },
  {
    op: 'route53domains:ViewBilling',
    asked:
      'what did we pay for names, invoices for registrations and renewals, charges for our domains last year, what have we paid or spent on domains, domain invoices, registration and renewal charges, domain billing history',
    example: 'what did we pay for domain renewals last year',
  },
  {
    op: 'route53domains:DisableDomainAutoRenew',
    asked: 'stop renewing a name, let it expire, turn off yearly charges, do not renew next year',
    example: 'stop example.net from renewing next year, we will let it expire',
  },
  {
    op: 'route53domains:UpdateDomainContactPrivacy',
    asked:
      'hide whois details, whois privacy, redact owner name and email, show or hide registrant info publicly',
    example: 'hide our address and phone from the public whois of example.com',
  },
  {
    op: 'directconnect:DeleteConnection',
    asked: 'cancel a dedicated link, retire a circuit, stop paying for a port, remove a dx port',
    example: 'retire dxcon-ffabc123, we no longer need that circuit',
  },
  {
    op: 'directconnect:DescribeConnectionLoa',
    asked:
      'letter of authorization, loa-cfa for the colo, paperwork for the cross connect at the data center, download the loa pdf',
    example: 'download the loa-cfa so the colo can run the cross connect',
  },
  {
    op: 'directconnect:DescribeDirectConnectGateways',
    asked: 'our dx gateways, which global gateways join our on premises links, gateway inventory for dx',
    example: 'which dx gateways exist in this account',
  },
  {
    op: 'directconnect:CreateBGPPeer',
    asked:
      'add an ipv6 bgp session, second bgp neighbor on a vif, extra peering session on a virtual interface',
    example: 'add an ipv6 bgp session to dxvif-fgabc123',
  },
  {
    op: 'directconnect:DeleteVirtualInterface',
    asked:
      'remove a vif, tear down a virtual interface, drop the private or public vif, stop using a vlan on the link',
    example: 'tear down dxvif-ffabc123, that vlan is unused now',
  },
  {
    op: 'directconnect:DescribeLags',
    asked: 'bundled links, aggregated ports, link bundle state, how many ports in the bundle are up',
    example: 'how many of the bundled 10g ports in our lag are up',
  },
  {
    op: 'directconnect:CreateDirectConnectGatewayAssociation',
    asked:
      'connect the dx gateway to a transit gateway or virtual private gateway, hook dx into a tgw, allowed prefixes to advertise',
    example: 'hook our dx gateway up to the transit gateway tgw-0abc1234',
  },
  {
    op: 'directconnect:ConfirmPrivateVirtualInterface',
    asked: 'accept a vif shared from another account, accept a hosted private vif, own a vif created for us',
    example: 'accept the private vif our network team created for this account',
  },
  {
    op: 'directconnect:DescribeRouterConfiguration',
    asked: 'sample router config, cisco or juniper config for the vif, what to paste on our edge router',
    example: 'give me the cisco config to paste on our edge router for this vif',
  },
  {
    op: 'network-firewall:ListRuleGroups',
    asked:
      'stateful and stateless rule sets, suricata rule sets in the account, which inspection rules exist',
    example: 'show our stateful suricata rule sets',
  },
  {
    op: 'network-firewall:DescribeRuleGroup',
    asked:
      'what rules are in a rule set, suricata rules inside, domain allow list contents, show the inspection rules',
    example: 'show the suricata rules inside the block-bad-ips set',
  },
  {
    op: 'network-firewall:DescribeLoggingConfiguration',
    asked:
      'where does the firewall send alert and flow logs, is alert logging on, which bucket or log group gets firewall logs',
    example: 'where does our inspection firewall send its alert logs',
  },
  {
    op: 'network-firewall:UpdateFirewallPolicy',
    asked:
      'change the default action, add a rule set to the policy, switch stateful rule order, drop or pass by default',
    example: 'switch the default stateful action to drop established',
  },
  {
    op: 'network-firewall:DeleteFirewall',
    asked:
      'tear down the inspection firewall, remove the egress firewall, stop paying for firewall endpoints',
    example: 'tear down the egress inspection firewall in the dev account',
  },
  {
    op: 'network-firewall:UpdateFirewallDeleteProtection',
    asked:
      'turn off deletion protection so it can be removed, stop accidental removal, allow removing the firewall',
    example: 'turn off deletion protection on edge-fw so we can remove it',
  },
  {
    op: 'network-firewall:DisassociateSubnets',
    asked:
      'pull the firewall out of a zone, remove a firewall endpoint from an az, shrink the firewall to fewer zones',
    example: 'pull our firewall out of us-east-1c',
  },
  {
    op: 'servicediscovery:GetInstancesHealthStatus',
    asked: 'which instances are unhealthy, health of cloud map targets, is an instance passing its check',
    example: 'which cloud map instances of the orders service are unhealthy',
  },
  {
    op: 'servicediscovery:GetOperation',
    asked:
      'has the namespace creation finished, status of a cloud map request, is it still pending, did it fail',
    example: 'has the cloud map namespace creation finished yet',
  },
  {
    op: 'servicediscovery:DeleteNamespace',
    asked: 'remove a cloud map domain, drop the private dns zone of service discovery, clean up the registry',
    example: 'remove the old staging.local cloud map domain',
  },
  {
    op: 'globalaccelerator:RemoveEndpoints',
    asked:
      'pull a load balancer out of rotation behind the anycast ips, drop an alb from a region, stop sending traffic to one backend',
    example: 'pull the old alb out of rotation behind our anycast ips',
  },
  {
    op: 'globalaccelerator:UpdateAccelerator',
    asked:
      'disable the anycast ips, turn off an accelerator, rename it, switch ip address type to dual stack',
    example: 'turn off our anycast accelerator before tearing it down',
  },
  {
    op: 'globalaccelerator:DeleteAccelerator',
    asked: 'tear down the anycast ips, remove the accelerator, stop paying for static global ips',
    example: 'tear down the anycast setup we used for the old game servers',
  },
  {
    op: 'globalaccelerator:ListEndpointGroups',
    asked:
      'which regions sit behind the accelerator, regional backends of a listener, traffic dial per region',
    example: 'which regions sit behind our anycast listener',
  },
  {
    op: 'apigateway:GetDeployments',
    asked: 'deploy history, when was the api last published, past releases of the api',
    example: 'when was our rest api last published to prod',
  },
  {
    op: 'apigateway:DeleteStage',
    asked: 'remove an environment, drop the beta stage, tear down the dev environment of the api',
    example: 'drop the beta environment from our rest api',
  },
  {
    op: 'apigateway:GetUsagePlan',
    asked:
      'quota and rate limits of a plan, how many requests a customer tier gets, throttle settings of a plan',
    example: 'what rate limit and monthly quota does the gold plan give',
  },
  {
    op: 'apigatewayv2:GetStage',
    asked: 'settings of a stage of an http api, is auto deploy on, throttling and logging of an environment',
    example: 'is auto deploy turned on for the prod stage of our http api',
  },
  {
    op: 'apigatewayv2:GetDomainNames',
    asked:
      'custom domains on http and websocket apis, which hostnames front our apis, certificates of api domains',
    example: 'which custom hostnames are set up for our http apis',
  },
];
