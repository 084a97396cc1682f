// Data: round-8 self-play words for network and edge operations that had no asked entry (see ../asked.ts).
import type { AskedEntry } from './types.js';

export const ASKED_NETWORK_R8: readonly AskedEntry[] = [
  {
    op: 'globalaccelerator:ProvisionByoipCidr',
    asked:
      'bring our own ip range to the accelerator, byoip for anycast addresses, use our own address block, keep our public ips when moving to aws',
    example: 'use our company-owned /24 address block as the static anycast ips',
  },
  {
    op: 'vpc-lattice:ListServiceNetworkServiceAssociations',
    asked:
      'which services are in a service network, services joined to the service network, members of the lattice mesh, what services were added to the network',
    example: 'show the services that belong to service network sn-0abc1234',
  },
];
