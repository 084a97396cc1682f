// Data: the measure a "how <measure>" question asks for frames the thing measured, as a question
// word does (src/search/head-frames.ts, data/head-frames-r12.ts): in "how long has the emr
// cluster been up" the thing asked about is the cluster (DescribeCluster), not "long". Each entry
// says why and gives a query that a test checks.

import type { Reasoned } from './reasoned.js';

export const HOW_FRAMES: Reasoned & { readonly measures: ReadonlySet<string> } = {
  why:
    'after "how", a measure word (long, old, big, often) asks for a measure of the thing named ' +
    'next: that thing is the head noun whose own read holds its age, size or schedule',
  example: ['how old is the prod database snapshot', 'rds:DescribeDBSnapshots'],
  measures: new Set(['long', 'old', 'big', 'large', 'far', 'often', 'soon', 'full', 'close', 'fast', 'slow']),
};
