// Data: how people ask for operations (see ../asked.ts), wave 2 deepening of containers: ecs
// and eks operations beyond the main ones.

import type { AskedEntry } from './types.js';

export const ASKED_DEEP_4: readonly AskedEntry[] = [
  {
    op: 'ecs:StartTask',
    asked:
      'run a task on a specific container host, place a task on chosen ec2 container instances, launch task on a given node',
    example: 'start the batch task definition on container instance 7a1b2c in cluster prod',
  },
  {
    op: 'ecs:DeleteTaskDefinitions',
    asked:
      'permanently remove inactive task definition revisions, purge old revisions, clean up deregistered task defs',
    example: 'permanently delete old inactive revisions of task family web',
  },
  {
    op: 'ecs:DeleteCapacityProvider',
    asked: 'remove a capacity provider, delete asg backed provider, drop fargate spot strategy',
    example: 'delete capacity provider cp-gpu from the account',
  },
  {
    op: 'ecs:DescribeCapacityProviders',
    asked: 'list capacity providers, managed scaling settings, which asg backs the cluster capacity',
    example: 'show the capacity providers and their managed scaling target',
  },
  {
    op: 'ecs:UpdateCapacityProvider',
    asked: 'change managed scaling target, turn on managed termination protection, tune capacity provider',
    example: 'set managed scaling target capacity to 90 percent on capacity provider cp-main',
  },
  {
    op: 'ecs:UpdateCluster',
    asked:
      'turn on container insights, cluster settings, execute command logging, service connect default namespace',
    example: 'enable container insights on the prod ecs cluster',
  },
  {
    op: 'ecs:ListContainerInstances',
    asked: 'which ec2 hosts are registered in the cluster, nodes in ecs cluster, draining hosts',
    example: 'list the ec2 container hosts in cluster prod that are draining',
  },
  {
    op: 'ecs:DeregisterContainerInstance',
    asked: 'remove a host from the cluster, unregister ec2 node from ecs, take a container host out',
    example: 'remove container instance 7a1b2c from cluster prod',
  },
  {
    op: 'ecs:RegisterContainerInstance',
    asked: 'join a host to the cluster, agent registers an ec2 machine with ecs, add node',
    example: 'how does an ecs agent register its ec2 host into the cluster',
  },
  {
    op: 'ecs:ListAccountSettings',
    asked:
      'awsvpc trunking setting, long arn format opt in, account defaults for container insights, ecs account settings',
    example: 'which ecs account settings are enabled, like awsvpc trunking',
  },
  {
    op: 'ecs:PutAccountSettingDefault',
    asked:
      'opt the whole account into awsvpc trunking, default container insights for new clusters, account wide ecs default',
    example: 'turn on container insights by default for every new ecs cluster in the account',
  },
  {
    op: 'ecs:GetTaskProtection',
    asked: 'is the task protected from scale in, task scale in protection status, protection expiry',
    example: 'is task 1a2b3c protected from being stopped during scale in',
  },
  {
    op: 'ecs:ListServiceDeployments',
    asked: 'history of service rollouts, past deployments of a service, rollback history, failed deploys',
    example: 'list past rollouts of ecs service api in cluster prod',
  },
  {
    op: 'ecs:DescribeServiceRevisions',
    asked: 'what changed in a service revision, image and config used by a deployment',
    example: 'show the configuration of service revision 3 of api',
  },
  {
    op: 'ecs:ListTaskDefinitionFamilies',
    asked: 'names of task families, list task definition families, which apps have task defs',
    example: 'list all task definition family names in this account',
  },
  {
    op: 'ecs:CreateTaskSet',
    asked: 'blue green with external deployment controller, add a task set, canary with codedeploy',
    example: 'create a new task set for service api using the green image',
  },
  {
    op: 'ecs:UpdateServicePrimaryTaskSet',
    asked: 'switch primary task set, cut over traffic to green task set',
    example: 'make the green task set primary for service api',
  },
  {
    op: 'ecs:PutAttributes',
    asked: 'custom attribute on container host, placement constraint label, tag a node for placement',
    example: 'label container instance 7a1b2c with attribute gpu=true for placement',
  },
  {
    op: 'ecs:ListServicesByNamespace',
    asked: 'services in a service connect namespace, which services share a cloud map namespace',
    example: 'which ecs services are in the service connect namespace internal.local',
  },
  {
    op: 'eks:DeleteAddon',
    asked:
      'remove an eks add-on, uninstall vpc cni or coredns managed addon, uninstall an add-on from the cluster, uninstall kube-proxy or coredns',
    example: 'uninstall the kube-proxy add-on from cluster prod',
  },
  {
    op: 'eks:DescribeAddon',
    asked:
      'addon version and health, is the ebs csi driver addon healthy, add-on status, which version of an add-on is installed, installed coredns version',
    example: 'what version and health does the coredns add-on have in prod',
  },
  {
    op: 'eks:ListAddons',
    asked: 'which add-ons are installed, managed addons in cluster, installed extensions',
    example: 'which managed add-ons does cluster prod have installed',
  },
  {
    op: 'eks:UpdateAddon',
    asked: 'upgrade an eks add-on, bump vpc cni version, change addon configuration values',
    example: 'upgrade the vpc-cni add-on on prod to the latest version',
  },
  {
    op: 'eks:DescribeAddonConfiguration',
    asked: 'configuration schema of an addon, which values can i set on coredns, addon settings json',
    example: 'what configuration values does the coredns add-on accept',
  },
  {
    op: 'eks:DeleteNodegroup',
    asked: 'remove a worker node group, delete managed nodes, tear down node pool',
    example: 'delete node group ng-spot from cluster prod',
  },
  {
    op: 'eks:DeleteFargateProfile',
    asked: 'remove serverless pod profile, stop running pods on fargate for a namespace',
    example: 'delete fargate profile fp-batch from cluster prod',
  },
  {
    op: 'eks:DescribeFargateProfile',
    asked: 'which namespaces run on fargate, selectors of a fargate profile, pod execution role',
    example: 'what namespaces does fargate profile fp-batch select',
  },
  {
    op: 'eks:ListFargateProfiles',
    asked: 'list serverless pod profiles, which fargate profiles does the cluster have',
    example: 'list fargate profiles of cluster prod',
  },
  {
    op: 'eks:ListAccessEntries',
    asked:
      'who has access to the kubernetes cluster, everyone who can get in, principals mapped into the cluster, aws-auth replacement list, which iam roles can get into the cluster',
    example: 'list everyone who can get into kubernetes cluster prod through eks access',
  },
  {
    op: 'eks:DescribeAccessEntry',
    asked:
      'kubernetes groups of an iam principal, kubernetes username mapped for a role, rbac groups of a role',
    example: 'what rbac groups does iam role ci-deployer map to in eks',
  },
  {
    op: 'eks:DeleteAccessEntry',
    asked: 'revoke an iam role from the cluster, remove principal cluster access, remove from aws-auth',
    example: "remove the ci-deployer role's access to eks cluster prod",
  },
  {
    op: 'eks:UpdateAccessEntry',
    asked: 'change kubernetes groups of a principal, edit mapped username for a role',
    example: 'put role ci-deployer into the kubernetes group deployers',
  },
  {
    op: 'eks:ListAccessPolicies',
    asked:
      'available eks cluster access policies, cluster admin view edit policies, built in kubernetes permissions',
    example: 'which access policies like AmazonEKSClusterAdminPolicy exist',
  },
  {
    op: 'eks:ListAssociatedAccessPolicies',
    asked:
      'which cluster policies a role has, namespace scoped access for a principal, what access policies a role has on the cluster, which permissions a principal has in eks',
    example: 'which access policies are attached to role ci-deployer in prod',
  },
  {
    op: 'eks:DisassociateAccessPolicy',
    asked: 'take cluster admin away from a role, remove access policy from a principal',
    example: 'remove the cluster admin policy from role ci-deployer',
  },
  {
    op: 'eks:ListPodIdentityAssociations',
    asked:
      'which service accounts have aws roles, pod identity mappings in a cluster, which service accounts have aws roles attached, pod identity roles in the cluster',
    example: 'list pod identity mappings in cluster prod',
  },
  {
    op: 'eks:DeletePodIdentityAssociation',
    asked:
      'remove aws role from a kubernetes service account, unlink pod identity, unlink the aws role from a service account, detach an iam role from a kubernetes service account',
    example: 'unlink the iam role from kubernetes service account s3-reader in eks',
  },
  {
    op: 'eks:UpdatePodIdentityAssociation',
    asked: 'switch the role a kubernetes service account uses, swap pod identity role, use a different role',
    example: 'switch the iam role that kubernetes service account s3-reader uses in eks to s3-reader-v2',
  },
  {
    op: 'eks:ListUpdates',
    asked: 'history of cluster upgrades, past control plane changes',
    example: 'show the update history of eks cluster prod',
  },
  {
    op: 'eks:DescribeInsight',
    asked: 'upgrade readiness check, deprecated kubernetes apis in use, eks insight details',
    example: 'what does the upgrade insight about deprecated apis say for prod',
  },
  {
    op: 'eks:AssociateIdentityProviderConfig',
    asked:
      'oidc login for kubectl, connect okta to the cluster, external identity provider for kubernetes users',
    example: 'let our okta users log into eks cluster prod with oidc',
  },
  {
    op: 'eks:DescribeClusterVersions',
    asked: 'supported kubernetes versions, end of standard support dates, which eks version is default',
    example: 'which kubernetes versions does eks support and when do they end',
  },
];
