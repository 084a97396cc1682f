// Issue 16, round 9: doing it again, going live, growing (data/verbs-r9.ts, src/search/again.ts).
// Every entry has a reason and an example that must find its operation in the top five; the cases
// below are other queries of the same kinds, across services.

import { describe, expect, it } from 'vitest';
import { AGAIN, AGAIN_MARKERS, R9_VERBS, SIZE_WORDS } from '../../../src/search/data/verbs-r9.js';
import { VERB_SYNONYMS } from '../../../src/search/data/verbs.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 9 data: every entry has a reason and a passing example', () => {
  it.each(Object.entries(R9_VERBS))('verb %s', (verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(VERB_SYNONYMS[verb]).toEqual(entry.weights);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });

  it.each(Object.entries({ ...AGAIN_MARKERS, ...SIZE_WORDS }))('word %s', (_w, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });

  it('AGAIN', () => {
    expect(top(AGAIN.example[0], 5)).toContain(AGAIN.example[1]);
  });
});

describe('doing it again runs what exists, it does not create it', () => {
  it.each([
    ['make the glue crawler on the landing bucket crawl again', 'glue:StartCrawler'],
    ['recrawl the s3 data with glue crawler raw-zone', 'glue:StartCrawler'],
    ['rebuild codebuild project payments-api', 'codebuild:StartBuild'],
    ['run the athena query from this morning again', 'athena:StartQueryExecution'],
    ['re-run the emr serverless job again', 'emr-serverless:StartJobRun'],
    ['relaunch the stopped notebook instance ml-dev', 'sagemaker:StartNotebookInstance'],
    ['retrigger the state machine order-flow', 'stepfunctions:StartExecution'],
  ])('%s -> %s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a reading verb with the prefix of doing again runs the check again', () => {
    expect(top('re-scan the ecr image web:latest for vulnerabilities', 1)).toEqual(['ecr:StartImageScan']);
    expect(top('re-evaluate config rule s3-encrypted now', 1)).toEqual(['config:StartConfigRulesEvaluation']);
  });

  it('the prefix alone is no verb: re-encrypt is still ReEncrypt', () => {
    expect(top('re-encrypt this ciphertext under a new kms key', 1)).toEqual(['kms:ReEncrypt']);
  });

  it('again after a negation or with a verb of letting restores a state, it runs nothing', () => {
    expect(top('make sure the audit log group never expires again', 5)).toContain(
      'logs:DeleteRetentionPolicy',
    );
    expect(top('let changes flow into the beta stage of pipeline app-release again', 5)).toContain(
      'codepipeline:EnableStageTransition',
    );
  });

  it('a run done again is a new execution of it', () => {
    expect(top('kick off the codepipeline pipeline deploy-main again', 1)).toEqual([
      'codepipeline:StartPipelineExecution',
    ]);
    expect(top('run the sagemaker pipeline churn-model one more time', 1)).toEqual([
      'sagemaker:StartPipelineExecution',
    ]);
  });

  it('the typed verb of doing again keeps its own order (rerun retries a failed stage first)', () => {
    expect(top('rerun the failed build stage of pipeline app-release', 3)).toContain(
      'codepipeline:RetryStageExecution',
    );
  });

  it('redeploying makes a new deployment where the named stage already is', () => {
    expect(top('redeploy the staging stage of my rest api', 1)).toEqual(['apigateway:CreateDeployment']);
  });

  it('a stage typed after deploy is where the deployment goes (data/verb-nouns.ts places)', () => {
    expect(top('deploy stage qa of rest api x9y8z7w6v5', 1)).toEqual(['apigateway:CreateDeployment']);
    expect(top('create a stage named qa for my rest api', 1)).toEqual(['apigateway:CreateStage']);
  });

  it('without a word of doing again, creating stays first', () => {
    expect(top('create a glue crawler for the raw folder', 1)).toEqual(['glue:CreateCrawler']);
    expect(top('make a new sqs queue for orders', 1)).toEqual(['sqs:CreateQueue']);
  });

  it('a question with again in it still only reads', () => {
    const got = top('did the glue crawler fail again last night', 1);
    expect(got[0]).toMatch(/^glue:(Get|List|Describe)/);
  });
});

describe('growing what exists resizes or modifies it', () => {
  it.each([
    ['add more nodes to the redshift cluster warehouse', 'redshift:ResizeCluster'],
    ['add more read replicas to my elasticache redis group', 'elasticache:IncreaseReplicaCount'],
    ['add more storage to my rds instance orders-db', 'rds:ModifyDBInstance'],
    ['make the ebs volume vol-0abc1234def567890 bigger', 'ec2:ModifyVolume'],
    ['upsize the redshift cluster analytics to four nodes', 'redshift:ResizeCluster'],
  ])('%s -> %s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('going live starts what was prepared; a dlq is a queue', () => {
  it('going live with a broadcast starts its channel', () => {
    expect(top('go live with the broadcast pipeline for the product launch', 1)).toEqual([
      'medialive:StartChannel',
    ]);
  });

  it('emptying a dead-letter queue purges it', () => {
    expect(top('empty the orders-dlq', 1)).toEqual(['sqs:PurgeQueue']);
    expect(top('throw away every message in billing-dlq', 1)).toEqual(['sqs:PurgeQueue']);
  });

  it('rolling out a release is a deployment', () => {
    expect(top('roll out config version 7 with appconfig', 1)).toEqual(['appconfig:StartDeployment']);
  });
});
