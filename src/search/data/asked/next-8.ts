// Data: how people ask for operations (see ../asked.ts), second tier: QuickSight, IoT Core,
// Connect, Amplify, AppSync, Batch and Lightsail.

import type { AskedEntry } from './types.js';

export const ASKED_NEXT_8: readonly AskedEntry[] = [
  {
    op: 'quicksight:ListDataSets',
    asked:
      'which datasets exist in bi, all prepared data for reports, spice data available, data for building reports',
    example: 'which spice data can we build quicksight reports on',
  },
  {
    op: 'quicksight:ListUsers',
    asked: 'bi users and roles, who has reader or author seats, licensed users, who can see reports',
    example: 'who has author or reader seats in quicksight',
  },
  {
    op: 'quicksight:DeleteUser',
    asked: 'remove a bi user, free a seat, offboard from reports, stop paying for an author',
    example: 'remove ana@example.com from quicksight to free her author seat',
  },
  {
    op: 'quicksight:ListIngestions',
    asked: 'spice refresh history, did the refreshes succeed, past refreshes of a dataset, refresh failures',
    example: 'did the spice refreshes of dataset sales-ds fail this week',
  },
  {
    op: 'quicksight:DescribeDashboard',
    asked: 'dashboard details, published version, which analysis it came from, dashboard status',
    example: 'which version of the sales dashboard is published in quicksight',
  },
  {
    op: 'iot:DescribeThing',
    asked:
      'device details, attributes of a device, what attributes a device has, thing type of a device, device registry entry, serial number or firmware attribute',
    example: 'what attributes does device sensor-042 have in iot core',
  },
  {
    op: 'iot:DeleteThing',
    asked: 'remove a device from the registry, decommission a sensor, retire a device',
    example: 'decommission sensor-042 from iot core',
  },
  {
    op: 'iot:ListCertificates',
    asked: 'device certs, x.509 certificates registered, which certificates are active or revoked',
    example: 'which x.509 device certs are registered and which are revoked',
  },
  {
    op: 'iot:DescribeCertificate',
    asked: 'one device cert details, cert expiry date, certificate pem, status of a cert',
    example: 'when does device cert 3b7e9f expire and is it active',
  },
  {
    op: 'iot:DetachThingPrincipal',
    asked: 'unlink a certificate from a device, remove cert from a thing, before rotating device cert',
    example: 'unlink the old cert from sensor-042 before we rotate it',
  },
  {
    op: 'iot:ListTopicRules',
    asked: 'which message routing rules exist, mqtt rules, rules engine list',
    example: 'what mqtt routing rules do we have in iot core',
  },
  {
    op: 'connect:ListUsers',
    asked: 'agents in the contact center, who can take calls, call center staff list',
    example: 'which agents exist in our amazon connect contact center',
  },
  {
    op: 'connect:ListQueues',
    asked: 'show call queues of the contact center, inbound call queue ids, what queues exist in connect',
    example: 'what call queues are set up in amazon connect',
  },
  {
    op: 'connect:ListPhoneNumbersV2',
    asked:
      'contact center numbers we already have, toll free and did numbers on file, dial-in numbers of the call center',
    example: 'which phone numbers have we claimed for the contact center',
  },
  {
    op: 'connect:DescribeContact',
    asked:
      'call details, who handled the call, when it started and ended, queue and agent of a call, chat details',
    example: 'which agent handled call 7a1b-22 and how long did it last',
  },
  {
    op: 'connect:CreateRoutingProfile',
    asked:
      'which queues agents take calls from, team of agents and their queues, channel concurrency, agent skills routing',
    example: 'in amazon connect, billing agents should take calls from the billing and general queues',
  },
  {
    op: 'connect:CreateHoursOfOperation',
    asked: 'business hours for the call center, open and close times, after hours routing, weekdays 9 to 5',
    example: 'our support line is open weekdays 9 to 5 eastern',
  },
  {
    op: 'connect:UpdateUserRoutingProfile',
    asked: 'move an agent to another team, change which queues an agent takes calls from, reassign agent',
    example: 'in amazon connect reassign agent ana so she answers the support team queues',
  },
  {
    op: 'amplify:ListApps',
    asked: 'which frontend apps exist, hosted web apps, all amplify projects',
    example: 'what amplify hosted sites do we have',
  },
  {
    op: 'amplify:CreateBranch',
    asked: 'connect a git branch, preview environment for a branch, deploy dev branch, staging site',
    example: 'hook up the staging git branch to our amplify site',
  },
  {
    op: 'amplify:StartDeployment',
    asked: 'manual deploy of a zip, deploy without git, upload static site build',
    example: 'publish the dist.zip build to the main branch without a git push',
  },
  {
    op: 'amplify:UpdateApp',
    asked:
      'change build settings, environment variables of the site, redirect rules, basic auth, spa rewrites, rewrite every path to index.html',
    example: 'add a rewrite so every path serves index.html on our amplify react site',
  },
  {
    op: 'amplify:GetJob',
    asked:
      'is the site build done, why did the amplify build fail, build and deploy logs, build steps, is the frontend deploy done yet, has the deploy completed or failed',
    example: 'why did build 42 of our frontend site fail',
  },
  {
    op: 'appsync:CreateApiKey',
    asked:
      'graphql api key, x-api-key header, public access key for the api, key expiry, hand the frontend or clients a key to call the graphql endpoint',
    example: 'give our mobile app an x-api-key for the graphql endpoint that lasts a year',
  },
  {
    op: 'appsync:ListGraphqlApis',
    asked: 'which graphql endpoints exist, all graphql apis, graphql urls',
    example: 'what graphql endpoints do we run in appsync',
  },
  {
    op: 'appsync:FlushApiCache',
    asked:
      'clear graphql cache, stale cached responses, purge resolver cache, wipe, invalidate, empty, drop stored results, serve fresh data, old data still returned after a fix, reset',
    example: 'clear the cached graphql responses for api abc123 after the data fix',
  },
  {
    op: 'appsync:GetIntrospectionSchema',
    asked:
      'download the graphql schema, sdl file, schema.graphql, generate client code, codegen input, introspection json',
    example: 'download schema.graphql of appsync api abc123 for codegen',
  },
  {
    op: 'batch:DescribeComputeEnvironments',
    asked: 'compute capacity for jobs, max vcpus, spot or fargate, environment state valid or invalid',
    example: 'why is our batch environment spot-ce invalid, and what is its max vcpus',
  },
  {
    op: 'batch:UpdateComputeEnvironment',
    asked:
      'raise max vcpus, disable an environment, change instance types for jobs, more capacity for jobs, maxvcpus limit of the compute environment, cap on the fleet of instances that runs the jobs, let the pool scale further',
    example: 'raise max vcpus of batch environment spot-ce to 1024',
  },
  {
    op: 'batch:DescribeJobQueues',
    asked: 'job queue status, queue priority, which environments feed a queue, is the queue enabled',
    example: 'is batch job queue high-prio enabled and which environments back it',
  },
  {
    op: 'batch:DescribeJobDefinitions',
    asked: 'container image of a job, vcpu and memory of a job template, job definition revisions',
    example: 'what image and memory does batch job template render-frames use',
  },
  {
    op: 'lightsail:StartInstance',
    asked: 'boot a stopped vps, power on, turn the virtual server back on',
    example: 'power my stopped lightsail vps wordpress-1 back on',
  },
  {
    op: 'lightsail:DeleteInstance',
    asked: 'remove a vps, destroy the virtual server, stop billing for a server',
    example: 'destroy lightsail vps old-blog for good',
  },
  {
    op: 'lightsail:AttachStaticIp',
    asked: 'keep the same public ip, fixed ip for the vps, ip changes after reboot',
    example: 'give vps wordpress-1 a fixed public ip that never changes',
  },
  {
    op: 'lightsail:CreateDomainEntry',
    asked: 'add dns record, a record for the site, point domain at vps, cname in lightsail dns',
    example: 'point blog.example.com at my lightsail server with an A record',
  },
  {
    op: 'lightsail:CreateRelationalDatabase',
    asked: 'managed mysql for the vps, postgres database in lightsail, cheap managed database',
    example: 'add a small managed mysql database for my lightsail wordpress',
  },
  {
    op: 'lightsail:GetInstanceMetricData',
    asked: 'cpu usage of the vps, network in and out graph, burst capacity, performance of the server',
    example: 'how high has cpu been on lightsail vps wordpress-1 today',
  },
];
