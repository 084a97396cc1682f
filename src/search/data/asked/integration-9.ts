// Data: how people ask for operations (see ../asked.ts), IoT and the rest: devices, their
// messages and state, factory data, edge software, video, old-style workflows and hosted search
// (iot, iot-data, iotsitewise, greengrassv2, iot-jobs-data, iotevents, kinesisvideo, swf,
// cloudsearch).

import type { AskedEntry } from './types.js';

export const ASKED_INTEGRATION_9: readonly AskedEntry[] = [
  {
    op: 'iot:CreateThing',
    asked:
      'register a device, add a sensor, new device in the registry, onboard hardware, gadget, register a device in iot core, add a gadget to the device registry',
    example: 'register a new temperature sensor called boiler-7 in iot core',
  },
  {
    op: 'iot:CreateKeysAndCertificate',
    asked:
      'device certificate, x.509, private key for a device, credentials for mqtt, cert and key pair, mutual tls, credentials for a new sensor, let a sensor authenticate, cert for a device so it can connect, keypair and x509 cert for a device, new device keypair',
    example: 'issue an x.509 cert and private key for a new sensor to connect with',
  },
  {
    op: 'iot:AttachPolicy',
    asked:
      'let a device publish, allow certificate to connect, grant mqtt permissions, bind policy to cert, let a certificate publish to topics, permission to subscribe, allow a device cert to publish or subscribe',
    example: 'allow the boiler-7 device certificate to connect to iot core and publish',
  },
  {
    op: 'iot:CreatePolicy',
    asked: 'mqtt permissions document, which topics devices may publish, allow connect, device access rules',
    example: 'write an iot core policy letting devices publish only to sensors/${iot:ClientId}',
  },
  {
    op: 'iot:AttachThingPrincipal',
    asked: 'link a certificate to a device, bind cert to thing, associate credentials with a sensor',
    example: 'link this x.509 cert to the boiler-7 device in the registry',
  },
  {
    op: 'iot:DescribeEndpoint',
    asked:
      'mqtt broker address, address devices connect to, ats endpoint, device data endpoint, hostname, hostname devices connect to, which endpoint do devices use',
    example: 'what hostname should my devices use to reach the iot mqtt broker',
  },
  {
    op: 'iot:CreateTopicRule',
    asked:
      'route device messages, sql on mqtt topic, forward sensor data to lambda, store readings in dynamodb, rules engine, trigger a lambda on an mqtt message, send incoming device messages to a function, act on messages from devices, save every sensor message, whenever a device reports a value, trigger a lambda when a device sends data',
    example: 'forward every mqtt reading on sensors/+/temp to a lambda with an iot rule',
  },
  {
    op: 'iot:CreateJob',
    asked:
      'firmware update, push an update to devices, remote operation on a fleet, ota, rollout to devices, roll out new firmware to devices, send an update command to a fleet of devices, update many devices at once',
    example: 'roll out firmware 2.1 to every device in the boilers fleet',
  },
  {
    op: 'iot:DescribeJob',
    asked:
      'rollout progress, how many devices succeeded, how many devices failed, counts of a firmware update, firmware update status',
    example: 'how far along is the firmware 2.1 rollout and how many devices failed',
  },
  {
    op: 'iot:CancelJob',
    asked: 'stop the rollout, abort firmware update, halt remote operation, pull back update',
    example: 'abort the firmware 2.1 rollout, devices are bricking',
  },
  {
    op: 'iot:CreateThingGroup',
    asked: 'group of devices, fleet, organize sensors by site, device collection, hierarchy',
    example: 'make a group for all sensors in the berlin factory',
  },
  {
    op: 'iot:AddThingToThingGroup',
    asked: 'put a device in a group, move sensor to fleet, assign device to site',
    example: 'put boiler-7 in the berlin factory group of iot devices',
  },
  {
    op: 'iot:ListThings',
    asked:
      'all devices, what sensors are registered, device inventory, every gadget, registered devices, how many devices do we have, count of devices',
    example: 'which devices are registered in our iot core account',
  },
  {
    op: 'iot:SearchIndex',
    asked:
      'find devices by attribute, fleet indexing, query devices, which devices are disconnected, connectivity',
    example: 'find iot devices with firmware 1.9 that are currently disconnected',
  },
  {
    op: 'iot:UpdateCertificate',
    asked: 'revoke a device certificate, deactivate cert, disable a compromised device, block a sensor',
    example: 'deactivate the cert of a stolen sensor so it can no longer connect',
  },
  {
    op: 'iot-data:Publish',
    asked:
      'send mqtt message, push a command to a device, publish to a topic from the cloud, message devices, push json to a device topic, command topic of a device',
    example: 'send {"cmd":"reboot"} to mqtt topic devices/boiler-7/commands',
  },
  {
    op: 'iot-data:GetThingShadow',
    asked:
      'device state, last reported values, desired vs reported, digital twin state, current settings of a device, reported state of a device, what a sensor last reported, last reported reading, state a device last synced to the cloud, what a smart device last sent as its state',
    example: 'what state did iot device boiler-7 last report',
  },
  {
    op: 'iot-data:UpdateThingShadow',
    asked:
      'set desired state, change a device setting remotely, turn on a device, desired temperature, twin update, tell a device its new target value or setpoint, what a device should be set to',
    example: 'set the desired temperature of boiler-7 to 65 so it applies when it reconnects',
  },
  {
    op: 'iot-data:GetRetainedMessage',
    asked: 'last message kept on a topic, retained mqtt message, latest value on topic',
    example: 'read the last retained mqtt message on devices/boiler-7/status',
  },
  {
    op: 'iotsitewise:BatchPutAssetPropertyValue',
    asked:
      'ingest machine readings, send industrial data, write sensor values, plc data, telemetry, record a reading, store a temperature reading for an asset, log a measurement for equipment in our factory model',
    example: 'ingest pump pressure readings from the factory into iot sitewise',
  },
  {
    op: 'iotsitewise:GetAssetPropertyValueHistory',
    asked:
      'past readings, time series, trend of a sensor, values over time, historical machine data, hours of values for an asset, values between two times for an asset',
    example: 'pressure history of pump-3 over the last 24 hours in iot sitewise',
  },
  {
    op: 'iotsitewise:GetAssetPropertyValue',
    asked: 'current reading, latest value of a machine sensor, what is it reading now, live value',
    example: 'current pressure value of pump-3 in iot sitewise',
  },
  {
    op: 'iotsitewise:CreateAssetModel',
    asked:
      'define a machine type, equipment template, measurements and metrics, factory model, industrial hierarchy',
    example: 'define a pump type in sitewise with pressure and flow measurements',
  },
  {
    op: 'iotsitewise:CreateGateway',
    asked: 'edge collector for factory data, opc-ua, on-premises data collection, plant floor connector',
    example: 'collect opc-ua data from the plant floor into sitewise',
  },
  {
    op: 'greengrassv2:CreateDeployment',
    asked:
      'push software to edge devices, install components, deploy to core devices, edge rollout, update edge apps, deploy a component to a thing group, send component versions to gateways',
    example: 'roll out version 1.4 of our edge app to all greengrass cores in the factory',
  },
  {
    op: 'greengrassv2:CreateComponentVersion',
    asked: 'package edge software, recipe, publish an edge app, upload code for devices, artifact',
    example: 'package our python inference code as a greengrass component',
  },
  {
    op: 'greengrassv2:GetCoreDevice',
    asked: 'is the edge device healthy, core status, last seen, unhealthy gateway, platform',
    example: 'is the greengrass core at site-12 healthy and when did it last report',
  },
  {
    op: 'greengrassv2:ListInstalledComponents',
    asked:
      'what software is on the edge device, installed apps, versions running on a core, which components, software installed on a core device, what is installed on the edge gateway',
    example: 'what edge apps and versions are running on the greengrass core at site-12',
  },
  {
    op: 'iot-jobs-data:StartNextPendingJobExecution',
    asked:
      'device fetches its next job, pull queued job, mark in progress, pick up pending work, device side, next firmware task, grab the next queued job, next job to work on, claim the next job from the device',
    example: 'the device should pick up the iot job waiting for it and begin working on it',
  },
  {
    op: 'iot-jobs-data:UpdateJobExecution',
    asked: 'device reports job progress, mark job succeeded on the device, report failure, in progress',
    example: 'device reports its iot job finished successfully',
  },
  {
    op: 'iotevents:CreateDetectorModel',
    asked:
      'state machine over sensor data, detect overheating, reading stays above a limit for minutes, sustained condition, trigger an action when readings cross a threshold, iot events, logic that watches inputs from equipment, detect events in equipment inputs and raise an alarm action, state logic for machines',
    example: 'alert when an iot sensor reading stays above 90 degrees for 5 minutes',
  },
  {
    op: 'iotevents:CreateAlarmModel',
    asked: 'alarm on a sensor value, threshold alarm, notify when temperature too high, acknowledge alarm',
    example: 'raise an iot events alarm when boiler temperature goes over 95',
  },
  {
    op: 'kinesisvideo:CreateStream',
    asked: 'camera feed, ingest video, security camera, live video from devices, record footage',
    example: 'take a live feed from a security camera into kinesis video',
  },
  {
    op: 'kinesisvideo:GetDataEndpoint',
    asked:
      'address to send video to, playback url endpoint, hls endpoint, media endpoint, put media, url a camera pushes video to, where to upload a feed, ingest url of a video stream',
    example: 'which endpoint do I use to play back or upload video for camera-1',
  },
  {
    op: 'kinesisvideo:CreateSignalingChannel',
    asked: 'webrtc, peer to peer video, live two-way video, doorbell camera, low latency viewer',
    example: "stream a video doorbell straight to the owner's phone with sub-second delay",
  },
  {
    op: 'swf:StartWorkflowExecution',
    asked: 'start a simple workflow, kick off an swf run, launch workflow instance, begin',
    example: 'kick off an swf order-processing run with id order-42',
  },
  {
    op: 'swf:SignalWorkflowExecution',
    asked:
      'send an event to a running swf workflow, let it know, tell a running workflow, notify a workflow, external input, wake up, nudge a running simple workflow execution so the decider reacts',
    example: 'let the running swf order-42 workflow know that payment arrived',
  },
  {
    op: 'swf:TerminateWorkflowExecution',
    asked: 'kill an swf run, force close, abort a stuck workflow, end immediately',
    example: 'force close the stuck swf run order-42',
  },
  {
    op: 'cloudsearch:CreateDomain',
    asked: 'hosted search engine, full text search for a website, search box backend, managed search, set up',
    example: 'set up a hosted full-text search engine for our product catalog with cloudsearch',
  },
  {
    op: 'cloudsearch:DefineIndexField',
    asked: 'searchable field, facet, sortable field, add a field to search, schema of documents',
    example: 'make the price field sortable and facetable in our cloudsearch setup',
  },
  {
    op: 'cloudsearch:IndexDocuments',
    asked: 'reindex, rebuild the search index, apply field changes, refresh search',
    example: 'rebuild our cloudsearch index after changing fields',
  },
];
