// A kebab token right before the kind it names ("the price-check canary", "the high-cpu alarm")
// or closing the phrase right after the verb acting on it ("mute cpu-high while ...") is a name
// the user gave (src/search/kebab-names.ts, data/names-r18b-hyphen.ts): its parts give the
// request no verb ("check") and match no task's asked words ("cpu is high" -> PutMetricAlarm).

import { describe, expect, it } from 'vitest';
import { KEBAB_NAMES_R18B } from '../../../src/search/data/names-r18b-hyphen.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('kebab names before their kind or after their verb (data/names-r18b-hyphen.ts)', () => {
  it('the entry has a reason and its example finds its operation', () => {
    expect(KEBAB_NAMES_R18B.why.length).toBeGreaterThan(10);
    expect(top(KEBAB_NAMES_R18B.example[0], 5)).toContain(KEBAB_NAMES_R18B.example[1]);
  });

  it('an alarm named after the condition it watches is acted on, not made', () => {
    expect(top('turn the alarms back on for the high-cpu alarm', 1)).toEqual([
      'cloudwatch:EnableAlarmActions',
    ]);
    expect(top('unmute the high-cpu alarm', 1)).toEqual(['cloudwatch:EnableAlarmActions']);
    expect(top('silence the low-disk alarm for an hour', 1)).toEqual(['cloudwatch:DisableAlarmActions']);
    expect(top('mute the mem-high alarm for the night', 1)).toEqual(['cloudwatch:DisableAlarmActions']);
  });

  it('a name closing the phrase after its verb matches no asked words', () => {
    expect(top('mute cpu-high while the nodes get patched', 3)).not.toContain('cloudwatch:PutMetricAlarm');
  });

  it("a canary's name gives no verb: the verb typed does", () => {
    expect(top('delete the stock-check canary', 1)).toEqual(['synthetics:DeleteCanary']);
    expect(top('show the last runs of the price-check canary', 1)).toEqual(['synthetics:GetCanaryRuns']);
    expect(top('start the login-check canary again', 1)).toEqual(['synthetics:StartCanary']);
  });

  it('names before other kinds across services', () => {
    expect(top('stop the invoice-parser notebook', 1)).toEqual(['sagemaker:StopNotebookInstance']);
    expect(top('publish a new version of the image-resize layer', 1)).toEqual(['lambda:PublishLayerVersion']);
    expect(top('describe the fraud-signals endpoint', 1)).toEqual(['sagemaker:DescribeEndpoint']);
  });

  it('kebab terms, kind-ended names and duties stay words', () => {
    expect(top('rotate access-keys for bob', 3)).toContain('iam:CreateAccessKey');
    expect(top('create read-replica of prod', 1)).toEqual(['rds:CreateDBInstanceReadReplica']);
    expect(top('bump web-asg to 6 instances', 2)).toContain('autoscaling:SetDesiredCapacity');
    expect(top('describe the high-memory instance type', 1)).toEqual(['ec2:DescribeInstanceTypes']);
    expect(top('who can assume the ci-admin role', 1)).toEqual(['iam:GetRole']);
  });
});
