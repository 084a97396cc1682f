// Data: how people ask for operations (see ../asked.ts), round 8 of the data and analytics
// group: calls people reach for around dashboards and the data catalog that had no entry yet
// (QuickSight sharing list, DataZone publishing), written from what each call does for the person.

import type { AskedEntry } from './types.js';

export const ASKED_DATA_R8: readonly AskedEntry[] = [
  {
    op: 'quicksight:DescribeDashboardPermissions',
    asked:
      'who can see the dashboard, who has access to a dashboard, which users and groups can view it, who it is shared with',
    example: 'which people and groups is the revenue dashboard shared with in quicksight?',
  },
  {
    op: 'datazone:CreateListingChangeSet',
    asked:
      'publish an asset to the catalog, make a data asset visible to other projects so they can subscribe, unpublish an asset',
    example: 'publish the orders asset in datazone so other teams can request access',
  },
];
