// The person's sts:AssumeRole, by capture: what our credential resolver sends for a person
// (SourceIdentity, RoleSessionName, Tags, TransitiveTagKeys, Policy, PolicyArns) equals what the
// official @aws-sdk/client-sts sends for the same input, byte for byte in the body and header for
// header apart from the SDK's identity headers, the date and the signature. And whatever a token
// says, the session identity stays inside STS's limits (fast-check).

import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCredentialResolver, type AssumeRoleSession } from '../../src/execution/credentials.js';
import type { Principal } from '../../src/identity/principal.js';
import { sessionIdentity } from '../../src/policy/session-identity.js';
import { diffRequests, startCaptureServer, type CaptureServer } from '../helpers/capture.js';

const ROLE = 'arn:aws:iam::123456789012:role/mcp-dev';
const CREDENTIALS_XML =
  `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>` +
  `<AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/mcp-dev/s</Arn><AssumedRoleId>AROAX:s</AssumedRoleId></AssumedRoleUser>` +
  `<Credentials><AccessKeyId>ASIAPERSON</AccessKeyId><SecretAccessKey>person-secret</SecretAccessKey>` +
  `<SessionToken>person-token</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>` +
  `</AssumeRoleResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleResponse>`;

let sts: CaptureServer;
let saved: NodeJS.ProcessEnv;

beforeAll(async () => {
  sts = await startCaptureServer(() => ({
    status: 200,
    headers: { 'content-type': 'text/xml' },
    body: CREDENTIALS_XML,
  }));
});
afterAll(() => sts.close());
beforeEach(() => {
  saved = { ...process.env };
  for (const k of Object.keys(process.env)) if (k.startsWith('AWS_')) delete process.env[k];
  process.env.AWS_ACCESS_KEY_ID = 'AKIABASE';
  process.env.AWS_SECRET_ACCESS_KEY = 'base-secret';
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
});
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
});

const person: Principal = {
  source: 'oauth',
  issuer: 'https://idp.example.com/realms/team',
  subject: 'f3b1c2d4-0000-4000-8000-000000000001',
  email: 'Zoë O’Neil+ops@example.com',
  groups: ['developers', 'platform team/leads', 'ünïcode & more'],
  clientId: 'claude-desktop',
};

function sessionOf(p: Principal): AssumeRoleSession {
  const id = sessionIdentity(p);
  return {
    sourceIdentity: id.sourceIdentity,
    tags: id.tags,
    transitiveTagKeys: id.tags.map((t) => t.Key),
    policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":["s3:*"],"Resource":"*"}]}',
    policyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
  };
}

describe("a person's sts:AssumeRole", () => {
  it('equals what the official STS client sends for the same input', async () => {
    const session = sessionOf(person);
    const roleSessionName = sessionIdentity(person).roleSessionName;
    const ours = createCredentialResolver({
      roleArn: ROLE,
      roleSessionName,
      session,
      region: 'us-east-1',
      stsEndpointUrl: sts.url,
    });
    expect((await ours.resolve()).accessKeyId).toBe('ASIAPERSON');
    const official = new STSClient({
      region: 'us-east-1',
      endpoint: sts.url,
      credentials: { accessKeyId: 'AKIABASE', secretAccessKey: 'base-secret' },
    });
    await official.send(
      new AssumeRoleCommand({
        RoleArn: ROLE,
        RoleSessionName: roleSessionName,
        SourceIdentity: session.sourceIdentity,
        Tags: session.tags.map((t) => ({ ...t })),
        TransitiveTagKeys: [...session.transitiveTagKeys],
        Policy: session.policy,
        PolicyArns: session.policyArns.map((a) => ({ ...a })),
      }),
    );
    const [a, b] = sts.take();
    const params = new URLSearchParams(a!.body.toString());
    expect(params.get('SourceIdentity')).toBe(session.sourceIdentity);
    expect(params.get('Tags.member.1.Key')).toBe('mcp:sub');
    expect(params.get('PolicyArns.member.1.arn')).toBe('arn:aws:iam::aws:policy/ReadOnlyAccess');
    expect(a!.headers.authorization).toContain('Credential=AKIABASE/');
    // The date (and so the signature) is the only thing allowed to differ.
    const diffs = diffRequests(a!, b!).filter((d) => d.part !== 'header x-amz-date');
    expect(diffs).toEqual([]);
  });

  it('stays inside STS limits whatever the token says', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 400 });
    fc.assert(
      fc.property(
        text,
        text,
        fc.option(text),
        fc.array(text, { maxLength: 80 }),
        (sub, iss, email, groups) => {
          const id = sessionIdentity({
            source: 'oauth',
            subject: sub,
            issuer: iss,
            groups,
            ...(email !== null ? { email } : {}),
          });
          for (const name of [id.sourceIdentity, id.roleSessionName]) {
            expect(name).toMatch(/^[\w+=,.@-]{2,64}$/);
          }
          expect(id.tags.length).toBeLessThanOrEqual(50);
          expect(new Set(id.tags.map((t) => t.Key)).size).toBe(id.tags.length);
          for (const tag of id.tags) {
            expect(tag.Key).toMatch(/^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u);
            expect(tag.Value).toMatch(/^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u);
            expect(tag.Key.toLowerCase().startsWith('aws:')).toBe(false);
          }
        },
      ),
    );
  });
});
