// Data: how people ask for operations (see ../asked.ts), compute services: ec2 auto scaling
// groups and application auto scaling (scaling of ecs, dynamodb, aurora and other targets).

import type { AskedEntry } from './types.js';

export const ASKED_COMPUTE_6: readonly AskedEntry[] = [
  {
    op: 'autoscaling:CreateAutoScalingGroup',
    asked:
      'fleet of servers that scales in and out on its own, self healing group of machines, keep n servers running, replace unhealthy vms, asg, min max size, always keep copies of an app server running across zones, keep three servers alive no matter what',
    example: 'new asg from lt-0abc, 2 to 10 web boxes over three zones',
  },
  {
    op: 'autoscaling:UpdateAutoScalingGroup',
    asked:
      'change min and max size of an asg, point the group at a new launch template, change health check grace period, zones of the group, switch an asg to a new launch template version, raise or lower the max size, keep the fleet between n and m servers, never fewer than n boxes',
    example: 'raise the maximum of asg web-prod to 20 machines and use the new template version',
  },
  {
    op: 'autoscaling:SetDesiredCapacity',
    asked:
      'scale out or in by hand, set how many servers run now, add more machines to the group, shrink to zero overnight, manual capacity change for an asg, fixed number immediately, bump the instance count, grow the fleet to n machines, resize the group of servers right now',
    example: 'go to 8 machines in asg web-prod immediately, traffic is spiking',
  },
  {
    op: 'autoscaling:DescribeAutoScalingGroups',
    asked:
      'how many servers are in the asg, current desired min max, which machines belong to the group, instance health in a group, settings of an asg',
    example: 'what size limits does asg web-prod have and which boxes are in it',
  },
  {
    op: 'autoscaling:DeleteAutoScalingGroup',
    asked: 'remove an asg, tear down a server fleet, force delete group with its machines',
    example: 'tear down the old asg batch-workers and its machines',
  },
  {
    op: 'autoscaling:DescribeScalingActivities',
    asked:
      'why did the group launch or terminate a server, scaling history, failed to launch reason, what scaled in last night, asg events, why did the asg kill machines, why were instances terminated, instances replaced overnight, why did the asg launch new instances, why did the group scale out at night, what triggered the scale out',
    example: 'why did asg web-prod kill two machines at 3am',
  },
  {
    op: 'autoscaling:PutScalingPolicy',
    asked:
      'scale on cpu, target tracking at 50 percent, add servers when busy, step scaling on an alarm, predictive scaling, automatic scaling rule for an asg, add servers when cpu goes over a threshold, scale on request count per target, grow the group under load',
    example: 'asg web-prod should grow when load climbs past 60 percent cpu and shrink when quiet',
  },
  {
    op: 'autoscaling:DescribePolicies',
    asked:
      'which scaling rules does the group have, target value of a policy, alarms tied to scaling, cpu target and step rules on an asg, what makes my asg grow and shrink, which rules scale the group',
    example: 'show the scaling rules configured for asg web-prod',
  },
  {
    op: 'autoscaling:PutScheduledUpdateGroupAction',
    asked:
      'scale on a schedule, more servers during business hours, shrink at night, cron based capacity, recurring scale up, asg grows every weekday morning, back down in the evening',
    example: 'grow asg web-prod to 10 every weekday at 8am and back to 2 at 8pm',
  },
  {
    op: 'autoscaling:StartInstanceRefresh',
    asked:
      'rolling replacement of all servers, roll out a new ami to the group, replace machines gradually, min healthy percentage, redeploy the fleet, move every instance onto the new launch template version',
    example: 'gradually swap every machine in web-prod onto the new ami keeping 90 percent healthy',
  },
  {
    op: 'autoscaling:DescribeInstanceRefreshes',
    asked:
      'progress of the rolling replacement, percentage complete, did the refresh fail, status of replacing machines',
    example: 'how far along is the rolling replacement of web-prod',
  },
  {
    op: 'autoscaling:CancelInstanceRefresh',
    asked:
      'stop a rolling replacement midway, halt the machine swap, abort the rollout of new machines in an asg, leave the rest as they are, stop an instance refresh that is going wrong, halt the rolling replacement',
    example: 'halt the rolling swap of machines in web-prod right now',
  },
  {
    op: 'autoscaling:RollbackInstanceRefresh',
    asked:
      'undo a bad rolling deployment, go back to the previous launch template, revert machines, ami broken',
    example: 'the refresh of asg web-prod is rolling out a bad image, undo it',
  },
  {
    op: 'autoscaling:PutLifecycleHook',
    asked:
      'run a script before a server is terminated, pause a launching machine, drain connections before scale in, wait for bootstrap, hook on launch or terminate, delay termination of leaving machines, flush logs before shutdown',
    example: 'hold machines leaving asg web-prod for 5 minutes so they can flush logs',
  },
  {
    op: 'autoscaling:CompleteLifecycleAction',
    asked:
      'tell the group the hook is done, continue or abandon the pause, let termination proceed, finished my shutdown work, script is done, proceed with termination',
    example: 'my drain script is done, let asg web-prod terminate i-0abc',
  },
  {
    op: 'autoscaling:SuspendProcesses',
    asked:
      'pause scaling, stop the group replacing servers while i debug, freeze the asg, disable health replacement',
    example: 'stop web-prod from replacing unhealthy machines while i investigate',
  },
  {
    op: 'autoscaling:ResumeProcesses',
    asked:
      'turn scaling back on, unfreeze the asg, resume replacing machines, asg scales and heals again after maintenance, let the group replace instances again, start healing and replacing servers again',
    example: 'let asg web-prod scale and heal again after the maintenance',
  },
  {
    op: 'autoscaling:SetInstanceProtection',
    asked:
      'stop the group from killing a specific server, protect a machine from scale in, scale in never picks this machine, do not let scale in terminate a node, shield one instance from scale in',
    example: 'make sure scale-in never picks machine i-0abc in asg web-prod',
  },
  {
    op: 'autoscaling:EnterStandby',
    asked:
      'take a server out of service temporarily, remove from load balancer for patching, keep it in the group, pull a machine out of rotation while patching, put one instance on standby in the group, out of service for a while but still in the asg',
    example: 'pull i-0abc out of rotation in asg web-prod while i patch it',
  },
  {
    op: 'autoscaling:TerminateInstanceInAutoScalingGroup',
    asked: 'kill one server in the group, replace a bad machine, remove one vm and shrink the count',
    example: 'kill the bad machine i-0abc in web-prod and let a fresh one replace it',
  },
  {
    op: 'autoscaling:PutWarmPool',
    asked:
      'pre initialized stopped servers ready to go, faster scale out, keep machines warm, slow boot apps',
    example: 'keep 4 already-booted stopped machines ready so web-prod scales out faster',
  },
  {
    op: 'autoscaling:AttachLoadBalancerTargetGroups',
    asked: 'put the asg behind a load balancer, register group machines with a target group automatically',
    example: 'send alb traffic from target group web-tg to every machine of asg web-prod',
  },
  {
    op: 'application-autoscaling:RegisterScalableTarget',
    asked:
      'make ecs service or dynamodb table scalable, min and max containers, scaling bounds for aurora replicas, lambda provisioned concurrency, floor and ceiling for auto scaling, lower and upper limit of tasks, never below or above, scale between a minimum and maximum number of tasks, capacity range for a table or service, let read or write capacity float between a low and a high number',
    example: 'the ecs api service should never go below 2 or above 20 tasks when auto scaling',
  },
  {
    op: 'application-autoscaling:PutScalingPolicy',
    asked:
      'scale containers on cpu, dynamodb capacity follows traffic, target tracking for ecs, add tasks when busy, aurora replicas on load, more containers when average cpu goes above a threshold, add more tasks automatically when requests per target climb, grow the service when load rises, shrink when quiet',
    example: 'ecs api should add tasks when average cpu passes 70 percent',
  },
  {
    op: 'application-autoscaling:PutScheduledAction',
    asked:
      'scale containers or table capacity on a schedule, more ecs tasks in business hours, cron scaling, time of day capacity, raise in the morning and lower in the evening, weekday and weekend capacity, timetable',
    example: 'scheduled scaling for the ecs api: 10 containers on weekday mornings, 2 at night',
  },
  {
    op: 'application-autoscaling:DescribeScalingActivities',
    asked:
      'why did my containers or table capacity scale, history of scaling for ecs or dynamodb, why it scaled in, ecs tasks dropped, scaling events overnight, what scaling actions happened to the capacity of a table, when did capacity go up or down, scaling history today',
    example: 'why did auto scaling drop the ecs api to 2 tasks overnight',
  },
  {
    op: 'application-autoscaling:DescribeScalableTargets',
    asked:
      'what min and max are set for ecs or dynamodb scaling, is scaling suspended, scaling bounds, min and max tasks of the auto scaling of a service, capacity range of a table',
    example: 'what are the scaling bounds of my ecs api app',
  },
];
