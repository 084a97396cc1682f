// Data: how people ask for operations (see ../asked.ts), services outside the seven groups:
// database performance, resilience and recovery, migration, reviews, streaming analytics.

import type { AskedEntry } from './types.js';

export const ASKED_MISC: readonly AskedEntry[] = [
  // Performance Insights: the database load chart, by wait, query, host or user
  {
    op: 'pi:DescribeDimensionKeys',
    asked:
      'top sql queries, heaviest queries, what is slowing my database down, database load by wait event, which statements use the most cpu',
    example: 'which sql statements are loading my postgres database the most in performance insights',
  },
  {
    op: 'pi:GetResourceMetrics',
    asked:
      'database load over time, average active sessions chart, db load graph, performance over the last hour',
    example: 'plot the average active sessions of my rds instance for the last 3 hours',
  },
  {
    op: 'pi:CreatePerformanceAnalysisReport',
    asked:
      'analyse a slow period, explain a database slowdown, report on what happened to the database between two times',
    example: 'get a performance insights analysis of the database slowdown between 2pm and 3pm',
  },
  // DevOps Guru: anomalies and insights found by machine learning
  {
    op: 'devops-guru:ListInsights',
    asked:
      'anomalies detected, operational problems found, unusual behaviour of my application, open incidents found by machine learning, anything anomalous going on right now, is something wrong with my app, reactive and proactive insights',
    example: 'has devops guru spotted anything unusual this week',
  },
  {
    op: 'devops-guru:ListRecommendations',
    asked: 'how to fix an anomaly, suggested fixes, what should i do about this problem, remediation advice',
    example: 'what fixes does devops guru suggest for insight 8a7b',
  },
  // Elastic Disaster Recovery
  {
    op: 'drs:StartRecovery',
    asked:
      'fail over servers to aws, launch recovery machines, disaster strikes, bring up the standby copies, drill, datacenter or site is down, bring up our protected or replicated servers during an outage, recovery site, primary site or data centre lost, launch the servers replicated to aws, failover drill, launch recovery instances in aws for on-premises source servers',
    example: 'our data center is down, launch the disaster recovery copies of our servers',
  },
  {
    op: 'drs:DescribeSourceServers',
    asked: 'protected servers, machines being replicated for disaster recovery, replication lag and state',
    example: 'which of our on-prem servers are protected by disaster recovery',
  },
  {
    op: 'drs:DescribeRecoverySnapshots',
    asked:
      'points in time i can recover to, restore points of a protected server, latest point in time we could recover a server to, how old is the newest recovery point of a server',
    example: 'what restore points exist for source server s-1234567890abcdef0',
  },
  // Application Migration Service (lift and shift)
  {
    op: 'mgn:StartCutover',
    asked:
      'lift and shift, move the server to aws for real, final switch over of a migrated machine, go live after migration, switch production over to the migrated machines, cut over for good',
    example: 'do the final switch of the migrated web servers to aws',
  },
  {
    op: 'mgn:StartTest',
    asked: 'try the migrated server before switching, launch a test copy of a migrating machine',
    example: 'launch a test instance of the server we are migrating',
  },
  {
    op: 'mgn:DescribeSourceServers',
    asked:
      'servers being migrated, migration progress, lift and shift status of each machine, which servers finished initial sync or replication, ready for testing or cutover, data replication state, lag',
    example: 'how far along is the migration of our vmware machines',
  },
  // Managed Service for Apache Flink
  {
    op: 'kinesisanalyticsv2:CreateApplication',
    asked:
      'apache flink job, stream processing app, real time analytics over a stream, sql on streaming data',
    example: 'set up a flink app that aggregates clicks from my kinesis stream',
  },
  {
    op: 'kinesisanalyticsv2:StartApplication',
    asked:
      'run the flink job, start the flink app again, restart from the latest snapshot, begin processing the stream, resume streaming analytics',
    example: 'kick off the flink application clickstream-agg',
  },
  {
    op: 'kinesisanalyticsv2:RollbackApplication',
    asked:
      'undo a bad flink deploy, go back to the previous running version of the streaming app, the new code broke, restore the prior version, roll back the flink app',
    example: 'revert the flink app to the version that worked',
  },
  // Cost Optimization Hub
  {
    op: 'cost-optimization-hub:ListRecommendations',
    asked:
      'ways to save money, cost savings opportunities, rightsizing and idle resources to cut the bill, reduce spend, every recommendation with its estimated savings, cut our aws spend, where we are wasting money, lower the aws bill',
    example: 'what savings opportunities do we have to cut our aws bill',
  },
  {
    op: 'cost-optimization-hub:ListRecommendationSummaries',
    asked:
      'total estimated savings, how much could we save per account or per resource type, savings if we applied every recommendation, total potential savings of all cost recommendations',
    example: 'how much money could we save in total, grouped by account',
  },
  // Route 53 Application Recovery Controller zonal shift
  {
    op: 'arc-zonal-shift:StartZonalShift',
    asked:
      'move traffic away from a bad availability zone, evacuate a zone, drain an az, zone is impaired, take a zone out of service for a load balancer for a few hours, shift traffic out of an az, temporarily stop sending traffic to one zone, drain a zone for the load balancer while we investigate, stop using one az for a while',
    example: 'shift traffic away from us-east-1a, that availability zone is misbehaving',
  },
  {
    op: 'arc-zonal-shift:CancelZonalShift',
    asked: 'send traffic back to the zone, end the evacuation of an availability zone',
    example: 'the az is healthy again, let traffic back in',
  },
  // Resilience Hub and the Well-Architected Tool
  {
    op: 'resiliencehub:StartAppAssessment',
    asked:
      'check if my application meets its recovery time and recovery point objectives, rto rpo assessment, resilience check, can the app meet a 1 hour rto and 15 minute rpo, run a resilience assessment, check whether a workload would come back in time if a region or zone went down',
    example: 'assess whether the payments app meets its rto and rpo targets',
  },
  {
    op: 'wellarchitected:CreateWorkload',
    asked:
      'architecture review, best practices review of a system, well architected review, framework pillars',
    example: 'start a well-architected review of our payments system',
  },
  {
    op: 'wellarchitected:ListLensReviewImprovements',
    asked: 'high risk issues found in an architecture review, improvement plan, what to fix from the review',
    example: 'what risks did the architecture review of workload payments find',
  },
  // CodeGuru: automated code review and profiling
  {
    op: 'codeguru-reviewer:CreateCodeReview',
    asked:
      'automated code review, scan a repository for bugs and bad practices, static analysis with machine learning',
    example: 'run an automated code review on the payments repository',
  },
  {
    op: 'codeguru-reviewer:ListRecommendations',
    asked:
      'findings of a code review, comments the reviewer left, issues found in the code, problems flagged by the automated reviewer, what did codeguru flag, issues codeguru found in my code',
    example: 'show me the problems the automated reviewer found in the last review',
  },
  {
    op: 'codeguruprofiler:GetRecommendations',
    asked:
      'profiler recommendations, expensive code paths and methods, why is my java app using so much cpu, hot functions, profiling advice, why is my service eating cpu, profiler suggestions, what the profiler recommends',
    example: 'which methods burn the most cpu according to the profiler',
  },
  // Elasticsearch Service (the OpenSearch Service's legacy API)
  {
    op: 'es:CreateElasticsearchDomain',
    asked: 'elasticsearch cluster, search and log analytics cluster, kibana, old elasticsearch version',
    example: 'create an elasticsearch 7.10 cluster for our logs',
  },
  {
    op: 'es:UpgradeElasticsearchDomain',
    asked: 'move the elasticsearch cluster to a newer version, version bump of the search cluster',
    example: 'bump our elasticsearch cluster from 6.8 to 7.10',
  },
  // Elastic Transcoder (legacy video conversion)
  {
    op: 'elastictranscoder:CreateJob',
    asked:
      'convert a video file to another format, transcode mp4 for phones, make a lower resolution version of a video, transcode with a pipeline and a preset, elastic transcoder job',
    example: 'convert input/video.mov into an mp4 for phones with elastic transcoder',
  },
  // AWS Chatbot
  {
    op: 'chatbot:CreateSlackChannelConfiguration',
    asked: 'send alerts to slack, alarms in a slack channel, chatops, notifications into chat',
    example: 'post my cloudwatch alarms into the #ops slack channel',
  },
  {
    op: 'chatbot:CreateMicrosoftTeamsChannelConfiguration',
    asked:
      'send alerts and alarm notifications to teams, alarms in a microsoft teams channel, chatops in teams, run aws commands from a teams channel',
    example: 'get alarm notifications in our teams channel',
  },
];
