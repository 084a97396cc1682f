// Data: how people ask for operations (see ../asked.ts), round 15 of the long tail (IoT, media,
// end-user computing, developer tools, migration, location, healthcare, games, billing): the
// everyday reads and changes of services no earlier round grouped, written from each
// operation's documentation.

import type { AskedEntry } from './types.js';

export const ASKED_TAIL_R15: readonly AskedEntry[] = [
  // FleetWise names cars "vehicles" and its service name holds "fleet", so the account-wide list
  // of cars lost to the list of one fleet's cars.
  {
    op: 'iotfleetwise:ListVehicles',
    asked:
      'every car or vehicle in the account, all onboarded vehicles, vehicles registered so far, enrolled vehicles, whole vehicle inventory',
    example: 'which cars have we onboarded to fleetwise so far',
  },
];
