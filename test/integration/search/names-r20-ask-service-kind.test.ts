// A kebab token before a service's name and the kind of thing ("the logs-search opensearch
// domain", "the orders-kafka msk cluster") is the thing's name (src/search/kebab-names.ts): its
// parts ("logs", "search", "kafka") name no service and give no words to the task.

import { describe, expect, it } from 'vitest';
import { isResourceName } from '../../../src/search/kept-tokens.js';
import { useBundleIndexData } from './search-fixture.js';

const { top, indexData } = useBundleIndexData();

const named = (q: string, token: string): boolean => {
  const raw = q.split(/\s+/);
  return isResourceName(indexData(), raw, raw.indexOf(token));
};

describe('a kebab name before the service and kind it names', () => {
  it('is a name across services, whatever its parts', () => {
    expect(named('what engine version is the logs-search opensearch domain running?', 'logs-search')).toBe(
      true,
    );
    expect(named('connect to the orders-kafka msk cluster', 'orders-kafka')).toBe(true);
    expect(named('what changed on the prod-db rds instance last week', 'prod-db')).toBe(true);
  });

  it('kebab adjectives before a service and kind stay words', () => {
    expect(named('list the on-demand ec2 instances', 'on-demand')).toBe(false);
    expect(named('who can assume the cross-account iam role', 'cross-account')).toBe(false);
    expect(named('purge the dead-letter sqs queue', 'dead-letter')).toBe(false);
  });

  it("the name's parts lend no service", () => {
    expect(top('what engine version is the logs-search opensearch domain running?', 1)).toEqual([
      'opensearch:DescribeDomain',
    ]);
    // its history: config's record of it or the trail's, not the database words of "prod-db"
    expect(['config:GetResourceConfigHistory', 'cloudtrail:LookupEvents']).toContain(
      top('what changed on the prod-db rds instance last week', 1)[0],
    );
  });
});
