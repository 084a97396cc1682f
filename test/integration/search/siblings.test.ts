// Choosing among the operations of one service (src/search/siblings.ts): the head noun's number
// picks the set or the one thing, and a container named after from/in/inside/within weighs less
// than the thing in it. Each case fails without its mechanism (SIBLINGS in ranking-params.ts).

import { describe, expect, it } from 'vitest';
import { CONTAINER_WORDS, MEMBERSHIP_ENDS } from '../../../src/search/data/container-words.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('the head noun in the plural asks for the set, in the singular for one', () => {
  it('plural: the List sibling beats the Get of one', () => {
    expect(top('which deployments are still running in codedeploy', 1)).toEqual([
      'codedeploy:ListDeployments',
    ]);
    expect(top('which users can log in to my aws transfer family server', 1)).toEqual(['transfer:ListUsers']);
  });

  it('a pasted s3 key is one object: DeleteObject, not DeleteObjects', () => {
    expect(top('delete s3://logs-archive/2023/app.log', 1)).toEqual(['s3:DeleteObject']);
  });

  it('only a twin spelt in the asked number makes the other number wrong (ec2, vpc-lattice)', () => {
    expect(top('get rid of the instance i-0123abcd4567ef890', 1)).toEqual(['ec2:TerminateInstances']);
    // `vpcs` is plural, ListServiceNetworkVpcAssociations spells `Vpc` and has no `Vpcs` twin
    expect(top('which vpcs are attached to my vpc lattice service network', 1)).toEqual([
      'vpc-lattice:ListServiceNetworkVpcAssociations',
    ]);
  });
});

describe('a container after from/in/inside/within and a determiner (data/container-words.ts)', () => {
  it.each(Object.entries(CONTAINER_WORDS))('%s: its example finds its operation first', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });

  it('the thing acted on, not its table', () => {
    expect(top('delete the order with id 7 from the Orders table', 1)).toEqual(['dynamodb:DeleteItem']);
  });

  it('without a determiner the words name a service, not a container', () => {
    expect(top('which keys in parameter store mention postgres', 1)).toEqual(['ssm:DescribeParameters']);
  });
});

describe('what one thing belongs to: "which groups is user ana in" (MEMBERSHIP_ENDS)', () => {
  it.each(Object.entries(MEMBERSHIP_ENDS))('%s: its example finds its operation first', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });
});
