// Round-16 "kinds": an everyday kind word (box, pool, folder, drive) reads as the resource it
// names in the service another word of the query points at (data/kind-words-r16.ts,
// kind-words.ts); without such a word it keeps its everyday meaning.

import { describe, expect, it } from 'vitest';
import { ALL_KIND_READINGS, kindReadings } from '../../../src/search/kind-words.js';
import { stem, words } from '../../../src/search/text.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();
const stems = (q: string): string[] => words(q).map(stem);

describe('kind words read in their service (data/kind-words-r16*.ts)', () => {
  it.each(ALL_KIND_READINGS.map((r) => [r.service, r] as const))('%s', (_, r) => {
    expect(r.why.length).toBeGreaterThan(10);
    const read = [...kindReadings(stems(r.example[0])).readings.values()];
    expect(read.some((e) => e.services?.includes(r.service))).toBe(true);
    expect(top(r.example[0], 5)).toContain(r.example[1]);
  });

  it('a signal word names the service, the kind word is read there', () => {
    expect(top('bounce the rabbitmq box', 1)).toEqual(['mq:RebootBroker']);
    expect(top('create an org folder for the staging accounts', 1)).toEqual([
      'organizations:CreateOrganizationalUnit',
    ]);
  });

  it('without a signal the kind word keeps its everyday meaning', () => {
    expect(kindReadings(stems('reboot the box')).readings.size).toBe(0);
    expect(top('reboot the box', 1)).toEqual(['ec2:RebootInstances']);
  });

  it('a sibling product named rules the reading out', () => {
    expect(kindReadings(stems('serverless spark without a cluster')).readings.size).toBe(0);
    expect([...kindReadings(stems('the classic load balancer backend')).readings.values()]).toEqual([
      { terms: 'instance', services: ['elb'] },
    ]);
    expect(kindReadings(stems('the spot fleet of web workers')).readings.size).toBe(0);
  });

  it("a signal qualifies a thing that exists: its phrase's verb yields to the typed one", () => {
    expect(top('tear down the hadoop cluster', 1)).toEqual(['emr:TerminateJobFlows']);
    expect(top('put the airflow box on a bigger size', 1)).toEqual(['mwaa:UpdateEnvironment']);
    // no verb typed: the phrase's verb is still the request
    expect(top('i need an airflow box for the data team', 1)).toEqual(['mwaa:CreateEnvironment']);
  });
});
