// Data: words that name a measure over time ("the cpu", "latency", "throughput"). "What has X
// looked like" asks how a resource was configured (AWS Config's history) unless what looked some
// way is one of these: then it is the metric's history, which CloudWatch keeps. Read by the
// managed-by entries (src/search/managed-by.ts): the Config history one's `unless`
// (data/managed-by-r16-services-more.ts), the CloudWatch metric one's `also` and phrases
// (data/managed-by-r17-cross-watch.ts).

import type { Reasoned } from './reasoned.js';

export const METRIC_SHAPES: Reasoned & {
  readonly stems: readonly string[];
  readonly phrases: readonly string[];
} = {
  /** How a measure was over a time, said of the measure (matched on stems). */
  phrases: ['looked like', 'look like', 'been like', 'trend', 'trended'],
  /** Stems (text.ts stem) of the measures. */
  stems: [
    'cpu',
    'memory',
    'latency',
    'throughput',
    'iop',
    'utilizat',
    'invocat',
    'traffic',
    'bandwidth',
    'metric',
  ],
  why: 'how a measure looked over a time is its metric history (CloudWatch), not the configuration history of the resource it measures',
  example: [
    'what has the cpu on i-0123456789abcdef0 looked like over the past day?',
    'cloudwatch:GetMetricStatistics',
  ],
};
