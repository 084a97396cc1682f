// Data: how people ask for operations (see ../asked.ts), wave 2 deepening of ecr and iam:
// repositories, scanning, replication; managed and inline policies, groups, instance profiles.

import type { AskedEntry } from './types.js';

export const ASKED_DEEP_5: readonly AskedEntry[] = [
  {
    op: 'ecr:DeleteRepository',
    asked:
      'remove a docker image registry repo, delete container repo and its images, clean up unused image repository',
    example: 'delete the ecr repo legacy-api including all its images',
  },
  {
    op: 'ecr:GetLifecyclePolicy',
    asked:
      'image expiry rules of a repo, which old images get cleaned up, retention rules for container images',
    example: 'what cleanup rules does ecr repo web have for old images',
  },
  {
    op: 'ecr:DeleteLifecyclePolicy',
    asked: 'stop expiring old images, remove image cleanup rules, keep all container images',
    example: 'remove the image cleanup rules from ecr repo web',
  },
  {
    op: 'ecr:StartLifecyclePolicyPreview',
    asked: 'dry run image cleanup rules, which images would expire, test retention rules before applying',
    example: 'dry run the expiry rules on ecr repo web to see what would be removed',
  },
  {
    op: 'ecr:GetRepositoryPolicy',
    asked: 'who can pull from this container repo, cross account pull permissions, repo access policy',
    example: 'which accounts may pull from ecr repo web',
  },
  {
    op: 'ecr:DeleteRepositoryPolicy',
    asked: 'remove cross account pull permissions, delete repo access policy',
    example: 'remove the access policy on ecr repo web',
  },
  {
    op: 'ecr:PutRegistryScanningConfiguration',
    asked:
      'enhanced scanning with inspector, scan on push for all repos, continuous vulnerability scanning registry wide',
    example: 'turn on continuous enhanced vulnerability scans for all container repos',
  },
  {
    op: 'ecr:GetRegistryScanningConfiguration',
    asked: 'is enhanced scanning on, registry wide scan on push rules, vulnerability scanning mode',
    example: 'is inspector enhanced scanning turned on for our container registry',
  },
  {
    op: 'ecr:PutImageScanningConfiguration',
    asked:
      'scan on push for one repo, scan every pushed image for cves, turn on vulnerability scan for a repository',
    example: 'turn on scan on push for ecr repo web',
  },
  {
    op: 'ecr:DescribePullThroughCacheRules',
    asked: 'cached upstream registries, docker hub mirror rules, which public registries are proxied',
    example: 'which upstream registries do we mirror through ecr',
  },
  {
    op: 'ecr:DeletePullThroughCacheRule',
    asked: 'stop mirroring docker hub, remove upstream cache, drop registry proxy rule',
    example: 'stop caching quay images through ecr',
  },
  {
    op: 'ecr:DescribeRegistry',
    asked: 'registry replication rules, cross region image copies setup, registry id',
    example: 'what cross region image replication does our ecr registry do',
  },
  {
    op: 'ecr:DescribeImageReplicationStatus',
    asked: 'did the image copy to the other region, replication progress of an image tag',
    example: 'has web:v42 replicated to eu-west-1 yet',
  },
  {
    op: 'ecr:GetRegistryPolicy',
    asked: 'registry permissions, who can replicate into our registry, cross account replication permission',
    example: 'who is allowed to replicate images into our ecr registry',
  },
  {
    op: 'ecr:PutRegistryPolicy',
    asked:
      'allow another account to replicate into our registry, registry wide permissions, pull through cache permission',
    example: 'let account 111122223333 replicate images into our ecr registry',
  },
  {
    op: 'ecr:CreateRepositoryCreationTemplate',
    asked: 'default settings for auto created repos, template for pull through cache repos, repo defaults',
    example: 'set default encryption and tags for repos ecr creates automatically',
  },
  {
    op: 'ecr:PutImage',
    asked:
      'retag an image, add a tag to an existing digest, push a manifest, promote image from staging to prod tag',
    example: 'add the tag prod to the image with digest sha256:ab12',
  },
  {
    op: 'ecr:BatchGetImage',
    asked: 'fetch image manifest, get manifests by digest, download image details for many tags',
    example: 'get the manifests for web:v41 and web:v42',
  },
  {
    op: 'iam:DeletePolicy',
    asked:
      'remove a managed policy, delete customer permission document, clean up unused policies, get rid of a managed policy nobody uses, remove an unused customer managed policy',
    example: 'delete the managed policy old-s3-access',
  },
  {
    op: 'iam:DeletePolicyVersion',
    asked:
      'remove an old revision of a managed policy, free up policy versions, limit of five versions reached',
    example: 'we hit the five version limit on policy app-access, remove the oldest',
  },
  {
    op: 'iam:ListPolicyVersions',
    asked:
      'revisions of a managed policy, history of policy edits, which version is default, how many versions does a managed policy have, edit history of a policy, every saved version of a policy',
    example: 'show the edit history of managed policy app-access',
  },
  {
    op: 'iam:GetPolicy',
    asked: 'managed policy metadata, default version id, how many attachments does a policy have',
    example: 'what is the default version of policy app-access and how many entities use it',
  },
  {
    op: 'iam:DeleteRolePolicy',
    asked: 'remove an inline policy from a role, delete embedded role permissions',
    example: 'delete the inline policy s3-write from role lambda-exec',
  },
  {
    op: 'iam:ListRolePolicies',
    asked: 'inline policies on a role, embedded permissions names of a role',
    example: 'which inline policies does role lambda-exec have',
  },
  {
    op: 'iam:DeleteUserPolicy',
    asked: 'remove an inline policy from a person, delete embedded user permissions',
    example: 'delete the inline policy temp-admin from user bob',
  },
  {
    op: 'iam:ListUserPolicies',
    asked: 'inline policies on a user, embedded permissions of a person',
    example: 'which inline policies does user bob have',
  },
  {
    op: 'iam:GetUserPolicy',
    asked: "read an inline policy of a user, json of a person's embedded permissions",
    example: 'show the json of inline policy temp-admin on user bob',
  },
  {
    op: 'iam:ListGroups',
    asked: 'all teams, list every group in the account, which groups exist',
    example: 'list every iam group we have',
  },
  {
    op: 'iam:GetGroup',
    asked: 'members of a team, who is in the admins group, people in a group',
    example: 'who is in the iam group admins',
  },
  {
    op: 'iam:DeleteGroup',
    asked: 'remove a team, delete an empty group, clean up unused groups',
    example: 'delete the iam group old-contractors',
  },
  {
    op: 'iam:ListAttachedGroupPolicies',
    asked: 'permissions of a team, managed policies on a group, what can a group do',
    example: 'which managed policies are attached to group developers',
  },
  {
    op: 'iam:PutGroupPolicy',
    asked: 'inline permissions for a team, embed a policy in a group',
    example: 'give the developers group an inline policy allowing s3 reads',
  },
  {
    op: 'iam:ListGroupPolicies',
    asked: 'inline policies of a team, embedded group permissions',
    example: 'which inline policies does group developers have',
  },
  {
    op: 'iam:UpdateUser',
    asked: "rename a person, change a user's name or path, fix a typo in a username",
    example: 'rename iam user jsmith to john.smith',
  },
  {
    op: 'iam:UpdateGroup',
    asked: "rename a team, change a group's name or path",
    example: 'rename iam group devs to developers',
  },
  {
    op: 'iam:GetLoginProfile',
    asked: 'does this person have console access, is a password set, web sign in enabled',
    example: 'can user bob sign in to the web console',
  },
  {
    op: 'iam:ListInstanceProfiles',
    asked:
      'all machine role wrappers, every instance profile in the account, show every instance profile in the account, all instance profiles and their roles',
    example: 'list all instance profiles in the account',
  },
  {
    op: 'iam:ListInstanceProfilesForRole',
    asked: 'which instance profiles contain a role, where is this role used on ec2',
    example: 'which instance profiles use role app-server',
  },
  {
    op: 'iam:RemoveRoleFromInstanceProfile',
    asked: 'take the role out of a machine profile, empty an instance profile',
    example: 'remove role app-server from instance profile app-server-profile',
  },
  {
    op: 'iam:DeleteInstanceProfile',
    asked: 'remove a machine role wrapper, delete an unused instance profile',
    example: 'delete instance profile old-web-profile',
  },
  {
    op: 'iam:GetInstanceProfile',
    asked: 'which role is in an instance profile, details of a machine profile',
    example: 'what role is inside instance profile web-profile',
  },
];
