// Data: concepts (see concepts.ts) for issue 16 round 22, wishes worded by people who do not
// know AWS's words: a machine turned "off and on again" is rebooted; "who can see / open" a thing
// reads its permissions; to "stop keeping" sets a retention; more servers "when it gets busy" is a
// scaling policy; what the load balancer "thinks" of its servers is target health; "on the
// internet" / "visible to everyone" is public access; "regions outside Europe" an SCP; a location
// "near the visitor" an edge distribution; a "code from their phone" MFA; "look but change
// nothing" a read-only policy; "stay logged in" a session length; "another country" a region.

import type { Concept } from './concepts.js';

/** Words that tie more or fewer of a thing to when it comes: "more servers when", "fewer tasks automatically". */
const ON_LOAD = ['when', 'whenever', 'as', 'automatically', 'on their own', 'by themselves', 'during'];

/** "more servers when", "fewer containers automatically": capacity that follows the load. */
function capacityOnLoad(things: readonly string[]): string[] {
  return ['more', 'fewer', 'extra'].flatMap((m) =>
    things.flatMap((n) => ON_LOAD.map((c) => `${m} ${n} ${c}`)),
  );
}

export const R22_PLAIN_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['off and on again', 'off and back on', 'on and off again', 'off and then on again'],
    terms: 'reboot restart',
    why: 'turning a machine, database or desktop "off and on again" is the everyday name of a reboot: one call that restarts it, not a stop and a separate start',
    example: ['the server is frozen, turn it off and on again', 'ec2:RebootInstances'],
  },
  {
    // 'who can use' and 'who has permission' are round 21's (concepts-r21-tail.ts)
    phrases: [
      'who can see',
      'who can view',
      'who can open',
      'who can look at',
      'who can get into',
      'who can download',
      'who is able to see',
      'who is able to open',
    ],
    terms: 'access permissions policy',
    why: 'who can see or open a thing is read from its permissions, resource policy or ACL, not from a list of what it holds',
    example: ['who can see the files in bucket team-reports?', 's3:GetBucketPolicy'],
  },

  {
    phrases: ['stop keeping', 'no longer keep', 'quit keeping', 'stop storing', 'stop hoarding'],
    terms: 'put retention expire',
    why: 'to stop keeping what a thing holds (forever, or as long as now) is to set how long it is kept: a retention or expiry setting put, not the thing or its setting deleted',
    example: ['stop keeping the api logs forever, two weeks is plenty', 'logs:PutRetentionPolicy'],
  },

  {
    // 'let me know when it gets busy' stays an alarm (concepts-r20-newcomer.ts): only more or
    // fewer machines tied to when or how they come is here
    phrases: capacityOnLoad(['servers', 'instances', 'machines', 'nodes', 'boxes']),
    terms: 'put scaling policy',
    services: ['autoscaling'],
    why: 'more (or fewer) servers "when" it gets busy, or "automatically", come and go by a rule: a scaling policy on their Auto Scaling group, not a launch now nor an alarm alone',
    example: ['add more servers automatically when traffic picks up', 'autoscaling:PutScalingPolicy'],
  },
  {
    phrases: capacityOnLoad(['containers', 'tasks', 'copies', 'replicas', 'capacity', 'workers']),
    terms: 'put scaling policy',
    services: ['application-autoscaling', 'autoscaling'],
    why: 'more (or fewer) containers, tasks or copies as the load changes come by a scaling policy, on the scalable target of the service that runs them (Application Auto Scaling) or on a group',
    example: ['spin up extra containers as the queue grows', 'application-autoscaling:PutScalingPolicy'],
  },
  {
    // no services: 'let me know when traffic picks up' keeps its alarm (concepts-r20-newcomer.ts)
    phrases: [
      'traffic picks up',
      'traffic spikes',
      'traffic grows',
      'traffic goes up',
      'traffic increases',
      'traffic dies down',
      'load picks up',
      'load goes up',
      'demand picks up',
      'demand goes up',
    ],
    terms: 'scaling policy',
    why: 'traffic, load or demand that rises or falls is what a scaling policy follows; said beside servers or containers it asks for one, not for route 53 traffic policies',
    example: ['add servers when traffic picks up in group web-asg', 'autoscaling:PutScalingPolicy'],
  },
  {
    // what the balancer "thinks" or "sees" of the servers behind it is its view of its targets
    phrases: ['load balancer', 'alb', 'nlb', 'lb'].flatMap((lb) =>
      ['think', 'thinks', 'see', 'sees', 'consider', 'considers', 'say', 'says'].map((v) => `${lb} ${v}`),
    ),
    terms: 'target health',
    services: ['elbv2'],
    why: 'what a load balancer thinks, sees or says of the servers behind it (healthy, down, in service) is the health of its registered targets',
    example: ['does the load balancer think our servers are healthy?', 'elbv2:DescribeTargetHealth'],
  },
  {
    // 'reachable from the internet' is round 21's (concepts-r21-outcome.ts)
    phrases: [
      'on the internet',
      'people online',
      'anyone online',
      'whole internet',
      'visible to everyone',
      'visible to anyone',
      'visible to the world',
      'visible to the public',
      'seen by everyone',
      'seen by anyone',
      'open to the world',
      'open to everyone',
      'readable by anyone',
      'readable by everyone',
    ],
    terms: 'public access',
    why: 'who on the internet, online or in the world can see or open a thing is its public access: the setting that blocks it or the grant that allows it, not the objects themselves',
    example: [
      'nobody on the internet should be able to open files in our uploads bucket anymore',
      's3:PutPublicAccessBlock',
    ],
  },
  {
    phrases: [
      'regions outside',
      'region outside',
      'any other region',
      'any other regions',
      'unapproved regions',
      'unapproved region',
      'non-approved regions',
      'other regions than',
      'only approved regions',
      'only allowed regions',
    ],
    terms: 'service control policy',
    services: ['organizations'],
    why: 'keeping accounts out of the regions not approved (outside Europe, any other region) is a guardrail on the accounts: an Organizations service control policy denying them',
    example: [
      'stop everyone in the dev accounts from using regions outside Europe',
      'organizations:AttachPolicy',
    ],
  },
  {
    // 'closest region' is latency routing (concepts-r21-outcome.ts): a location near the visitor is an edge
    phrases: [
      'closest location to',
      'nearest location to',
      'closest to the visitor',
      'closest to our visitors',
      'nearest to the visitor',
      'near the visitor',
      'near our visitors',
      'close to the visitor',
      'close to our visitors',
    ],
    terms: 'create distribution',
    services: ['cloudfront'],
    why: 'a site served from the location closest to each visitor is served from edge locations: a CloudFront distribution',
    example: [
      'the website should be served from the closest location to the visitor',
      'cloudfront:CreateDistribution',
    ],
  },
  {
    // 'mfa' alone is the vocabulary's (aws-vocabulary.ts)
    phrases: [
      'code from their phone',
      'code from my phone',
      'code from your phone',
      'code on their phone',
      'code on my phone',
      'authenticator app',
      'second factor',
      'two-step login',
      'two step login',
      'two-step sign-in',
      'two factor',
      'two-factor',
      '2fa',
    ],
    terms: 'mfa',
    why: 'a login that also asks for a code from a phone or an authenticator app is multi-factor authentication (an MFA device, or a user pool MFA setting)',
    example: [
      'make sure nobody can log in without the code from their phone',
      'cognito-idp:SetUserPoolMfaConfig',
    ],
  },
  {
    phrases: [
      'but change nothing',
      'but not change anything',
      'but not change',
      'but not touch',
      'look but not touch',
      'look at everything',
      'see everything but',
      'view only access',
      'view-only access',
    ],
    terms: 'attach read only policy',
    services: ['iam'],
    why: 'a person who may look at everything but change nothing gets read-only permissions: a read-only policy attached to their user, group or role',
    example: ['the auditors group may look at everything but change nothing', 'iam:AttachGroupPolicy'],
  },
  {
    phrases: [
      'logged out after',
      'getting logged out',
      'get logged out',
      'signed out after',
      'getting signed out',
      'stay logged in',
      'stay signed in',
      'stays logged in',
      'stays signed in',
    ],
    terms: 'session duration token validity',
    why: 'how long people stay logged in before being signed out is the length of their session or the validity of their tokens (an app client, a role, a permission set), not a sign-out',
    example: [
      'users of pool eu-west-1_abc should stay signed in for 30 days',
      'cognito-idp:UpdateUserPoolClient',
    ],
  },
  {
    phrases: [
      'another country',
      'a different country',
      'another continent',
      'a different continent',
      'other side of the world',
    ],
    terms: 'region',
    why: 'a copy kept in another country or continent is kept in another AWS region: a cross-region copy or replication',
    example: ['copy every new upload in bucket media to another country', 's3:PutBucketReplication'],
  },
  {
    // 'zone goes down' is round 21's (concepts-r21-outcome.ts): a data center is a zone in everyday words
    phrases: [
      'data center goes down',
      'data center goes dark',
      'data center fails',
      'data center failure',
      'data center outage',
      'whole data center',
      'datacenter goes down',
      'datacenter fails',
      'lose a data center',
    ],
    terms: 'multi az',
    why: 'a data center lost is an availability zone lost: what keeps working then has a standby or copy in another zone (Multi-AZ)',
    example: [
      'the orders database should keep working if a whole data center goes dark',
      'rds:ModifyDBInstance',
    ],
  },
  {
    phrases: ['how busy', 'how loaded', 'how hard was', 'how hard were'],
    terms: 'metric statistics utilization',
    services: ['cloudwatch'],
    why: 'how busy a server or a database was is read from its utilization metrics (CPU, connections), not from its description',
    example: ['how busy was the database last night?', 'cloudwatch:GetMetricStatistics'],
  },
  {
    phrases: [
      'still using',
      'still uses',
      'still in use',
      'still being used',
      'anyone using',
      'anybody using',
      'anyone use',
      'ever used',
    ],
    terms: 'last used accessed',
    why: 'whether anyone still uses a key, role or secret is read from when it was last used or accessed',
    example: ['is anyone still using this old access key?', 'iam:GetAccessKeyLastUsed'],
  },
];
