// Data: everyday phrases of media, IoT and communications work (see concepts.ts), round 9 of the
// media group: messaging someone on WhatsApp, agents free right now in a contact center, finding
// players a match, the SES do-not-send list, small edge computers, a broadcast on air, cars of
// a fleet (a car alone is also what Rekognition finds in a picture, so only with a fleet).

import type { Concept } from './concepts.js';

export const R9_MEDIA_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['whatsapp', 'on whatsapp', 'whatsapp message', 'whatsapp template'],
    terms: 'whatsapp message',
    services: ['socialmessaging'],
    why: 'WhatsApp messages from AWS go through End User Messaging Social (socialmessaging)',
    example: ['whatsapp the delivery update to +15551230000', 'socialmessaging:SendWhatsAppMessage'],
  },
  {
    // "free agents" and "agents available" are in concepts-r7-ai.ts; these are the same said as a clause
    phrases: ['agents are free', 'agents are available', 'agents are busy', 'agents free', 'agents busy'],
    terms: 'current metric data',
    services: ['connect'],
    why: 'how many contact-center agents are free or busy right now is an Amazon Connect real-time metric',
    example: ['are any agents free in the billing queue', 'connect:GetCurrentMetricData'],
  },
  {
    phrases: ['find a match', 'find match', 'match players', 'match these players', 'find opponents'],
    terms: 'start matchmaking',
    services: ['gamelift'],
    why: 'finding a match for players is a GameLift FlexMatch matchmaking request',
    example: ['find a match for player p-123 and her friend', 'gamelift:StartMatchmaking'],
  },
  {
    phrases: [
      'do not send list',
      'do not email list',
      'do not mail list',
      'email blocklist',
      'email block list',
    ],
    terms: 'suppressed destination',
    services: ['sesv2'],
    why: 'the addresses SES will not send to are the account suppression list (suppressed destinations)',
    example: ['is dan@example.com on our do-not-send list', 'sesv2:GetSuppressedDestination'],
  },
  {
    phrases: ['raspberry pi', 'raspberry pis', 'edge devices', 'edge device', 'jetson', 'gateway devices'],
    terms: 'core device deployment component',
    services: ['greengrassv2', 'iot'],
    why: 'software on small edge computers (a Raspberry Pi, a Jetson) is run and updated by IoT Greengrass',
    example: ['install the log shipper on all our raspberry pis', 'greengrassv2:CreateDeployment'],
  },
  {
    phrases: ['live broadcast', 'the broadcast', 'our broadcast', 'on air', 'off air'],
    terms: 'stream channel',
    services: ['ivs', 'medialive'],
    why: 'a video broadcast going out live is an IVS stream or a MediaLive channel (an SNS topic fans out messages, not video)',
    example: ['take the broadcast off air on ivs channel main-stage', 'ivs:StopStream'],
  },
  {
    phrases: [
      'connected cars',
      'connected vehicles',
      'car fleet',
      'vehicle fleet',
      'cars in fleet',
      'cars are in fleet',
      'cars belong to fleet',
      'vehicles in fleet',
    ],
    terms: 'vehicle',
    services: ['iotfleetwise'],
    why: 'data from a fleet of connected cars is collected with AWS IoT FleetWise, whose resources are vehicles and fleets',
    example: ['which cars belong to fleet test-fleet-eu', 'iotfleetwise:ListVehiclesInFleet'],
  },
];
