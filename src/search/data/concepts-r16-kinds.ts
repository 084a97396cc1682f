// Data: everyday names for a kind of thing that already say which service it is (round 16,
// "kinds"); the kind words that need another word to say the service are in kind-words-r16.ts.

import type { Concept } from './concepts.js';

export const R16_KIND_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['streaming desktop', 'streamed desktop'],
    services: ['appstream'],
    why: 'desktops streamed to a browser are AppStream 2.0, not a Kinesis stream (the word "streaming" alone points there)',
    example: ['delete the streaming desktop fleet for the contractors', 'appstream:DeleteFleet'],
  },
  {
    phrases: ['node pool', 'nodepool', 'worker node pool'],
    terms: 'nodegroup',
    services: ['eks'],
    why: 'GKE and AKS call a group of worker nodes a node pool; EKS calls it a managed node group',
    example: ['scale the gpu node pool to 3 nodes', 'eks:UpdateNodegroupConfig'],
  },
];
