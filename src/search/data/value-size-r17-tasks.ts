// Data: what a value's shape says when no "to" or "instead of" marks it as a new setting.
// A size in storage or memory units given to a thing ("give the function 2048 MB", "add 2 TiB
// to fs-...", "the cluster needs 1000 GiB per broker") is the size the thing is set to: its
// modify, update or resize operation, not a create or a read. A count moved "from N to M" says
// which way it goes: up is an increase, down a decrease (the services that name their
// operations so: IncreaseReplicaCount, DecreaseReplicaCount, IncreaseStreamRetentionPeriod).
// Read by src/search/value-size.ts. Each entry says why and gives an example the tests check.

import type { Reasoned } from './reasoned.js';

/** Units of a size in storage or memory (as typed, lowercase; "2048mb" is split by the reader). */
export interface SizeUnit extends Reasoned {
  /** What a size in this unit is of: words added to the query (memory is a configuration's). */
  readonly means: readonly string[];
}

export const SIZE_UNITS: Readonly<Record<string, SizeUnit>> = {
  mb: {
    means: ['memory'],
    why: 'megabytes are the memory a function or a container is given',
    example: [
      'give arn:aws:lambda:us-east-1:111122223333:function:resize 3008 MB',
      'lambda:UpdateFunctionConfiguration',
    ],
  },
  mib: {
    means: ['memory'],
    why: 'mebibytes, as the memory of a task or a function is written in the API',
    example: ['give ecs service web in cluster prod 4096 MiB', 'ecs:UpdateService'],
  },
  gb: {
    means: ['storage'],
    why: 'gigabytes are the storage of a volume or a database',
    example: ['give the orders rds database 500 gb', 'rds:ModifyDBInstance'],
  },
  gib: {
    means: ['storage'],
    why: 'gibibytes, as storage sizes are written in the EC2, RDS and MSK APIs',
    example: [
      'arn:aws:kafka:us-east-1:111122223333:cluster/logs/ab-12 needs 2000 GiB per broker',
      'kafka:UpdateBrokerStorage',
    ],
  },
  tb: {
    means: ['storage', 'capacity'],
    why: 'terabytes are the storage of a file system or a warehouse',
    example: ['add 1.2 TB to fsx file system fs-0123456789abcdef0', 'fsx:UpdateFileSystem'],
  },
  tib: {
    means: ['storage', 'capacity'],
    why: 'tebibytes, as file system capacity is written in the FSx API',
    example: ['add 2.4 TiB to lustre file system fs-0fedcba9876543210', 'fsx:UpdateFileSystem'],
  },
};

/**
 * Words before a size that give it to a thing that exists: the light verbs of
 * data/value-change.ts, and these, which with a size add to what the thing has ("add 100 GiB
 * to vol-..." grows the volume; "add a volume" with no size is left to the verb).
 */
export const SIZE_GIVERS: Readonly<Record<string, Reasoned>> = {
  add: {
    why: 'a size added to a thing grows it: the thing is resized, nothing new is made',
    example: ['add 200 GiB to vol-0123456789abcdef0', 'ec2:ModifyVolume'],
  },
  need: {
    why: 'what a thing needs in size is the size it is to be set to',
    example: ['the opensearch domain logs need 1000 GiB per node', 'opensearch:UpdateDomainConfig'],
  },
  needs: {
    why: 'what a thing needs in size is the size it is to be set to',
    example: [
      'function arn:aws:lambda:us-east-1:111122223333:function:etl needs 4096 MB',
      'lambda:UpdateFunctionConfiguration',
    ],
  },
};

/** The verbs a count moved up or down adds to the change verbs (as in data/verbs.ts grow/shrink). */
export const COUNT_DIRECTION: Readonly<
  Record<'up' | 'down', Reasoned & { weights: Readonly<Record<string, number>> }>
> = {
  up: {
    weights: { increase: 1 },
    why: 'a count moved from a smaller number to a larger one is increased',
    example: ['redis replication group carts-rg from 1 to 3 replicas', 'elasticache:IncreaseReplicaCount'],
  },
  down: {
    weights: { decrease: 1 },
    why: 'a count moved from a larger number to a smaller one is decreased',
    example: ['redis replication group carts-rg from 4 replicas to 2', 'elasticache:DecreaseReplicaCount'],
  },
};
