// Data: concepts (see concepts.ts) of the data and messaging group, round 7: names people give
// a service that the search read as another one ("msk connect" is not MSK itself) or product
// words that only one service uses (Athena's default workgroup is called primary).

import type { Concept } from './concepts.js';

export const R7_DATA_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['msk connect', 'kafka connect', 'kafka connector', 'kafka connectors'],
    terms: 'connector',
    services: ['kafkaconnect'],
    why: 'managed Kafka Connect (sinks and sources next to MSK) is its own service, kafkaconnect, not kafka (MSK)',
    example: ['delete the s3 sink connector in msk connect', 'kafkaconnect:DeleteConnector'],
  },
  {
    phrases: ['primary workgroup', 'workgroup primary', 'query result location', 'query output location'],
    services: ['athena'],
    why: 'primary is the default Athena workgroup, and the query result location is the S3 prefix Athena writes results to; people name both when they run SQL in Athena',
    example: ['run select * from logs.vpc limit 10 in the primary workgroup', 'athena:StartQueryExecution'],
  },
];
