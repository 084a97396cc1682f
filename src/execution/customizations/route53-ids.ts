// Route 53 returns ids as `/hostedzone/Z123`, `/change/C1`, `/delegationset/N1` but takes the
// bare id in URIs and bodies; the official clients strip the prefix so output ids can be
// passed straight back (middleware-sdk-route53).

import type { Customization } from './types.js';

const PREFIX = /^\/(hostedzone|change|delegationset)\//;
const ID_MEMBERS = ['DelegationSetId', 'HostedZoneId', 'Id'];

function strip(v: unknown): unknown {
  return typeof v === 'string' ? v.replace(PREFIX, '') : v;
}

export const route53Ids: Customization = {
  namespaces: ['com.amazonaws.route53'],
  reason: 'Route 53 ids come back prefixed (/hostedzone/...) but must be sent bare',
  prepareInput(input, ctx) {
    const out = { ...input };
    for (const name of ID_MEMBERS) if (out[name] !== undefined) out[name] = strip(out[name]);
    if (ctx.op.name !== 'ChangeResourceRecordSets') return out;
    const batch = out.ChangeBatch as { Changes?: Array<Record<string, unknown>> } | undefined;
    if (!batch?.Changes) return out;
    const Changes = batch.Changes.map((change) => {
      const set = change.ResourceRecordSet as { AliasTarget?: { HostedZoneId?: string } } | undefined;
      if (!set?.AliasTarget?.HostedZoneId) return change;
      return {
        ...change,
        ResourceRecordSet: {
          ...set,
          AliasTarget: { ...set.AliasTarget, HostedZoneId: strip(set.AliasTarget.HostedZoneId) },
        },
      };
    });
    return { ...out, ChangeBatch: { ...batch, Changes } };
  },
};
