// Issue 16, round 21 (data engineers and scientists asking in their own words): a request that
// ends asking to be told when it is over ("... and let me know when it finishes") asks nothing of
// AWS (report-back.ts, data/report-back-r21-data.ts); a snake_case name ("table web_logs") is a
// name as a kebab one is (kept-tokens.ts); after "status of" the words naming the thing hold no
// verb ("status of athena query abc", data/verb-as-noun-r21-data.ts); "get THE X" reads X, whatever
// a concept after it implies (light-verb.ts). Every entry has a reason
// and an example; the cases below are other wordings of the same kinds, on several services.

import { describe, expect, it } from 'vitest';
import { REPORT_BACK_TAILS } from '../../../src/search/data/report-back-r21-data.js';
import { LIGHT_UNLESS_BEFORE } from '../../../src/search/data/light-verbs-r21-data.js';
import { ATTRIBUTE_OF } from '../../../src/search/data/verb-as-noun-r21-data.js';
import { withoutReportBack } from '../../../src/search/report-back.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 21 data reading entries: every entry has a reason and finds its example first', () => {
  it.each(
    [...REPORT_BACK_TAILS, ATTRIBUTE_OF, ...Object.values(LIGHT_UNLESS_BEFORE)].map(
      (e) => [e.example[0], e] as const,
    ),
  )('%s', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });
});

describe('a report-back tail is cut, the request kept', () => {
  it.each([
    [
      'restore the table from the backup and let me know when it finishes',
      'restore the table from the backup',
    ],
    ["start the build, tell me when it's done", 'start the build'],
    ['kick off the step function and notify me when it completes', 'kick off the step function'],
    ["copy the snapshot to us-west-2 and ping me once it's ready", 'copy the snapshot to us-west-2'],
    ['run the glue job nightly-etl, let me know when the job is done', 'run the glue job nightly-etl'],
    ['start the codebuild project web-app, tell me when done', 'start the codebuild project web-app'],
  ])('%s', (query, request) => {
    expect(withoutReportBack(query)).toBe(request);
  });

  it.each([
    'notify me when a codebuild build fails',
    'let me know when my database runs low on free storage',
    'tell me when the cpu of web-1 goes over 90 percent',
    "let me know when it's done",
  ])('a real alert or nothing before it: %s', (query) => {
    expect(withoutReportBack(query)).toBe(query);
  });
});

describe('the task before a report-back tail is found, not an alarm', () => {
  it.each([
    ["start the codebuild project web-app and tell me when it's done", 'codebuild:StartBuild'],
    ['run the glue job nightly-etl, let me know when the job is done', 'glue:StartJobRun'],
    ["copy the ebs snapshot snap-0abc1234 to us-west-2 and ping me once it's ready", 'ec2:CopySnapshot'],
  ])('%s', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });

  it('a real alert still finds the notification rule', () => {
    expect(top('notify me when a codebuild build fails', 1)).toEqual([
      'codestar-notifications:CreateNotificationRule',
    ]);
  });
});

describe('a snake_case name after its kind is a name, not words', () => {
  it.each([
    ['list partitions of table web_logs in database analytics', 'glue:GetPartitions'],
    ['start crawler raw_events_crawler', 'glue:StartCrawler'],
    ['describe the crawler web_logs_crawler', 'glue:GetCrawler'],
  ])('%s', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });
});

describe('after "status of", a verb word names the thing', () => {
  it.each([
    ['status of the athena query abc', 'athena:GetQueryExecution'],
    ['progress of glue job run jr_0123abcd', 'glue:GetJobRun'],
    ['results of athena query 1234-abcd', 'athena:GetQueryResults'],
    ['status of dynamodb export 01234567-abcd', 'dynamodb:DescribeExport'],
    ['output of codebuild build myproj:12', 'codebuild:BatchGetBuilds'],
  ])('%s', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });
});

describe('"get" before a thing named as existing reads it; before a thing not had yet, the concept says what', () => {
  it.each([
    ['get the lifecycle rules of the backup bucket', 's3:GetBucketLifecycleConfiguration'],
    ['get the cors rules of bucket assets', 's3:GetBucketCors'],
    ["get my log group's retention", 'logs:DescribeLogGroups'],
    ['get a shell on my instance without ssh', 'ssm:StartSession'],
    ['get a terminal on the box', 'ssm:StartSession'],
  ])('%s', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });
});
