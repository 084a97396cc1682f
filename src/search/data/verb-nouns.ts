// Data: verbs whose result AWS names as a noun (`redeploy` creates a Deployment, `transcode`
// starts a Job). The noun joins the query's terms like a typed word of the verb, and is the head
// noun when the query names none, so "redeploy the stage" finds CreateDeployment. Each entry
// says why and gives an example query that must find its operation in the top five (tested).

import { R18_KNOWN_VERB_NOUNS } from './verb-nouns-r18-known.js';

export interface VerbNoun {
  /** Index words the verb's result is named by. */
  readonly terms: string;
  /**
   * Typed nouns that name where the result goes, not what is acted on: with one of them the
   * result is the head noun and they are its container ("deploy stage prod" is CreateDeployment).
   */
  readonly places?: readonly string[];
  readonly why: string;
  readonly example: readonly [query: string, expected: string];
}

export const VERB_NOUNS: Readonly<Record<string, VerbNoun>> = {
  redeploy: {
    terms: 'deployment',
    places: ['stage'],
    why: 'a redeploy is a new deployment (API Gateway, CodeDeploy, AppConfig)',
    example: ['redeploy my api gateway rest api to the prod stage', 'apigateway:CreateDeployment'],
  },
  deploy: {
    terms: 'deployment',
    places: ['stage'],
    why: 'deploying creates or starts a deployment',
    example: ['deploy revision 42 with codedeploy', 'codedeploy:CreateDeployment'],
  },
  rebuild: {
    terms: 'build',
    why: 'building a project again makes a new build (CodeBuild)',
    example: ['rebuild codebuild project payments-api', 'codebuild:StartBuild'],
  },
  'roll out': {
    terms: 'deployment',
    why: 'rolling out a change is a deployment: started (AppConfig, CodeDeploy) or made by a service update (ECS)',
    example: ['roll out config version 7 with appconfig', 'appconfig:StartDeployment'],
  },
  rollout: {
    terms: 'deployment',
    why: 'a rollout is a deployment',
    example: ['rollout the new task definition to ecs service api', 'ecs:UpdateService'],
  },
  resubmit: {
    terms: 'job',
    why: 'resubmitting work submits a new job',
    example: ['resubmit my aws batch job', 'batch:SubmitJob'],
  },
  transcode: {
    terms: 'job',
    why: 'transcoding media is a job (MediaConvert, Elastic Transcoder)',
    example: ['transcode a video with mediaconvert', 'mediaconvert:CreateJob'],
  },
  invalidate: {
    terms: 'invalidation',
    // round 19: "invalidate /x on distribution E2..." makes an invalidation on the distribution
    places: ['distribution', 'distributions', 'cdn'],
    why: 'invalidating cached files creates an invalidation',
    example: ['invalidate /index.html on my cloudfront distribution', 'cloudfront:CreateInvalidation'],
  },
  flush: {
    terms: 'invalidation',
    places: ['distribution', 'distributions', 'cdn'],
    why: 'flushing paths from a cdn cache creates an invalidation (CloudFront)',
    example: ['flush /css/* from my cloudfront distribution', 'cloudfront:CreateInvalidation'],
  },
  // round 14: the medium is the verb, and also the thing made
  mail: {
    terms: 'email',
    why: 'mailing something sends it as an email (SES SendEmail), not a message of any service',
    example: ['mail the monthly invoice to billing@example.com', 'sesv2:SendEmail'],
  },
  cap: {
    terms: 'limit',
    why: 'what capping sets is a limit, and AWS names the thing so (redshift-serverless UsageLimit)',
    example: [
      'cap the compute our serverless redshift workgroup may use each day',
      'redshift-serverless:CreateUsageLimit',
    ],
  },
  ...R18_KNOWN_VERB_NOUNS,
};
