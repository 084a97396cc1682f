// Data: how people ask for operations (see ../asked.ts), compute services: ecs (containers on
// fargate or ec2) and eks (managed kubernetes).

import type { AskedEntry } from './types.js';

export const ASKED_COMPUTE_5: readonly AskedEntry[] = [
  {
    op: 'ecs:CreateCluster',
    asked:
      'new container cluster, set up fargate, place to run docker containers, ecs environment, group for tasks and services',
    example: 'set up a fresh fargate environment called staging for our docker apps',
  },
  {
    op: 'ecs:RegisterTaskDefinition',
    asked:
      'describe how to run a container, image cpu memory ports env vars, docker compose equivalent, new revision of the container spec, container definition json',
    example: 'new container spec for nginx:1.27 with 512 cpu units, 1 gb memory and port 80',
  },
  {
    op: 'ecs:DescribeTaskDefinition',
    asked:
      'what image and env vars does a container spec use, show revision details, cpu and memory of the containers, read the json, how much memory or cpu a task def gives the container, ports and image of a task def',
    example: 'which docker image and environment variables does ecs revision web:42 use',
  },
  {
    op: 'ecs:ListTaskDefinitions',
    asked:
      'which container spec revisions exist, all revisions of a family, latest revision number, newest revision of a task def, latest task definition revision of a family',
    example: 'what revisions of the web container spec are registered',
  },
  {
    op: 'ecs:DeregisterTaskDefinition',
    asked: 'retire an old container spec revision, mark inactive, stop new launches from an old revision',
    example: 'mark ecs revision web:12 inactive',
  },
  {
    op: 'ecs:CreateService',
    asked:
      'keep containers running, long running web app on fargate, desired count of copies, always on containers behind a load balancer, deploy an app',
    example: 'run 3 copies of the api container on fargate behind my alb and keep them up',
  },
  {
    op: 'ecs:UpdateService',
    asked:
      'deploy a new image, roll out a new revision, scale containers up or down, more copies of my containers, force new deployment, restart all containers, change desired count, scale to zero, redeploy latest image, force a new deployment of a service, pick up the latest image, bounce or restart a service',
    example: 'deploy web:43 to the ecs api service and run 6 tasks',
  },
  {
    op: 'ecs:DescribeServices',
    asked:
      'is my app healthy, running count vs desired, why are tasks not starting, service events, deployment status, stuck rollout, which revision is live',
    example: 'why is the api only running 1 of 3 containers, show recent events',
  },
  {
    op: 'ecs:ListServices',
    asked: 'which apps run in a cluster, names of services, what is deployed in the cluster',
    example: 'what apps are deployed in the prod container cluster',
  },
  {
    op: 'ecs:DeleteService',
    asked:
      'remove an app from the cluster, tear down containers for good, decommission a service, tear down an app',
    example: 'decommission the ecs old-worker service in prod',
  },
  {
    op: 'ecs:RunTask',
    asked:
      'run a one off container, start a batch job container, run a migration, execute a container once on fargate, ad hoc job, cron container',
    example: 'run the db-migrate container once on fargate in the prod cluster',
  },
  {
    op: 'ecs:StopTask',
    asked: 'kill a container, stop a stuck job, terminate one running copy, end a hung container',
    example: 'kill the hung container 0a1b2c3d in the prod cluster',
  },
  {
    op: 'ecs:DescribeTasks',
    asked:
      'why did my container stop, exit code, stopped reason, essential container exited, cannot pull image, oom killed, task ip address, health of a running copy, which task definition revision a running task uses',
    example: 'why did my fargate container exit with code 137',
  },
  {
    op: 'ecs:ListTasks',
    asked:
      'which containers are running, ids of running copies, stopped tasks of a service, list containers in a cluster',
    example: 'show the ids of the containers running for the api app',
  },
  {
    op: 'ecs:ExecuteCommand',
    asked:
      'shell into a container, docker exec, open bash in a running container, ssh into fargate, interactive session, debug inside, ssh into a running ecs container, get a shell in a task, exec into a container',
    example: 'get a terminal inside task 0abc of the api on fargate to poke around',
  },
  {
    op: 'ecs:DescribeClusters',
    asked:
      'how many containers run in a cluster, cluster status, registered hosts count, capacity providers of a cluster, is container insights enabled on a cluster, settings and configuration of a cluster, execute command logging setup, running and pending task counts',
    example: 'how many tasks are running and pending in the prod container cluster',
  },
  {
    op: 'ecs:ListClusters',
    asked:
      'which container clusters exist, names of fargate clusters, all ecs environments, inventory of container environments in a region',
    example: 'what container clusters do we have in us-east-1',
  },
  {
    op: 'ecs:DeleteCluster',
    asked:
      'remove an empty container cluster, delete the fargate environment, clean up, no longer used, decommission',
    example: 'remove the old staging container cluster',
  },
  {
    op: 'ecs:UpdateClusterSettings',
    asked:
      'turn on container insights, cluster metrics and monitoring, enable container level metrics, per task cpu and memory graphs, cloudwatch container metrics',
    example: 'turn on container insights for the prod ecs cluster',
  },
  {
    op: 'ecs:CreateCapacityProvider',
    asked:
      'let an auto scaling group supply hosts, managed scaling of ec2 hosts for containers, capacity from an asg, let an autoscaling group provide the hosts for an ecs cluster, ec2 hosts for ecs from an auto scaling group',
    example: 'use my asg web-hosts as the pool of ec2 hosts for container scheduling',
  },
  {
    op: 'ecs:PutClusterCapacityProviders',
    asked: 'use fargate spot, mix fargate and spot, default capacity strategy, weights and base',
    example: 'make the cluster run 80 percent on fargate spot and the rest on regular fargate',
  },
  {
    op: 'ecs:DescribeContainerInstances',
    asked:
      'ec2 hosts in a container cluster, agent connected, remaining cpu and memory on hosts, host status, free capacity left on ecs hosts',
    example: 'is the ecs agent connected on each ec2 node of cluster prod and what resources remain',
  },
  {
    op: 'ecs:UpdateContainerInstancesState',
    asked:
      'drain a host, move containers off an ec2 host before maintenance, set draining, empty a node of its tasks, evacuate a host',
    example: 'empty ecs node i-0abc of its tasks before i patch it',
  },
  {
    op: 'ecs:UpdateTaskProtection',
    asked:
      'protect a running container from scale in, do not kill this task while it works, scale in protection',
    example: 'stop scale-in from killing the container that is mid job',
  },
  {
    op: 'ecs:PutAccountSetting',
    asked: 'opt in to long arn format, awsvpc trunking, account wide ecs setting, container insights default',
    example: 'turn on eni trunking for ecs in this account',
  },
  {
    op: 'eks:CreateCluster',
    asked: 'new kubernetes cluster, managed k8s, spin up a control plane, set up eks, kube cluster in aws',
    example: 'spin up a managed kubernetes 1.30 cluster called prod-k8s',
  },
  {
    op: 'eks:DescribeCluster',
    asked:
      'kubernetes api endpoint, certificate authority data for kubeconfig, cluster version and status, oidc issuer url, is the control plane active, which kubernetes version is the cluster running, what version is my cluster on, platform version, is the api endpoint public or private, control plane logging status, vpc and subnets of the cluster',
    example: 'get the api server endpoint and ca data for my kubeconfig of prod-k8s',
  },
  {
    op: 'eks:ListClusters',
    asked: 'which kubernetes clusters do we have, names of k8s clusters, all eks clusters in region',
    example: 'what kubernetes clusters exist in eu-west-1',
  },
  {
    op: 'eks:DeleteCluster',
    asked:
      'tear down a kubernetes cluster, remove the control plane, destroy k8s, remove an old eks environment after testing',
    example: 'destroy the dev kubernetes cluster now that the test is over',
  },
  {
    op: 'eks:UpdateClusterVersion',
    asked:
      'upgrade kubernetes, bump k8s from 1.29 to 1.30, control plane upgrade, newer minor version, next eks release',
    example: 'prod-k8s is on 1.29, take it to 1.30',
  },
  {
    op: 'eks:UpdateClusterConfig',
    asked:
      'turn on control plane logging, make the api endpoint private, public access cidrs, authentication mode, change cluster settings, private endpoint access, close public access to the api server, audit logs, make the eks endpoint private only, private only api server endpoint',
    example: 'close public access to the eks api of prod-k8s and enable audit logs',
  },
  {
    op: 'eks:CreateNodegroup',
    asked:
      'add worker nodes, managed machines for pods, gpu nodes, spot workers, more capacity for kubernetes, node pool',
    example: 'add a pool of 3 m5.large worker machines to prod-k8s',
  },
  {
    op: 'eks:UpdateNodegroupConfig',
    asked:
      'scale worker nodes, change min max desired node count, node labels and taints, resize node pool, grow the worker pool, node count, more worker nodes for the cluster, add nodes to an existing node group, increase desired size',
    example: 'let the eks worker pool of prod-k8s grow to 10 machines',
  },
  {
    op: 'eks:UpdateNodegroupVersion',
    asked:
      'upgrade worker nodes, patch node ami, roll nodes to the new kubernetes version, latest ami release',
    example: 'roll the workers of prod-k8s onto the latest patched ami',
  },
  {
    op: 'eks:DescribeNodegroup',
    asked:
      'status of worker nodes, why are nodes degraded, node pool health issues, scaling config of nodes, how many nodes a node group is set to run, desired size of a node group',
    example: 'why does my node pool on prod-k8s show degraded',
  },
  {
    op: 'eks:ListNodegroups',
    asked:
      'which node pools does a kubernetes cluster have, names of worker groups, worker pools of an eks cluster',
    example: 'which eks worker pools belong to prod-k8s',
  },
  {
    op: 'eks:CreateAddon',
    asked: 'install vpc cni, coredns, kube proxy, ebs csi driver, cluster plugin, add on component',
    example: 'install the ebs csi driver on prod-k8s',
  },
  {
    op: 'eks:DescribeAddonVersions',
    asked: 'which plugin versions fit my kubernetes version, compatible coredns or cni versions',
    example: 'which vpc-cni releases work with kubernetes 1.30',
  },
  {
    op: 'eks:CreateAccessEntry',
    asked:
      'give an iam role access to kubernetes, let a user run kubectl, aws-auth configmap replacement, cluster access for a principal, kubectl access for an iam role, give a role access to the eks cluster, let an iam role into the cluster, grant cluster access',
    example: 'let the devs iam role use kubectl on eks cluster prod-k8s',
  },
  {
    op: 'eks:AssociateAccessPolicy',
    asked:
      'make a role cluster admin, grant admin or view rights in kubernetes, namespace scoped permissions, admin of one kubernetes namespace, make a team role cluster admin, cluster admin rights for a role',
    example: 'make the devs role an admin of the payments kubernetes namespace only',
  },
  {
    op: 'eks:CreatePodIdentityAssociation',
    asked:
      'give pods an iam role, service account role, let a pod call s3, irsa alternative, pod permissions, pods running as a service account, give pods in a namespace their own aws permissions, aws credentials for a kubernetes service account, let a service account read s3 or call aws apis, map a service account to an iam role',
    example: 'eks pods using service account uploader need an iam role for s3',
  },
  {
    op: 'eks:CreateFargateProfile',
    asked:
      'run pods serverless, pods without nodes, which namespaces go to fargate, selector for serverless pods, no worker machines to manage',
    example: 'on eks, pods in the batch namespace should run on fargate',
  },
  {
    op: 'eks:ListInsights',
    asked:
      'upgrade readiness, deprecated apis before upgrading kubernetes, cluster health findings, what breaks if we upgrade, recommendations for the cluster, upgrade blockers, anything blocking the next kubernetes upgrade, is the cluster ready to upgrade, issues flagged before a version upgrade',
    example: 'is prod-k8s ready to upgrade or does it use deprecated apis',
  },
];
