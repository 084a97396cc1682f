// Data: instance classes whose prefix names the kind of machine (see resource-ids.ts). A db.*
// class is a database instance of RDS, DocumentDB or Neptune; an ml.* class is a SageMaker
// machine (training, endpoints, notebooks: only SageMaker sells ml.* sizes); a cache.* node
// type is an ElastiCache node. Each entry says why and gives an example query that must find
// its operation in the top five (tested). Issue 16, round 9.

import type { IdPattern } from './resource-ids.js';

const SIZE = '(nano|micro|small|medium|large|\\d*xlarge|metal)';

export const CLASS_PATTERNS: readonly IdPattern[] = [
  {
    pattern: new RegExp(`^db\\.[a-z]+\\d+[a-z]*\\.${SIZE}$`),
    terms: 'db instance',
    why: 'a db.* instance class is a database instance size (RDS, DocumentDB, Neptune): no one service',
    example: ['resize my database to a db.r6g.large', 'rds:ModifyDBInstance'],
  },
  {
    pattern: new RegExp(`^ml\\.[a-z]+\\d+[a-z]*\\.${SIZE}$`),
    service: 'sagemaker',
    terms: 'instance',
    why: 'ml.* instance types (ml.m5.xlarge, ml.g5.2xlarge) are sold only by SageMaker, for training jobs, endpoints and notebooks',
    example: ['fit my pytorch script on two ml.g5.2xlarge', 'sagemaker:CreateTrainingJob'],
  },
  {
    pattern: new RegExp(`^cache\\.[a-z]+\\d+[a-z]*\\.${SIZE}$`),
    service: 'elasticache',
    terms: 'cache node',
    why: 'cache.* node types (cache.r6g.large) are ElastiCache node sizes',
    example: ['move the redis cluster to cache.r7g.xlarge nodes', 'elasticache:ModifyReplicationGroup'],
  },
];
