// Data: verbs whose result AWS names as a noun (`redeploy` creates a Deployment, `transcode`
// starts a Job). The noun joins the query's terms like a typed word of the verb, and is the head
// noun when the query names none, so "redeploy the stage" finds CreateDeployment. Each entry
// says why and gives an example query that must find its operation in the top five (tested).

export interface VerbNoun {
  /** Index words the verb's result is named by. */
  readonly terms: string;
  readonly why: string;
  readonly example: readonly [query: string, expected: string];
}

export const VERB_NOUNS: Readonly<Record<string, VerbNoun>> = {
  redeploy: {
    terms: 'deployment',
    why: 'a redeploy is a new deployment (API Gateway, CodeDeploy, AppConfig)',
    example: ['redeploy my api gateway rest api to the prod stage', 'apigateway:CreateDeployment'],
  },
  deploy: {
    terms: 'deployment',
    why: 'deploying creates or starts a deployment',
    example: ['deploy revision 42 with codedeploy', 'codedeploy:CreateDeployment'],
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
    why: 'invalidating cached files creates an invalidation',
    example: ['invalidate /index.html on my cloudfront distribution', 'cloudfront:CreateInvalidation'],
  },
  flush: {
    terms: 'invalidation',
    why: 'flushing paths from a cdn cache creates an invalidation (CloudFront)',
    example: ['flush /css/* from my cloudfront distribution', 'cloudfront:CreateInvalidation'],
  },
};
