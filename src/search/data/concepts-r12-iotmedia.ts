// Data: everyday phrases of IoT and media work (see concepts.ts), round 12 of the IoT and media
// group: what devices send is routed by IoT rules (sending to a device is iot-data Publish), a
// component sent to gateways is a Greengrass deployment, the next job a device takes is IoT Jobs.

import type { Concept } from './concepts.js';

export const R12_IOTMEDIA_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'messages from my devices',
      'messages from devices',
      'messages from our devices',
      'data from my devices',
      'data from our devices',
      'readings from my sensors',
      'readings from our sensors',
      'incoming mqtt',
      'mqtt messages into',
      'mqtt messages to',
      'whenever a device',
      'whenever a sensor',
      'every time a device',
      'every time a sensor',
    ],
    terms: 'topic rule',
    services: ['iot'],
    why: 'what devices send over MQTT (whenever a device reports) reaches Lambda, S3 or DynamoDB through an IoT rule (a topic rule); iot-data Publish sends the other way',
    example: ['store the data from our devices in dynamodb as it arrives', 'iot:CreateTopicRule'],
  },
  {
    phrases: [
      'deploy component',
      'deploy the component',
      'deploy a component',
      'deploy components',
      'component to gateways',
      'component to our gateways',
      'components to the edge',
    ],
    terms: 'create deployment component',
    services: ['greengrassv2'],
    why: 'a component sent to edge gateways or a thing group is a Greengrass deployment of component versions',
    example: [
      'deploy component com.acme.logger 2.0.1 to the gateways group',
      'greengrassv2:CreateDeployment',
    ],
  },
  {
    phrases: [
      'next queued job',
      'next pending job',
      'job queued for the device',
      'job waiting for the device',
      'jobs queued for my device',
    ],
    terms: 'start next pending job execution',
    services: ['iot-jobs-data'],
    why: 'a device takes the next job waiting for it from the IoT Jobs data plane (StartNextPendingJobExecution)',
    example: [
      'the sensor should take its next pending job and start on it',
      'iot-jobs-data:StartNextPendingJobExecution',
    ],
  },
];
