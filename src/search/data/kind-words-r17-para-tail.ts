// Data: kind words (see kind-words-r16.ts) of round 17, paraphrases of services outside the
// best-known twenty: the word people use for the main thing of a service whose model names it
// otherwise. In Parallel Computing Service the Slurm scheduler is the cluster; in Forecast the model
// trained on past demand is a predictor; WAF rules kept the same in every account of an
// organization are a Firewall Manager policy; the state a pump enters from its sensor readings is
// an IoT Events detector's (its "alarm" is left alone: acknowledging one is iotevents-data's). Checked by test/integration/search/kind-words-r16.test.ts.

import type { KindReading } from './kind-words-r16.js';

export const KIND_READINGS_R17_PARA_TAIL: readonly KindReading[] = [
  {
    service: 'pcs',
    signals: ['slurm', 'hpc', 'parallel computing service'],
    kinds: ['scheduler', 'controller', 'setup', 'environment'],
    terms: 'cluster',
    why: 'a Slurm scheduler (its controller) and the HPC setup around it are one PCS cluster; queues and node groups are parts of it',
    example: ['spin up a slurm controller for the genomics lab', 'pcs:CreateCluster'],
  },
  {
    service: 'forecast',
    signals: ['demand', 'sku', 'skus', 'sales forecast', 'amazon forecast'],
    kinds: ['model', 'models'],
    terms: 'predictor',
    why: 'a model trained on past demand or sales to forecast it is a Forecast predictor',
    example: ['retrain the demand model on this year of orders', 'forecast:CreatePredictor'],
  },
  {
    service: 'fms',
    signals: [
      'every account',
      'all accounts',
      'all our accounts',
      'all of our accounts',
      'across accounts',
      'across the org',
      'across our org',
      'org-wide',
      'organization-wide',
      'whole org',
      'whole organization',
    ],
    kinds: ['waf', 'firewall'],
    terms: 'policy',
    why: 'firewall rules applied alike in every account of an organization are a Firewall Manager policy, not one web ACL',
    example: ['roll the same waf rules out to all our accounts', 'fms:PutPolicy'],
  },
  {
    service: 'iotevents',
    signals: [
      'sensor readings',
      'sensor reading',
      'pump',
      'pumps',
      'boiler',
      'vibration',
      'pressure',
      'conveyor',
    ],
    kinds: ['state', 'states'],
    terms: 'detector model alarm model',
    why: 'a state or an alarm that equipment enters from its sensor readings is an IoT Events detector or alarm model, not the state of a CloudWatch alarm',
    example: [
      'move each pump into a fault state when its vibration stays high',
      'iotevents:CreateDetectorModel',
    ],
  },
];
