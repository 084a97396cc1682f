// STS's part in tests of per-person roles: the server's sts:AssumeRole requests land on a capture
// server (capture.ts) and get a well-formed AssumeRoleResponse whose credentials are derived from
// the role asked for, so a test can tell, from the Authorization header of a later AWS request,
// which role signed it (`assumedKeys(roleArn).accessKeyId` in its Credential).

import {
  startCaptureServer,
  type CannedResponse,
  type CaptureServer,
  type CapturedRequest,
} from './capture.js';

export interface AssumedKeys {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
}

/** The credentials the stand-in hands out for a role: `ASIA` + the role's name, upper-cased. */
export function assumedKeys(roleArn: string): AssumedKeys {
  const name = roleArn.slice(roleArn.lastIndexOf('/') + 1);
  return {
    accessKeyId: `ASIA${name.toUpperCase().replace(/[^A-Z0-9]/g, '')}`,
    secretAccessKey: `${name}-secret`,
    sessionToken: `${name}-token`,
  };
}

export const isAssumeRole = (req: CapturedRequest): boolean =>
  req.body.toString().includes('Action=AssumeRole');

/** The RoleArn an sts:AssumeRole request asks for. */
export const roleAsked = (req: CapturedRequest): string =>
  new URLSearchParams(req.body.toString()).get('RoleArn') ?? '';

/** STS's answer to an sts:AssumeRole request, with `requestId` as its request id. */
export function assumeRoleAnswer(req: CapturedRequest, requestId = 'sts-req-1'): CannedResponse {
  const roleArn = roleAsked(req);
  const name = roleArn.slice(roleArn.lastIndexOf('/') + 1);
  const keys = assumedKeys(roleArn);
  const body =
    `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>` +
    `<AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/${name}/s</Arn><AssumedRoleId>AROAX:s</AssumedRoleId></AssumedRoleUser>` +
    `<Credentials><AccessKeyId>${keys.accessKeyId}</AccessKeyId><SecretAccessKey>${keys.secretAccessKey}</SecretAccessKey>` +
    `<SessionToken>${keys.sessionToken}</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>` +
    `</AssumeRoleResult><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></AssumeRoleResponse>`;
  return { status: 200, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body };
}

/** A capture server that answers only sts:AssumeRole (anything else is a 400). */
export function startStsStandIn(): Promise<CaptureServer> {
  return startCaptureServer((req) => (isAssumeRole(req) ? assumeRoleAnswer(req) : { status: 400 }));
}
