// Data: how people ask for IoT, media and edge work (see types.ts), round 12 of the IoT and
// media group, second part: the long tail of the group (digital twins, media origins, Chime SDK
// chat admins, RoboMaker simulations, Snow devices, Fleet Hub, Device Advisor, IoT Events
// inputs, Deadline budgets, Ground Station satellites), each in the words of the people using it.

import type { AskedEntry } from './types.js';

export const ASKED_IOTMEDIA_R12_2: readonly AskedEntry[] = [
  {
    op: 'iottwinmaker:GetPropertyValue',
    asked:
      'current value of a property on a twin entity, what the digital twin shows now, latest value of an entity property, live reading of a twin',
    example: 'what pressure does the digital twin of boiler-4 show right now',
  },
  {
    op: 'mediastore:PutLifecyclePolicy',
    asked:
      'delete old segments automatically, expire objects in a container after a day, clean up old video files in mediastore, segments last only hours',
    example: 'clean up video files older than a day in our mediastore container',
  },
  {
    op: 'chime-sdk-identity:ListAppInstanceAdmins',
    asked:
      'admins of our chat app instance, who administers the app instance, moderators with admin rights on in-app chat, list chat app admins',
    example: 'list the people with admin rights on our chime sdk messaging app',
  },
  {
    op: 'chime-sdk-media-pipelines:CreateMediaInsightsPipeline',
    asked:
      'analyze call audio live, call analytics on a chime call, media insights, real-time transcription and sentiment of a call, voice analytics pipeline',
    example: 'get live sentiment and a transcript of our chime sdk voice calls',
  },
  {
    op: 'chime-sdk-messaging:ListChannelMemberships',
    asked:
      'who is a member of a channel, members of a chat channel, people in a channel, who joined the chat channel, channel roster',
    example: 'which users are in the chime sdk channel support-room',
  },
  {
    op: 'robomaker:DescribeSimulationJob',
    asked:
      'is a simulation still running, status of a robot simulation, did the simulation fail, simulation job details, why the simulation ended',
    example: 'did the robomaker simulation of the picker arm finish or fail',
  },
  {
    op: 'snow-device-management:CreateTask',
    asked:
      'reboot a snowcone remotely, unlock a snow device remotely, run a command on a snowball edge, remote task on a snow device, restart a field device',
    example: 'unlock the snowball edge at the oil rig from the console',
  },
  {
    op: 'snow-device-management:DescribeDeviceEc2Instances',
    asked:
      'ec2 instances running on a snowball edge, instances on a snow device, virtual machines on a snowcone, what runs on the snowball',
    example: 'list the ec2 instances on our snowcone in the truck',
  },
  {
    op: 'iotfleethub:CreateApplication',
    asked:
      'web dashboard for device fleets, fleet hub app, let operators monitor devices in a browser, support team view of our devices, no-code device monitoring app',
    example: 'set up a browser app where technicians can watch our device fleet',
  },
  {
    op: 'iotdeviceadvisor:GetSuiteRunReport',
    asked:
      'did my device pass, qualification report, device advisor results, pass or fail report of a qualification run',
    example: 'get the qualification report for the device advisor run of our thermostat',
  },
  {
    op: 'iotevents-data:BatchPutMessage',
    asked:
      'feed a reading into iot events, send input to a detector, test a detector with a message, push a value into a detector model',
    example: 'send a test temperature of 120 to the iot events input to see the alarm trip',
  },
  {
    op: 'deadline:GetBudget',
    asked:
      'how much of the render budget is used, render spend so far, budget left for rendering, farm budget status',
    example: 'how much have we spent of the deadline cloud render budget for project apollo',
  },
  {
    op: 'groundstation:ListSatellites',
    asked:
      'satellites onboarded to our account, our satellites, which spacecraft we can contact, satellite ids we own',
    example: 'list the satellites ground station knows for our account',
  },
];
