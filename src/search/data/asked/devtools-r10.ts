// Data: how people ask for developer-tools and container work (see types.ts), round 10 of the
// devtools group: who may use a package repository or domain, landing a pull request
// fast-forward, how a public image's gallery page reads.

import type { AskedEntry } from './types.js';

export const ASKED_DEVTOOLS_R10: readonly AskedEntry[] = [
  {
    op: 'codeartifact:GetRepositoryPermissionsPolicy',
    asked:
      'who has access to a package repo, who can pull or install from it, which accounts may read the repository, is another account allowed in, resource policy of a codeartifact repository',
    example: 'which accounts are allowed to pull from the maven-internal codeartifact repository',
  },
  {
    op: 'codeartifact:GetDomainPermissionsPolicy',
    asked:
      'who has access to a codeartifact domain, which accounts may create repos or read packages in the domain, cross account access of the domain, resource policy of a domain',
    example: 'is the sandbox account allowed into our shared codeartifact domain',
  },
  {
    op: 'codeartifact:PutRepositoryPermissionsPolicy',
    asked:
      'let another account pull packages, grant a team access to a package repo, share a codeartifact repository across accounts, allow read access to the repository',
    example: 'give the data team account read access to our pypi-internal codeartifact repo',
  },
  {
    op: 'codecommit:MergePullRequestByFastForward',
    asked:
      'land a pr fast forward only, merge a pull request without a merge commit, accept and merge the pr, merge pr number into main keeping history linear, merge pull request number in a repo, merge the pr',
    example: 'land pull request 17 fast forward so main keeps a linear history',
  },
  {
    op: 'ecr-public:PutRepositoryCatalogData',
    asked:
      'description, about text, usage text, logo and architectures shown on the gallery page, edit the listing and readme text of a repository on gallery.ecr.aws',
    example: 'add a usage section and a logo to my public ecr repo listing',
  },
  {
    op: 'elasticbeanstalk:DescribeInstancesHealth',
    asked:
      "what's wrong with the instances of an environment, which beanstalk servers are unhealthy and why, degraded instance causes, cpu load and request latency per instance",
    example: 'which servers behind my beanstalk env are degraded and what is the cause',
  },
];
