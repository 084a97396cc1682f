// Data: how people ask for operations (see ../asked.ts): virtual desktops (workspaces,
// appstream), game servers (gamelift), recommendations (personalize), maps and tracking
// (location), contact centers (connect) and ml platform reads (sagemaker). Issue 16, round 7.

import type { AskedEntry } from './types.js';

export const ASKED_AI_R7_3: readonly AskedEntry[] = [
  {
    op: 'workspaces:RestoreWorkspace',
    asked:
      'roll back a broken virtual desktop, go back to the last snapshot, recover a corrupted desktop, undo changes to the vdi',
    example: 'roll the broken virtual desktop of alice back to its last snapshot',
  },
  {
    op: 'workspaces:ModifyWorkspaceState',
    asked:
      'put the desktop in maintenance, admin maintenance mode, make the vdi available again, block logins while patching',
    example: 'put the virtual desktop into admin maintenance while we patch it',
  },
  {
    op: 'workspaces:DescribeWorkspaceDirectories',
    asked:
      'which active directories are linked, registration code, directory for virtual desktops, self service settings',
    example:
      'which active directory are our virtual desktops registered with and what is the registration code',
  },
  {
    op: 'appstream:DescribeFleets',
    asked:
      'is the app streaming fleet up, capacity in use, free streaming slots, fleet state and errors, why users wait for a session',
    example: 'is our appstream fleet running and how much capacity is in use',
  },
  {
    op: 'appstream:StartFleet',
    asked:
      'bring the app streaming instances up, power on the fleet before users log in, turn streaming capacity on',
    example: 'power on the appstream fleet before the class starts',
  },
  {
    op: 'appstream:StopFleet',
    asked:
      'shut down the app streaming instances, power off the fleet overnight to save money, turn streaming capacity off',
    example: 'power off the appstream fleet overnight to save money',
  },
  {
    op: 'appstream:BatchAssociateUserStack',
    asked:
      'give users access to the hosted apps, entitle people to a stack, assign students to the app catalog',
    example: 'give these ten students access to the appstream apps stack',
  },
  {
    op: 'gamelift:DescribeGameSessions',
    asked:
      'which matches are running, players in each session, how full are the servers, session status and ip port',
    example: 'how many players are in each running match on fleet-123',
  },
  {
    op: 'gamelift:ListFleets',
    asked: 'which game server fleets exist, all dedicated server fleets, fleet ids for a build',
    example: 'which gamelift server fleets do we have',
  },
  {
    op: 'gamelift:DescribeFleetCapacity',
    asked:
      'count of game servers up, desired vs active servers, idle servers, scaling limits of a fleet, server capacity now, how many instances a fleet runs, instance count of a fleet',
    example: 'how many game servers are active versus desired on our gamelift fleet',
  },
  {
    op: 'gamelift:DescribeFleetEvents',
    asked: 'why is the fleet stuck activating, fleet errors, server process crashed, activation failed logs',
    example: 'why is our gamelift fleet stuck activating, show what went wrong',
  },
  {
    op: 'gamelift:DescribeMatchmaking',
    asked:
      'status of a match ticket, has the player been matched, is the ticket still searching, match result',
    example: 'has player ticket t-991 been put into a match yet',
  },
  {
    op: 'gamelift:StopMatchmaking',
    asked: 'cancel the match search, player left the queue, abandon a match ticket',
    example: 'the player left the lobby, cancel their match ticket t-991',
  },
  {
    op: 'personalize:DescribeSolutionVersion',
    asked:
      'has model training finished, recommender training status, is the trained model active, why did training fail',
    example: 'has training of our personalize recommender model finished',
  },
  {
    op: 'personalize:DescribeCampaign',
    asked:
      'is the recommendation endpoint active, which model version it serves, minimum throughput, deployment status',
    example: 'is our personalize recommendation endpoint active and which model does it serve',
  },
  {
    op: 'personalize:UpdateCampaign',
    asked: 'deploy the newly trained model, switch the endpoint to a new version, change minimum throughput',
    example: 'point our personalize endpoint at the newly trained model',
  },
  {
    op: 'personalize:CreateEventTracker',
    asked:
      'track clicks in real time, tracking id for the app, capture live user interactions, stream user activity',
    example: 'set up real time click tracking for personalize and get the tracking id',
  },
  {
    op: 'personalize:DescribeDatasetImportJob',
    asked: 'has the interactions upload finished, bulk load status, why did the csv load fail',
    example: 'has our interactions csv load into personalize finished',
  },
  {
    op: 'location:ListDevicePositions',
    asked:
      'where are all my vehicles, latest location of every device, whole fleet on a map, all tracked assets now, every van and truck',
    example: 'show where every vehicle on our tracker is right now',
  },
  {
    op: 'location:GetPlace',
    asked: 'address details of a place id, opening hours and categories, full address for a search result',
    example: 'get the full address and categories of place id AQAAAF from the search',
  },
  {
    op: 'location:ListGeofences',
    asked: 'which zones exist, all fenced areas in a collection, polygon areas we alert on',
    example: 'show every fenced area in the delivery-zones collection',
  },
  {
    op: 'connect:GetCurrentUserData',
    asked:
      'which agents are free, agent status now, who is on a call, available agents per queue, live agent states, which agents are logged in, who is signed in and available, agent login state',
    example: 'which agents are free right now in amazon connect',
  },
  {
    op: 'connect:DescribeUser',
    asked: 'agent details, which team and security profile an agent has, phone type, agent login name',
    example: 'which security profile and phone type does agent ana have in amazon connect',
  },
  {
    op: 'connect:UpdateContactFlowContent',
    asked: 'edit the ivr, change the call flow, publish new flow json, update what callers hear',
    example: 'publish the new ivr json for our main phone menu in amazon connect',
  },
];
