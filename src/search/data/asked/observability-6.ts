// Data: how people ask for operations (see ../asked.ts), developer tools: CodeBuild, CodePipeline,
// CodeDeploy, CodeCommit, CodeArtifact, CodeConnections, Amplify, AppConfig.

import type { AskedEntry } from './types.js';

export const ASKED_OBSERVABILITY_6: readonly AskedEntry[] = [
  {
    op: 'codebuild:StartBuild',
    asked:
      'kick off ci, compile and run tests, trigger a build job, run buildspec, build docker image in ci, build a project at a given commit',
    example: 'kick off ci for the api-service project on branch main',
  },
  {
    op: 'codebuild:BatchGetBuilds',
    asked:
      'did the ci job pass, why did it fail, build logs link, phase that failed, status of build id, has the build finished yet, is the build done or still running, did build id succeed, phase details of a build, which phase broke',
    example: 'why did ci job api-service:4f2a fail and which phase broke',
  },
  {
    op: 'codebuild:RetryBuild',
    asked:
      'rerun failed ci, rebuild with same settings, try the job again, restart a flaky build, kick the failed job one more time, rerun tests that flaked',
    example: 'rerun that flaky ci job with the same settings',
  },
  {
    op: 'codebuild:StopBuild',
    asked:
      'cancel ci job, abort running compile, kill stuck build, stop a hanging ci run, terminate a runaway job',
    example: 'cancel the ci run that has been hanging for an hour',
  },
  {
    op: 'codebuild:ListBuildsForProject',
    asked:
      'recent ci runs of a project, build history, last builds, when did ci last pass or fail, ids of past runs for one job, builds of one named project',
    example: 'show the recent ci runs of the web-frontend project',
  },
  {
    op: 'codebuild:CreateProject',
    asked:
      'set up ci for a codebase, configure compile environment and buildspec, new ci job definition, choose build image and compute size, where source comes from',
    example: 'set up ci for our github repo using a node 20 image',
  },
  {
    op: 'codebuild:CreateWebhook',
    asked:
      'build on every push, trigger ci on pull request, github hook for ci, automatic builds when code is pushed',
    example: 'run ci automatically on every pull request to the repo',
  },
  {
    op: 'codepipeline:StartPipelineExecution',
    asked:
      'release now, trigger the release, rerun the ci cd, ship latest code, kick off deployment flow, push the newest version through all stages',
    example: 'trigger a fresh release of the web-app delivery flow',
  },
  {
    op: 'codepipeline:GetPipelineState',
    asked:
      'which stage is it at, which stage is my release stuck in, is deploy stage green, current status of each stage, red or blocked action, current state of every stage, where is my release at right now, action waiting for approval, approval still pending, held at the manual gate',
    example: 'which stage is the web-app release stuck at',
  },
  {
    op: 'codepipeline:ListPipelineExecutions',
    asked:
      "release history, past runs of ci cd, which commit was released when, recent deliveries, did last night's release succeed, run ids and status, the last deploy, did it go through, last run of a pipeline",
    example: 'which commits were released through web-app this week',
  },
  {
    op: 'codepipeline:PutApprovalResult',
    asked:
      'approve the release, reject deployment to prod, manual gate sign off, approve promotion, let it through to production, click approve on the waiting step',
    example: 'sign off the manual gate so the release goes to prod',
  },
  {
    op: 'codepipeline:RetryStageExecution',
    asked:
      'rerun the failed stage, retry deploy step without starting over, resume after fix, run only the broken actions again',
    example: 'retry just the failed deploy step of web-app',
  },
  {
    op: 'codepipeline:DisableStageTransition',
    asked:
      'block releases to prod, freeze deployments, stop promotion between stages, code freeze, hold changes before production, pause the flow into a stage',
    example: 'freeze releases into production during the holiday',
  },
  {
    op: 'codepipeline:StopPipelineExecution',
    asked:
      'abort the release in progress, halt ci cd run, stop ongoing delivery, cancel a running release, kill the in flight run',
    example: 'abort the release that is currently running',
  },
  {
    op: 'codepipeline:CreatePipeline',
    asked:
      'set up ci cd, continuous delivery flow from git to prod, source build deploy stages, automate releases on every push, release workflow from scratch',
    example: 'set up continuous delivery from github through build to ecs',
  },
  {
    op: 'codepipeline:RollbackStage',
    asked:
      'roll back to previous release, revert deployed version, redeploy last good, undo a bad release in a stage',
    example: 'roll prod back to the previous good release',
  },
  {
    op: 'codedeploy:GetDeployment',
    asked:
      'did the rollout succeed, deploy status, why did the release fail, rollout progress, how many servers got the new version, error of a rollout, why was a deployment rolled back',
    example: 'did rollout d-ABC123XYZ succeed',
  },
  {
    op: 'codedeploy:StopDeployment',
    asked:
      'halt rollout and roll back, abort release to servers, stop shipping, cancel the in progress rollout and revert, roll the release back to the previous revision',
    example: 'halt the in-progress rollout and revert it',
  },
  {
    op: 'codedeploy:ListDeployments',
    asked:
      'past rollouts, release history to fleet, recent ships, which versions went out to servers and when, failed or stopped rollouts',
    example: 'show recent rollouts to the prod fleet',
  },
  {
    op: 'codedeploy:ContinueDeployment',
    asked:
      'shift traffic to green, proceed with blue green cutover, promote new fleet, reroute users to the replacement servers after testing',
    example: 'cut traffic over to the new green fleet now',
  },
  {
    op: 'codedeploy:CreateDeploymentGroup',
    asked:
      'define which tagged servers the app ships to, target servers by tag or auto scaling group, rollout settings, auto rollback on alarm',
    example: 'define the set of tagged servers the app ships to',
  },
  {
    op: 'codecommit:CreateRepository',
    asked:
      'new git repo, host source code, private git hosting, create a place to push code, new codebase remote',
    example: 'make a new private git repo for the billing service',
  },
  {
    op: 'codecommit:CreatePullRequest',
    asked:
      'open a pr, ask for code review, propose merging feature branch, request review of my changes before merge',
    example: 'open a pr from feature/login into main',
  },
  {
    op: 'codecommit:MergePullRequestBySquash',
    asked: 'squash and merge the pr, combine commits into one on main, land the pr as a single commit',
    example: 'squash and merge pr 42 into main',
  },
  {
    op: 'codecommit:GetDifferences',
    asked:
      'diff between commits, what changed between branches, compare two refs, files changed between two versions, added modified or deleted files',
    example: 'what changed between main and release-1.4',
  },
  {
    op: 'codecommit:ListBranches',
    asked:
      'what branches exist in git, show refs, all feature branches, branch names in a codebase, is there a release branch',
    example: 'which git branches does the billing repo have',
  },
  {
    op: 'codeartifact:GetAuthorizationToken',
    asked:
      'npm login token, pip login, maven password for private registry, auth for package install, temporary credential for yarn or twine, ci login to the package registry',
    example: 'get a token so npm can install from our private registry',
  },
  {
    op: 'codeartifact:ListPackageVersions',
    asked:
      'published versions of a library, which releases of the npm package exist, latest version of an internal package, unlisted or archived versions',
    example: 'which versions of our internal lodash fork are published',
  },
  {
    op: 'codeartifact:CreateRepository',
    asked:
      'set up a private npm registry, new internal pypi mirror, make a maven registry for company libraries, a place to host internal packages for the team',
    example: 'set up an internal pypi mirror for the company',
  },
  {
    op: 'codeartifact:PublishPackageVersion',
    asked:
      'publish a new version of our package, push my npm package to the company registry, npm publish or twine upload to our private repository, release version 2.1 of the internal library, upload a built artifact as a package version',
    example: 'push release 3.4.0 of our internal python library to the private package repo',
  },
  {
    op: 'codeartifact:AssociateExternalConnection',
    asked:
      'let the registry pull from npmjs or pypi upstream, proxy open source packages, cache from maven central, fall back to the internet registry',
    example: 'let our registry pull from public npmjs',
  },
  {
    op: 'codeconnections:CreateConnection',
    asked:
      'connect github to aws, link bitbucket or gitlab account, oauth app for source, repo access, let pipelines pull from github, third party git provider',
    example: 'link our github organization so pipelines can read repos',
  },
  {
    op: 'codeconnections:GetConnection',
    asked:
      'is the github link pending or available, handshake status, authorized yet, why can the pipeline not read the source',
    example: 'is our github link still pending authorization',
  },
  {
    op: 'amplify:CreateApp',
    asked:
      'host a react or next.js site, deploy frontend from git, static website hosting, jamstack app, vue or angular single page app hosting, preview per branch',
    example: 'host our next.js frontend straight from the github repo',
  },
  {
    op: 'amplify:StartJob',
    asked:
      'redeploy the website, rebuild frontend branch, trigger site build, release site, rerun a failed site build, publish latest commit of the site, kick off a fresh build and deploy of a branch of the hosted site',
    example: 'rebuild and redeploy the main branch of our site',
  },
  {
    op: 'amplify:CreateDomainAssociation',
    asked:
      'serve the hosted site on my own domain, custom domain like www.example.com, connect domain name to frontend, https certificate for site, subdomain per branch',
    example: 'serve the hosted site on www.example.com',
  },
  {
    op: 'amplify:ListJobs',
    asked:
      'did the frontend deploys succeed, last few site deploys, build and deploy history of a branch, failed site build, site release history, recent builds of a branch, builds of an app',
    example: 'did the last few frontend deploys of main succeed',
  },
  {
    op: 'appconfig:StartDeployment',
    asked:
      'roll out feature flag change, push config gradually, toggle feature safely, canary config, turn a flag on for production, publish new settings to an environment, push runtime settings slowly, roll back on alarm',
    example: 'gradually roll out the new-checkout flag to production',
  },
  {
    op: 'appconfig:CreateHostedConfigurationVersion',
    asked:
      'save new feature flag values, new flags json, store app settings version, upload edited yaml or json settings, change flag values before rollout',
    example: 'save a new version of our flags json with dark-mode on',
  },
  {
    op: 'appconfig:StopDeployment',
    asked:
      'roll back feature flag, abort config rollout, revert flag change, halt a bad settings rollout midway',
    example: 'abort the flag rollout, errors are climbing',
  },
  {
    op: 'appconfig:CreateConfigurationProfile',
    asked:
      'feature flags setup, define where settings come from, validators for app config, settings stored in s3 or parameter store, json schema check',
    example: 'set up feature flags for the mobile app',
  },
  {
    op: 'appconfig:CreateDeploymentStrategy',
    asked:
      'how fast to roll out config, linear 10 percent every minute, bake time, gradual or all at once, exponential growth of a settings rollout',
    example: 'roll out settings 20% at a time with a ten minute bake',
  },
];
