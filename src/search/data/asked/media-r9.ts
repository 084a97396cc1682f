// Data: how people ask for media, IoT and communications work (see types.ts), round 9 of the
// media group: which certificates a thing uses, which vehicles a FleetWise fleet holds.

import type { AskedEntry } from './types.js';

export const ASKED_MEDIA_R9: readonly AskedEntry[] = [
  {
    op: 'iot:ListThingPrincipals',
    asked:
      'certificates attached to a thing, which cert a device uses, credentials of a device, what identity a sensor connects with, principals of a thing, certs on a device',
    example: 'what certificate does the device boiler-7 connect with',
  },
  {
    op: 'iotfleetwise:ListVehiclesInFleet',
    asked:
      'cars in a fleet, vehicles of a fleet, which vehicles belong to a fleet, members of a fleet, trucks in a fleet, list the cars of one fleet',
    example: 'list the trucks that belong to fleetwise fleet delivery-vans',
  },
];
