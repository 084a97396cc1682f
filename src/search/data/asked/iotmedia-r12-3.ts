// Data: how people ask for IoT, media and edge work (see types.ts), round 12 of the IoT and
// media group, third part: the everyday operations around devices (groups a thing is in,
// devices that register themselves, IoT logging, Device Defender violations, retiring an edge
// gateway), industrial averages, encoder previews, ad-insertion origins, camera streams, renders.

import type { AskedEntry } from './types.js';

export const ASKED_IOTMEDIA_R12_3: readonly AskedEntry[] = [
  {
    op: 'iot:ListThingGroupsForThing',
    asked:
      'which groups is a thing in, groups a device belongs to, what groups contain this sensor, group membership of a device',
    example: 'what groups does device boiler-7 belong to',
  },
  {
    op: 'iot:CreateProvisioningTemplate',
    asked:
      'devices register themselves, fleet provisioning, first connect provisioning, claim certificate onboarding, just in time provisioning, self registration of devices at the factory',
    example: 'let new devices provision themselves in iot core when they first connect',
  },
  {
    op: 'iot:SetV2LoggingOptions',
    asked:
      'turn on logs for iot core, debug logging for iot, iot core log level, send iot logs to cloudwatch, verbose iot logs',
    example: 'enable debug level logging for our iot core account',
  },
  {
    op: 'iot:ListActiveViolations',
    asked:
      'devices breaking device defender rules, security profile violations now, misbehaving devices, anomalous device behavior, devices out of policy',
    example: 'which things are violating our device defender security profile',
  },
  {
    op: 'greengrassv2:DeleteCoreDevice',
    asked:
      'remove a gateway from greengrass, retire an edge gateway, decommission a core device, forget a greengrass core',
    example: 'decommission greengrass core gw-old-3',
  },
  {
    op: 'greengrassv2:GetDeployment',
    asked:
      'did the edge deployment finish, status of a greengrass deployment, edge rollout result, is the deployment to the gateways done',
    example: 'has the greengrass rollout to the store gateways completed',
  },
  {
    op: 'iotsitewise:GetAssetPropertyAggregates',
    asked:
      'average of a sensor per hour, hourly average, min max of a property over a day, aggregated readings of an asset, daily totals of a machine',
    example: 'daily maximum pressure of pump-3 over the last week in sitewise',
  },
  {
    op: 'iotsitewise:CreateAsset',
    asked:
      'add a machine as an asset, new asset from a model, register a pump in sitewise, add equipment under a model',
    example: 'add compressor 4 to sitewise using the compressor model',
  },
  {
    op: 'medialive:DescribeThumbnails',
    asked:
      'preview frame of a channel, what the encoder is sending, thumbnail of the live output, snapshot of the live picture',
    example: 'grab a thumbnail of what the medialive encoder is putting out',
  },
  {
    op: 'mediatailor:CreateSourceLocation',
    asked:
      'point mediatailor at our content origin, where the content lives, origin server for channel assembly, content source for a fast channel',
    example: 'register our origin https://media.example.com as a content location for channel assembly',
  },
  {
    op: 'kinesisvideo:ListStreams',
    asked: 'what camera streams do we have, every camera feed, all our camera streams',
    example: 'show every camera feed we ingest into kinesis video',
  },
  {
    op: 'kinesisvideo:DeleteStream',
    asked: 'remove a camera stream, delete an old camera feed, drop a camera video stream',
    example: 'delete the kinesis video stream of the camera we took down',
  },
  {
    op: 'deadline:ListJobs',
    asked: 'renders queued, renders in the queue, what is rendering now, queued renders',
    example: 'which renders are waiting on the farm right now',
  },
  {
    op: 'snowball:CreateReturnShippingLabel',
    asked:
      'shipping label to send the device back, return the snowball, done loading the device, ship it back to aws',
    example: 'we finished loading the snowball, arrange the shipment back to aws',
  },
];
