// Data: how people ask for operations (see ../asked.ts), IoT services outside core IoT: FleetWise
// (vehicle data), TwinMaker (digital twins), managed integrations (smart home), IoT Analytics,
// IoT Events alarms and detectors; then Ground Station (satellites) and IVS real-time stages.

import type { AskedEntry } from './types.js';

export const ASKED_INFRA_3: readonly AskedEntry[] = [
  {
    op: 'iotfleetwise:CreateVehicle',
    asked:
      'register a car, add a truck to telematics, connected car onboarding, vin, vehicle data collection, link a car to its decoder',
    example: 'onboard car VIN 1HGCM82633A004352 for telematics collection',
  },
  {
    op: 'iotfleetwise:CreateCampaign',
    asked:
      'collect can bus signals from cars, gather engine rpm or battery temperature from trucks, telematics data collection rules, which signals to gather, time based or condition based collection, upload to timestream or s3',
    example: 'gather engine rpm and battery temp from our trucks every 10 seconds',
  },
  {
    op: 'iotfleetwise:CreateSignalCatalog',
    asked:
      'vehicle signal specification, vss, can signals, sensor and actuator definitions for cars, vehicle data dictionary',
    example: 'load a vss tree of our car sensors and actuators',
  },
  {
    op: 'iotfleetwise:GetVehicleStatus',
    asked:
      'is the car collecting data, campaign deployment state on a vehicle, healthy or suspended on a truck',
    example: 'did truck-0042 receive the data collection campaign',
  },
  {
    op: 'iotfleetwise:CreateDecoderManifest',
    asked:
      'dbc file, decode raw can frames into signals, obd pids, network interface decoding rules for cars',
    example: 'use our dbc file to turn raw can frames into named signals',
  },
  {
    op: 'iottwinmaker:CreateWorkspace',
    asked:
      'digital twin project, factory twin, 3d model of plant, twin workspace bucket, start building a twin',
    example: 'start a digital twin of our cookie factory with assets in s3://twins/factory',
  },
  {
    op: 'iottwinmaker:CreateEntity',
    asked:
      'add a machine or room to the digital twin, twin node, equipment in the twin graph, parent child hierarchy',
    example: 'add mixer-3 under production-line-1 in our factory twin',
  },
  {
    op: 'iottwinmaker:GetPropertyValueHistory',
    asked:
      'historical sensor values of a twin, temperature over time for equipment, time series from the twin, past readings',
    example: 'temperature readings of mixer-3 in the twin over the past day',
  },
  {
    op: 'iottwinmaker:CreateScene',
    asked: '3d scene, gltf model, visualize the factory in grafana, scene json, immersive view',
    example: 'add a 3d view of the plant floor from s3://twins/floor.json',
  },
  {
    op: 'iottwinmaker:ExecuteQuery',
    asked:
      'query the twin graph, find connected equipment, sql-like knowledge graph query, relationships between entities',
    example: 'find every pump connected to tank-7 in the twin knowledge graph',
  },
  {
    op: 'iot-managed-integrations:CreateManagedThing',
    asked:
      'add a smart home device, onboard a light bulb or thermostat, matter zigbee z-wave device, hub controller, claim a device',
    example: 'onboard a matter smart plug into our home automation setup',
  },
  {
    op: 'iot-managed-integrations:SendManagedThingCommand',
    asked:
      'turn on a smart light, change the temperature on a smart thermostat, control a home device, lock the door, send an action to a matter device',
    example: 'tell the hallway smart thermostat to go to 21 degrees',
  },
  {
    op: 'iot-managed-integrations:GetManagedThingState',
    asked:
      'smart bulb on or off, smart thermostat temperature reading, smart lock locked or unlocked, matter device attributes',
    example: 'is the front door smart lock currently locked',
  },
  {
    op: 'iot-managed-integrations:StartDeviceDiscovery',
    asked:
      'scan for nearby smart home devices, pair new zigbee or z-wave devices, find devices on the hub, pairing mode',
    example: 'put the home hub in pairing mode to find new zigbee bulbs',
  },
  {
    op: 'iotanalytics:CreatePipeline',
    asked:
      'transform iot messages, filter enrich math activity, clean sensor data before storing, lambda step for telemetry, drop bad readings, convert units before storing',
    example: 'drop bad sensor readings and convert units before storing device telemetry',
  },
  {
    op: 'iotanalytics:CreateDataset',
    asked:
      'sql query over stored telemetry, scheduled analysis of sensor data, notebook container analysis, daily report from device data, nightly select over the datastore',
    example: 'every night run select avg(temp) from the iot analytics datastore',
  },
  {
    op: 'iotanalytics:GetDatasetContent',
    asked:
      'download analysis results, presigned url for the results csv, latest query output of device data, csv results of last night',
    example: 'download the csv results of last night device data query run',
  },
  {
    op: 'iotanalytics:BatchPutMessage',
    asked:
      'send telemetry records directly, ingest sensor readings without the rules engine, push payloads into analytics channel',
    example: 'push these 50 sensor json readings straight into the analytics channel',
  },
  {
    op: 'iotevents-data:BatchAcknowledgeAlarm',
    asked:
      'acknowledge an iot alarm, ack alert from sensor, operator has seen it, take ownership of a machine alarm',
    example: 'ack the high pressure alarm on boiler-2 with a note',
  },
  {
    op: 'iotevents-data:ListAlarms',
    asked:
      'active iot alarms, which machine alarms are firing, alarm instances state, triggered sensor alerts',
    example: 'which equipment alarms in model PressureAlarm are currently triggered',
  },
  {
    op: 'iotevents-data:BatchSnoozeAlarm',
    asked:
      'silence an iot alarm for a while, mute an iot events alarm, mute a sensor alert during maintenance, snooze duration',
    example: 'mute the iot events pressure alarm on boiler-2 for 2 hours during maintenance',
  },
  {
    op: 'iotevents-data:DescribeDetector',
    asked:
      'current state of a state machine instance, detector variables, which state is this device in, timers',
    example: 'what state is the detector for motor-17 in and what are its variables',
  },
  {
    op: 'groundstation:ReserveContact',
    asked:
      'book a satellite pass, schedule antenna time, downlink window, reserve a ground station for a pass, satellite contact',
    example: 'book the next pass of our satellite over the ohio antenna',
  },
  {
    op: 'groundstation:ListContacts',
    asked:
      'upcoming satellite passes, scheduled downlinks, available pass windows, past contacts, antenna bookings',
    example: 'what satellite passes are booked for next week',
  },
  {
    op: 'groundstation:CreateMissionProfile',
    asked:
      'how to talk to our satellite, tracking and dataflow config, minimum pass duration, uplink downlink setup, how satellite passes are handled and where the data goes',
    example: 'define how passes for our earth imaging satellite are tracked and where data flows',
  },
  {
    op: 'groundstation:CreateEphemeris',
    asked: 'upload orbit data, tle, oem file, satellite position predictions, tracking orbit',
    example: 'upload fresh two-line element orbit data for satellite 25544',
  },
  {
    op: 'ivs-realtime:CreateStage',
    asked:
      'real time video room, multi host live stream, webrtc session, video call space, interactive streaming with guests, sub second latency, room where several people broadcast together, co-streaming space for guests',
    example: 'spin up a webrtc room where up to 12 hosts can go live together',
  },
  {
    op: 'ivs-realtime:CreateParticipantToken',
    asked:
      'join token for a guest, let a user publish or subscribe, invite someone on stage, token capabilities, user id attributes',
    example: 'give user 789 a token so they can publish video into room st-abc',
  },
  {
    op: 'ivs-realtime:DisconnectParticipant',
    asked:
      'kick a guest off the stream, remove someone from the live room, boot a user, revoke token, remove a participant from a stage, drop a host from the real-time session',
    example: 'kick user 789 out of live room st-abc now',
  },
  {
    op: 'ivs-realtime:StartComposition',
    asked:
      'mix all hosts into one broadcast, grid or pip layout, server side composite, restream to a channel, record the stage',
    example: 'merge all the hosts into one grid layout and push it to our ivs channel',
  },
  {
    op: 'ivs-realtime:ListParticipants',
    asked:
      'who is in the live room, connected guests, who is publishing video, participant count in a session',
    example: 'who is currently connected to live room st-abc',
  },
];
