// Round 17's role words (data/managed-by-r17-cross.ts, data/managed-by-r17-cross-watch.ts): a
// request naming one service's thing whose operation belongs to the service that limits, scales,
// backs up, scans, records, watches or notifies about it; and the neighbours each entry must
// leave to the named service.

import { describe, expect, it } from 'vitest';
import { MANAGED_BY_R17 } from '../../../src/search/data/managed-by-r17-cross.js';
import { MANAGED_BY_R17_FIRST } from '../../../src/search/data/managed-by-r17-cross-watch.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round-17 managers (data/managed-by-r17-cross*.ts)', () => {
  it.each(
    [...MANAGED_BY_R17_FIRST, ...MANAGED_BY_R17].map((e) => [e.example[0], e.example[1], e.why] as const),
  )('%s finds %s in the top 5', (query, op, why) => {
    expect(why.length).toBeGreaterThan(10);
    expect(top(query, 5)).toContain(op);
  });

  it('the manager answers, the thing named is the context', () => {
    // "did someone" and an act asks who did it (history.ts), before the vault's backup entry
    expect(top('did someone delete the backup vault', 1)).toEqual(['cloudtrail:LookupEvents']);
    expect(top('did anyone open port 22 on the bastion security group', 1)).toEqual([
      'cloudtrail:LookupEvents',
    ]);
    expect(top('would the ci user be allowed to terminate ec2 instances', 1)).toEqual([
      'iam:SimulatePrincipalPolicy',
    ]);
    // the request's verb ("put") is what the simulator checks, not a change to make
    expect(top("can the lambda function's execution role put objects in the uploads bucket", 1)).toEqual([
      'iam:SimulatePrincipalPolicy',
    ]);
    // "get notified" sets a notice up: the rule is made, not read
    expect(top('get notified whenever a cloudformation stack deletion fails', 1)).toEqual(['events:PutRule']);
    // the request's verb is what the manager does on a timetable or sets up, not done now
    expect(top('stop the dev rds database every evening', 1)).toEqual(['scheduler:CreateSchedule']);
    expect(top('check all s3 buckets for versioning and report the ones without it', 1)).toEqual([
      'config:PutConfigRule',
    ]);
    expect(top('set up rotation of the aurora database password', 1)).toEqual([
      'secretsmanager:RotateSecret',
    ]);
    // capacity that follows load: the scaling policy is the head, not the service's own one-off change
    expect(top('add neptune read replicas automatically as load grows', 1)[0]).toMatch(
      /^application-autoscaling:/,
    );
    expect(top('how near are we to the maximum number of vpcs per region', 1)[0]).toMatch(/^service-quotas:/);
  });

  it('leaves the named service its own work', () => {
    // a service that reads its own limits answers them
    expect(top('how close are we to the iam role limit?', 3)).toContain('iam:GetAccountSummary');
    // a script run on many hosts without ssh is Run Command, not a session
    expect(top('run a shell script on fifty servers at once without ssh', 1)).toEqual(['ssm:SendCommand']);
    // one named secret's reach is its own resource policy
    expect(top('who has access to this secret from other accounts?', 1)).toEqual([
      'secretsmanager:GetResourcePolicy',
    ]);
    // a database's automated backups are its own setting
    expect(top('does the orders rds database keep automated backups for 35 days', 5)).toContain(
      'rds:DescribeDBInstances',
    );
    // scaling a group back up in the morning is not a backup
    expect(top('shrink the group to zero every night at 8pm and back up at 7am', 1)).toEqual([
      'autoscaling:PutScheduledUpdateGroupAction',
    ]);
  });
});
