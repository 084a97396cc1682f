// The static catastrophic-backtracking check: rejects nested and ambiguous repetition, accepts the
// patterns policies are made of.

import { describe, expect, it } from 'vitest';
import { regexRisk } from '../../../src/policy/regex-safety.js';

describe('regexRisk', () => {
  it.each([
    '^s3:Get.*',
    '^lambda:List.*',
    '^Delete.*',
    '^iam:.*',
    '^(s3|lambda):(Get|List).*$',
    '^ec2:(Describe)?Instances$',
    '^[a-z0-9-]+:Get[A-Za-z]*$',
    '^s3:(?:Get|Head)Object$',
    '^s3:.*Bucket.*Policy.*$',
    '^.*a?b.*$',
    '\\(a+\\)',
    '^[(]a+[)]$',
  ])('accepts %s', (p) => {
    expect(regexRisk(p)).toBeUndefined();
  });

  it.each([
    '(a+)+',
    '(a*)*',
    '(a|a)*',
    '(a|aa)+$',
    '((ab)*c)+',
    '(?:\\w+\\.)*x',
    '(Get|List){2,}',
    '(a+){3}',
    '(?<n>a)\\k<n>',
    '(a)\\1',
    '.*.*x',
    'a+b+',
    '.*.*.*.*.*.*.*x',
    '\\w*(.*)x',
    '.*a?.+x',
    '^a.*b.*c.*d.*e$',
    'x'.repeat(201),
  ])('rejects %s', (p) => {
    expect(regexRisk(p)).toBeDefined();
  });
});
