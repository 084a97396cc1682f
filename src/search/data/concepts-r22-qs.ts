// Data: concepts (see concepts.ts) for issue 16 round 22, questions about the state of things
// engineers ask each other, in the words they use for the things: the warehouse is the Redshift
// cluster ("is the analytics warehouse paused"), the search domain an OpenSearch domain ("the
// logs search domain"). Without them the word before ("analytics", "logs"), a name the team
// gave the thing, was read as the only thing named (S3 analytics configurations, CloudWatch Logs).

import type { Concept } from './concepts.js';

export const R22_QS_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'the warehouse',
      'our warehouse',
      'analytics warehouse',
      'reporting warehouse',
      'warehouse cluster',
      'dwh',
    ],
    terms: 'cluster',
    services: ['redshift'],
    // not a bare "warehouse": "the drive between two warehouses" is goods, "our serverless
    // warehouse" a Redshift Serverless workgroup
    why: 'a team calls its Redshift cluster "the warehouse": a provisioned data warehouse is a Redshift cluster',
    example: ['is the analytics warehouse paused right now', 'redshift:DescribeClusters'],
  },
  {
    phrases: ['search domain', 'search domains', 'elasticsearch domain', 'elastic search domain'],
    terms: 'domain',
    services: ['opensearch'],
    why: "a search domain is an OpenSearch Service domain (Elasticsearch before): its nodes, size and state are the domain's",
    example: ['delete the orders search domain', 'opensearch:DeleteDomain'],
  },
];
