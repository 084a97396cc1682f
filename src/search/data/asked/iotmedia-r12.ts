// Data: how people ask for IoT, media, game and edge work (see types.ts), round 12 of the
// IoT and media group: whether a device is online, which devices a job failed on, what a device
// certificate may do, the numbers a SIP trunk owns, game streaming to a browser, WebRTC relays.

import type { AskedEntry } from './types.js';

export const ASKED_IOTMEDIA_R12: readonly AskedEntry[] = [
  {
    op: 'iot:GetThingConnectivityData',
    asked:
      'is a device connected, is a sensor online, device online right now, last seen, when did it disconnect, why did it go offline, connection status of a device, still connected',
    example: 'when did device boiler-3 last disconnect and why',
  },
  {
    op: 'iot:ListAttachedPolicies',
    asked:
      'policies on a certificate, what a device certificate may do, permissions of a device cert, which policy a cert has, policies given to a group of devices',
    example: 'what is the device cert of pump-7 allowed to do',
  },
  {
    op: 'iot:ListJobExecutionsForJob',
    asked:
      'which devices failed a job, which devices ran the job, each device result of a rollout, per device status of a firmware update, devices still pending, devices that succeeded',
    example: 'list every device the firmware rollout did not succeed on',
  },
  {
    op: 'iot:ListJobExecutionsForThing',
    asked:
      'jobs on a device, jobs of one thing, stuck job on a device, what jobs a sensor has run, job history of a device, pending work queued for a device',
    example: 'what firmware jobs has thing pump-7 run',
  },
  {
    op: 'iot:CancelJobExecution',
    asked:
      'cancel a job on one device, stop the stuck job on a device, abort a device job, skip one device in a rollout, force cancel in progress job on a thing',
    example: 'abort the firmware job running on thing pump-7 only',
  },
  {
    op: 'iot:ListThingsInThingGroup',
    asked:
      'things in a group, devices in a thing group, members of a thing group, sensors of a group, which devices belong to a group',
    example: 'which sensors belong to the thing group floor-2',
  },
  {
    op: 'kinesisvideo:UpdateDataRetention',
    asked:
      'keep video for hours, how long video is kept, retention of camera footage, keep footage longer, store recordings for days, shorten video retention',
    example: 'keep the lobby camera footage for 7 days instead of 24 hours',
  },
  {
    op: 'kinesis-video-archived-media:ListFragments',
    asked:
      'video fragments recorded, what was recorded between two times, footage recorded between, chunks of a camera recording, timestamps of recorded video, gaps in the recording',
    example: 'was anything recorded on the garage camera between 2 and 3am',
  },
  {
    op: 'kinesis-video-signaling:GetIceServerConfig',
    asked:
      'turn servers, stun turn credentials, ice servers, webrtc peer connection, nat traversal, relay for webrtc, turn relay for a camera viewer',
    example: 'give my webrtc viewer the turn relay credentials for the signaling channel',
  },
  {
    op: 'gameliftstreams:StartStreamSession',
    asked:
      'stream a game to a browser, cloud gaming session, play in the browser, stream our game to a player, game streaming to a web page, start playing remotely',
    example: 'let a player run our pc game from a web page without installing it',
  },
  {
    op: 'chime-sdk-voice:ListPhoneNumbers',
    asked:
      'phone numbers we own, our numbers, numbers on our sip trunk, numbers in chime sdk, what phone numbers do we have, numbers assigned to a voice connector',
    example: 'show every phone number our chime sdk voice account holds',
  },
  {
    op: 'greengrassv2:ListCoreDevices',
    asked:
      'our edge gateways, which cores are unhealthy, unhealthy gateways, gateways that are offline, every core device, edge boxes we run',
    example: 'are any of our greengrass gateways reporting unhealthy',
  },
];
