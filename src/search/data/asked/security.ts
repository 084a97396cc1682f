// Data: how people ask for operations (see ../asked.ts), security services: iam people, teams,
// roles and permissions.

import type { AskedEntry } from './types.js';

export const ASKED_SECURITY: readonly AskedEntry[] = [
  {
    op: 'iam:CreateUser',
    asked:
      'add a new team member, onboard an engineer, new hire needs access, set up a person, identity for a colleague, new login for a developer, service account for a script, give someone an identity',
    example: 'onboard the new hire jsmith so she has her own identity',
  },
  {
    op: 'iam:DeleteUser',
    asked:
      'offboard an employee, remove a person who left the company, staff member departed, get rid of a former colleague, clean up leavers, terminate someone for good, erase an identity, offboard a user completely, remove the login of someone who left, get rid of an employee iam identity',
    example: 'jdoe resigned on friday, remove him from iam entirely',
  },
  {
    op: 'iam:ListUsers',
    asked:
      'who has logins here, show everyone, all people in the account, how many people, inventory of identities, directory of staff, enumerate everybody with access, roster of everyone, headcount, every person with a login',
    example: 'names of every iam user we have',
  },
  {
    op: 'iam:GetUser',
    asked:
      'details about one person, look up someone, when was this person set up, password last used, arn of a person, info on a colleague, when did someone last sign in',
    example: 'show the creation date and arn of iam user carol',
  },
  {
    op: 'iam:CreateGroup',
    asked:
      'make a team, department, bundle people together, set of people sharing the same permissions, new team such as developers or admins, organize staff, create an iam group for a department, a new group to hold shared permissions',
    example: 'set up an iam group for the qa engineers',
  },
  {
    op: 'iam:AddUserToGroup',
    asked:
      'put someone on a team, join a team, enroll a person in a department, membership, include a colleague in admins, give a person the team permissions, make someone a member of a group, put a person into a group',
    example: 'put alice on the admins team',
  },
  {
    op: 'iam:RemoveUserFromGroup',
    asked:
      'take someone off a team, kick out of a team, revoke team membership, no longer in the department, drop a colleague from admins, kick someone out of a group, take a person out of a group',
    example: 'bob should no longer be on the developers team',
  },
  {
    op: 'iam:ListGroupsForUser',
    asked:
      'which teams is this person in, what is someone a member of, memberships of a person, which departments does a colleague belong to, which groups is a user in, groups a user belongs to, group memberships of an iam user',
    example: 'what teams does alice belong to',
  },
  {
    op: 'iam:CreateRole',
    asked:
      'identity a service or another account can assume, let lambda or ec2 act, cross-account access, trust relationship, execution identity for a function, service identity, federated access, assumable identity, a role lambda functions can take on, role trusted by a service principal such as ecs-tasks.amazonaws.com, new execution role or task role',
    example: 'set up an iam role that lambda can assume to read s3',
  },
  {
    op: 'iam:DeleteRole',
    asked:
      'remove an unused assumable identity, clean up an old service identity, get rid of an execution identity, decommission cross-account access',
    example: 'decommission the legacy-etl role',
  },
  {
    op: 'iam:GetRole',
    asked:
      'trust policy of, who can assume it, trusted entities, show details, when was it last used, look up its arn, trust document, max session duration of a role, trust relationship of a role, who may assume it, role details and arn',
    example: 'show the trust document of the ci-deployer role',
  },
  {
    op: 'iam:ListRoles',
    asked:
      'all assumable identities in the account, which roles exist, inventory of service identities, enumerate execution identities, find a role by name',
    example: 'show every assumable identity we have in account 123456789012',
  },
  {
    op: 'iam:UpdateAssumeRolePolicy',
    asked:
      'change who can assume, edit trust relationship, trust policy, trusted entities, allow another account or a partner to use the role, let a service assume, add a principal to the trust, external id, trust another account on this role, add an account or service to the trust policy of a role, edit the trust relationship',
    example: 'partner account 210987654321 needs to be able to assume our auditor role',
  },
  {
    op: 'iam:UpdateRole',
    asked:
      'session length, make console sessions last longer, maximum session duration, 12 hours, change how long temporary credentials last, edit role description, raise or lower the session limit, longer sessions, max-session-duration, 12h',
    example: 'let people stay signed in to the admin role for 12 hours',
  },
  {
    op: 'iam:CreatePolicy',
    asked:
      'write a permissions document, custom permissions, json of allow and deny statements, reusable permissions, define which actions are allowed, customer managed, write our own permission document and keep it for reuse, custom customer managed policy from a json file',
    example: 'write a new customer-managed iam policy that grants read on one bucket',
  },
  {
    op: 'iam:CreatePolicyVersion',
    asked:
      'edit a permissions document, change a managed policy, update the json, new revision, modify statements, add an action or statement to existing permissions, one more action, revised document, another action allowed, update a managed policy, updated policy document',
    example: 'update our customer managed deploy-policy to also allow one more action',
  },
  {
    op: 'iam:SetDefaultPolicyVersion',
    asked:
      'roll back permissions, revert to an earlier revision, make v2 active again, undo a permissions change, which revision is in effect, go back to the previous permissions, undo a bad change, earlier version number',
    example: "undo last week's change to deploy-policy, v3 broke things",
  },
  {
    op: 'iam:GetPolicyVersion',
    asked:
      'read the json of a managed policy, show its statements, what does this policy allow, view document content, which actions does it grant, document text of a managed policy, specific version',
    example: 'show the json document of ReadOnlyAccess at its default version',
  },
  {
    op: 'iam:ListPolicies',
    asked:
      'all permission documents available, find a managed policy by name, which custom permissions exist, browse aws managed ones, search for readonly, predefined, ready-made permissions to pick from',
    example: 'is there a predefined iam policy for read only ec2',
  },
  {
    op: 'iam:AttachRolePolicy',
    asked:
      'grant permissions to an assumable identity, give lambda s3 access, add managed permissions to a service identity, allow an execution role to, fix access denied for a function, let a role read a bucket or write to a table, give a role access to another service, let the ec2 or task role use dynamodb or s3',
    example: 'my lambda gets AccessDenied on s3, add AmazonS3ReadOnlyAccess to its role',
  },
  {
    op: 'iam:AttachUserPolicy',
    asked:
      'grant a person permissions directly, give someone admin access, make someone an administrator, let a person read s3, add managed permissions to a colleague',
    example: 'grant user jsmith administrator rights',
  },
  {
    op: 'iam:AttachGroupPolicy',
    asked:
      'grant a whole team permissions, give everyone in developers read access, team-wide permissions, let a department use a service, managed permissions such as ViewOnlyAccess for a whole group',
    example: 'the qa group needs ViewOnlyAccess',
  },
  {
    op: 'iam:DetachRolePolicy',
    asked:
      'revoke permissions from an assumable identity, take away access from a service identity, remove managed permissions, strip admin from lambda, no longer needs, unhook, no longer needs AdministratorAccess, take rights away from a role, remove admin access from a role, strip a managed policy off a role',
    example: 'the build-server role no longer needs AdministratorAccess, pull it off',
  },
  {
    op: 'iam:DetachUserPolicy',
    asked:
      "revoke a person's permissions, take away admin from someone, remove access from a colleague, demote, strip managed permissions",
    example: 'demote jsmith so she is no longer an admin',
  },
  {
    op: 'iam:DetachGroupPolicy',
    asked:
      'revoke permissions from a whole team, take access away from everyone in a department, strip managed permissions from developers, the team should lose access, unhook from a group',
    example: 'unhook PowerUserAccess from the devs group',
  },
];
