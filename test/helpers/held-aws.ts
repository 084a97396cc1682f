// An AWS stand-in that holds each request until the test lets it go: a call that is "slow" for as
// long as the test needs, with no clock involved. Answers sts:GetCallerIdentity (Query/XML).

import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const IDENTITY_XML =
  '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>' +
  '<Arn>arn:aws:iam::123456789012:user/x</Arn><UserId>AIDA</UserId><Account>123456789012</Account>' +
  '</GetCallerIdentityResult><ResponseMetadata><RequestId>held-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>';

export interface HeldAws {
  readonly url: string;
  /** Headers of every request received, in order. */
  readonly received: Readonly<Record<string, string | string[] | undefined>>[];
  /** Resolves when the n-th request (1-based) has arrived. */
  arrived(n: number): Promise<void>;
  /** Answers every held request (and those that come later at once). */
  release(): void;
  close(): Promise<void>;
}

export async function startHeldAws(): Promise<HeldAws> {
  const held: ServerResponse[] = [];
  const received: HeldAws['received'][number][] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  let released = false;
  const answer = (res: ServerResponse): void =>
    void res.writeHead(200, { 'content-type': 'text/xml' }).end(IDENTITY_XML);
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received.push(req.headers);
      for (const w of waiters.filter((w) => received.length >= w.n)) w.resolve();
      if (released) answer(res);
      else held.push(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    arrived: (n) =>
      received.length >= n ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve })),
    release: () => {
      released = true;
      held.splice(0).forEach(answer);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
