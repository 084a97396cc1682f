// Issue 16, round 8: what identifiers and names in a query say about the service. Every entry of
// the name, snippet, newer-API and id-context tables carries a reason and an example that must
// find its operation in the top five; each mechanism has a case here that fails without it.

import { describe, expect, it } from 'vitest';
import {
  COMPOUND_FIRST_WORDS,
  CROSS_SERVICE_APIS,
  DESTINATION,
  ID_BESIDE_NAMED,
  ID_SUFFIX,
  NUMBERED_THING,
} from '../../../src/search/data/id-context.js';
import { NAME_PATTERNS } from '../../../src/search/data/name-ids.js';
import { NEWER_APIS } from '../../../src/search/data/service-versions.js';
import { SNIPPET_PATTERNS } from '../../../src/search/data/snippet-ids.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

const entries = [
  ['ID_SUFFIX', ID_SUFFIX],
  ['CROSS_SERVICE_APIS', CROSS_SERVICE_APIS],
  ['DESTINATION', DESTINATION],
  ['ID_BESIDE_NAMED', ID_BESIDE_NAMED],
  ['COMPOUND_FIRST_WORDS', COMPOUND_FIRST_WORDS],
  ['NUMBERED_THING', NUMBERED_THING],
  ...NAME_PATTERNS.map((p) => [String(p.pattern), p] as const),
  ...SNIPPET_PATTERNS.map((p) => [String(p.pattern), p] as const),
  ...Object.entries(NEWER_APIS),
] as const;

describe('round-8 identifier data: each example finds its operation', () => {
  it.each(entries)('%s', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

describe('id suffixes people paste (ID_SUFFIX)', () => {
  it('accepts 12 hex digits and short hand-written ids after a word-like prefix', () => {
    expect(top('detach igw-0a1b2c3d4e5f from its vpc', 1)).toEqual(['ec2:DetachInternetGateway']);
    expect(top('delete subnet-0fw11aa', 5)).toContain('ec2:DeleteSubnet');
  });

  it('a word after a prefix is not an id', () => {
    expect(top('create a nat-gateway', 1)).toEqual(['ec2:CreateNatGateway']);
  });
});

describe('what several ids and the words around them say (data/id-context.ts)', () => {
  it('ARNs of two services name the cross-service API; one service keeps its own', () => {
    const arns = 'arn:aws:sqs:us-east-1:123456789012:jobs and arn:aws:sns:us-east-1:123456789012:alerts';
    expect(top(`tag ${arns} with cost-center=4410 in one call`, 1)).toEqual([
      'resourcegroupstaggingapi:TagResources',
    ]);
    expect(top('tag arn:aws:sqs:us-east-1:123456789012:jobs with team=data', 1)).toEqual(['sqs:TagQueue']);
    const subscribe =
      'subscribe arn:aws:sqs:us-east-1:123456789012:jobs to arn:aws:sns:us-east-1:123456789012:a';
    expect(top(subscribe, 1)).toEqual(['sns:Subscribe']);
  });

  it('an S3 URI after to/into is only where the output goes; elsewhere it is the subject', () => {
    const sbom = top('export an sbom of all our ecr images to s3://sec-artifacts/sbom/', 5);
    expect(sbom.filter((op) => op.startsWith('s3:'))).toEqual([]);
    expect(top('copy s3://a/x.csv to s3://b/x.csv', 1)).toEqual(['s3:CopyObject']);
    expect(top('delete s3://tmp-bucket/old/file.txt', 5)).toContain('s3:DeleteObject');
  });
});

describe('names that are not AWS ids (data/name-ids.ts)', () => {
  it('words near a domain choose registration or DNS, and only near it', () => {
    expect(top('renew example.org for another year', 1)).toEqual(['route53domains:RenewDomain']);
    expect(top('transfer example.org to my account', 1)).toEqual(['route53domains:TransferDomain']);
    expect(top('resolve api.example.com', 1)).toEqual(['route53:ChangeResourceRecordSets']);
    expect(top('renew the expiring certificate for shop.example.com', 1)).toEqual(['acm:RenewCertificate']);
  });

  it("a domain's telling labels stay words; www and the TLD do not", () => {
    expect(top('trust token.actions.githubusercontent.com so workflows can deploy', 1)).toEqual([
      'iam:CreateOpenIDConnectProvider',
    ]);
    expect(top('label the acm certificate for www.example.com with team=web', 5)).toContain(
      'acm:AddTagsToCertificate',
    );
  });
});

describe('snippets and newer APIs', () => {
  it('a query of common words around a snippet still searches', () => {
    expect(top('is User::"alice" allowed Action::"view"', 1)).toEqual(['verifiedpermissions:IsAuthorized']);
  });

  it('a bare (word) is an aside, not an openCypher node', () => {
    expect(top('create a bucket (optional) with versioning', 5).some((op) => op.startsWith('neptune'))).toBe(
      false,
    );
  });

  it('naming the old API names the newer one as strongly', () => {
    expect(top('create a contact list in ses', 1)).toEqual(['sesv2:CreateContactList']);
  });
});

describe('knowledge bases: built with bedrock-agent, asked through the runtime', () => {
  it('resync and configure are the control plane; ask is the runtime', () => {
    expect(top('resync my bedrock knowledge base after adding documents to s3', 1)).toEqual([
      'bedrock-agent:StartIngestionJob',
    ]);
    expect(top('configure the data source of my knowledge base', 1)).toEqual([
      'bedrock-agent:UpdateDataSource',
    ]);
    expect(top('ask my bedrock knowledge base what our refund policy is', 2)).toContain(
      'bedrock-agent-runtime:RetrieveAndGenerate',
    );
  });
});

describe('access key ids (resource-ids.ts AKIA/ASIA)', () => {
  it('asked whose it is: sts:GetAccessKeyInfo; acted on: iam', () => {
    expect(top('AKIAIOSFODNN7EXAMPLE leaked on github, what account is it from', 1)).toEqual([
      'sts:GetAccessKeyInfo',
    ]);
    expect(top('deactivate AKIAIOSFODNN7EXAMPLE', 1)).toEqual(['iam:UpdateAccessKey']);
  });
});

describe('an id beside a product the words name (id-context.ts ID_BESIDE_NAMED)', () => {
  it('the named product acts on the id: its operations come before the id service own', () => {
    const arn = 'arn:aws:dynamodb:eu-west-1:210987654321:table/Orders';
    const ops = top(`take an on-demand backup of ${arn} through AWS Backup into vault nightly`, 5);
    expect(ops[0]).toBe('backup:StartBackupJob');
    expect(ops.indexOf('dynamodb:CreateBackup')).not.toBe(0);
  });
});

describe('hyphenated words: English compounds stay words, numbered things say their kind', () => {
  it('an over- compound after a noun is read, not dropped as a name', () => {
    expect(top('are any of our ec2 instances over-provisioned', 1)).toEqual([
      'compute-optimizer:GetEC2InstanceRecommendations',
    ]);
  });

  it('a numbered thing keeps its kind word', () => {
    expect(top('where is van-12 right now', 5)).toContain('location:GetDevicePosition');
  });
});

describe('a query-language snippet pasted with no verb (data/snippet-ids.ts runs)', () => {
  it('is there to be run; a typed verb or a question keeps its own task', () => {
    expect(top("g.V().hasLabel('account').count() on our neptune cluster", 1)).toEqual([
      'neptunedata:ExecuteGremlinQuery',
    ]);
    expect(top("cancel g.V().hasLabel('person') on neptune", 1)).toEqual(['neptunedata:CancelGremlinQuery']);
    expect(top('is g.V().count() still running on neptune-prod?', 1)).toEqual([
      'neptunedata:GetGremlinQueryStatus',
    ]);
  });
});
