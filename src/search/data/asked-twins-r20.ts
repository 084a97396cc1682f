// Data: services built on another service's API, whose operations carry the same names and do
// the same thing (Neptune and DocumentDB run on the RDS engine-cluster API: FailoverDBCluster,
// RebootDBInstance, CopyDBClusterSnapshot). People ask for them with the same everyday words
// ("switch the writer", "restart the database"), but the hand-written asked words (data/asked/)
// were written once, for the RDS operation. A twin operation without asked words of its own
// borrows those of the source operation of the same name, less the words that name only the
// source's engines ("aurora", "postgres"), so "switch the graph database's writer to a replica"
// finds neptune:FailoverDBCluster as "... aurora ..." finds rds's. Read by asked-twins.ts; each
// example must find its operation in the top five (test/integration/search/asked-twins-r20.test.ts).

export interface AskedTwins {
  /** The service whose asked words are lent. */
  readonly from: string;
  /** The services whose same-named operations borrow them. */
  readonly to: readonly string[];
  /** Words naming only the source's engines or products, left out of what is lent. */
  readonly drop: readonly string[];
  readonly why: string;
  /** Queries (one per twin at least) that must rank the twin's operation in the top five. */
  readonly examples: readonly (readonly [string, string])[];
}

export const ASKED_TWINS: readonly AskedTwins[] = [
  {
    from: 'rds',
    to: ['neptune', 'docdb'],
    drop: [
      'aurora',
      'rds',
      'postgres',
      'postgresql',
      'postgresql.conf',
      'mysql',
      'my.cnf',
      'mariadb',
      'oracle',
      'sql',
      'binlog',
      'innodb',
      // MySQL and PostgreSQL settings by name: Neptune and DocumentDB parameter groups have none
      // of them, and lent they dilute the word that finds rds:ModifyDBParameterGroup
      'max_connections',
      'work_mem',
      'log_min_duration_statement',
    ],
    why: 'Neptune and DocumentDB are managed through the RDS cluster API: the same operation names (FailoverDBCluster, RebootDBInstance, CopyDBClusterSnapshot) doing the same thing to their clusters and instances',
    examples: [
      ['force the graph database to make a replica the writer', 'neptune:FailoverDBCluster'],
      ['restart the documentdb instance, it is hung', 'docdb:RebootDBInstance'],
      ['pause our neptune cluster at night to stop paying for it', 'neptune:StopDBCluster'],
      ['copy the documentdb cluster backup to another region', 'docdb:CopyDBClusterSnapshot'],
    ],
  },
  {
    from: 'elasticache',
    to: ['memorydb'],
    drop: ['elasticache', 'memcached'],
    why: 'MemoryDB is a Redis/Valkey-compatible database with ElastiCache’s API for snapshots, events and service updates (DeleteSnapshot, DescribeEvents, DescribeServiceUpdates): the same operations asked for the same way',
    examples: [
      ['why did our memorydb cluster restart last night', 'memorydb:DescribeEvents'],
      ['are there security patches pending for memorydb', 'memorydb:DescribeServiceUpdates'],
    ],
  },
];
