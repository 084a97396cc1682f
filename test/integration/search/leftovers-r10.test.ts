// Issue 16, round 10 leftovers: account scope (data/concepts-r10-scope.ts) and a change of value
// (data/value-change.ts, src/search/value-change.ts). Every entry has a reason and an example
// that must find its operation in the top five; the cases below are other queries of the same
// kinds, across services.

import { describe, expect, it } from 'vitest';
import { VALUE_CHANGE, VALUE_MARKERS, VALUE_SHAPES } from '../../../src/search/data/value-change.js';
import { movesValue } from '../../../src/search/value-change.js';
import { FILE_KINDS } from '../../../src/search/data/file-kinds.js';
import { R10_VERBS } from '../../../src/search/data/verbs-r10.js';
import { VERB_SYNONYMS } from '../../../src/search/data/verbs.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 10 leftovers data: every entry has a reason and a passing example', () => {
  it.each([VALUE_CHANGE, ...VALUE_SHAPES, ...Object.values(VALUE_MARKERS)])('$example', (entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

describe('account scope says where, not which service', () => {
  it.each([
    ['list every account in the organization', 'organizations:ListAccounts'],
    ['enable macie for the whole organization', 'macie2:EnableOrganizationAdminAccount'],
  ])('%s -> %s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a template deployed to every account is still a stack set', () => {
    expect(top('deploy this stack to every account in the org', 5)).toContain(
      'cloudformation:CreateStackInstances',
    );
  });
});

describe('a new value for a thing modifies it', () => {
  it.each([
    ['make the ec2 instance an m5.xlarge instead of t3.large', 'ec2:ModifyInstanceAttribute'],
    ['the rds database from db.t3.medium to db.r5.large', 'rds:ModifyDBInstance'],
    ['the dynamodb table should have 100 write capacity instead of 20', 'dynamodb:UpdateTable'],
    ['take the ebs volume from 100 GB to 500 GB', 'ec2:ModifyVolume'],
  ])('%s -> %s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a verb of its own sense keeps it', () => {
    expect(top('launch a t3.large instead of t3.micro', 1)).toEqual(['ec2:RunInstances']);
    expect(top('copy the snapshot to us-west-2', 5)).toContain('ec2:CopySnapshot');
  });

  it('reads only values: regions, addresses and dates are places and times', () => {
    expect(movesValue(['to', 'us-west-2'])).toBe(false);
    expect(movesValue(['to', '10.0.0.5'])).toBe(false);
    expect(movesValue(['to', '2024-05-01'])).toBe(false);
    expect(movesValue(['to', '8gb'])).toBe(true);
    expect(movesValue(['instead', 'of', 'cache.r6g.large.'])).toBe(true);
  });
});

describe('a file asked for its contents names the service that reads that kind of content', () => {
  it.each(FILE_KINDS)('$extensions.0: $example', (kind) => {
    expect(kind.why.length).toBeGreaterThan(10);
    expect(top(kind.example[0], 5)).toContain(kind.example[1]);
  });

  it.each([
    ['turn s3://interviews/ceo-chat.m4a into text', 'transcribe:StartTranscriptionJob'],
    ['find the faces in s3://photos/team-offsite.jpg', 'rekognition:DetectFaces'],
    ['pull the tables out of s3://fin/q3-report.pdf', 'textract:StartDocumentAnalysis'],
  ])('%s -> %s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a verb on the file itself, or no word for its contents, keeps it an S3 object', () => {
    expect(top('delete the text file s3://a/notes-on-speech.mp3', 1)).toEqual(['s3:DeleteObject']);
    expect(top('download s3://media/podcast-ep3.mp3', 1)).toEqual(['s3:GetObject']);
  });
});

describe('plain verbs of starting and stopping (data/verbs-r10.ts)', () => {
  it.each(Object.entries(R10_VERBS))('verb %s', (verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(VERB_SYNONYMS[verb]).toEqual(entry.weights);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });

  it('begin reads as start where AWS says Start', () => {
    expect(top('begin an execution of the order state machine', 1)).toEqual(['stepfunctions:StartExecution']);
    expect(top('begin a codebuild build for the api project', 1)).toEqual(['codebuild:StartBuild']);
  });
});
