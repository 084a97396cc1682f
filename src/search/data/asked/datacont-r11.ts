// Data: how people ask for operations (see ../asked.ts), round 11 of the data-and-containers
// group (dynamodb, rds, ecs, eks): the reads and settings people reach for around the famous
// calls: hot keys of a table, rds account quotas, tags and sharing of snapshots, export and
// backup-replication status, aurora backtrack, the role a database uses to reach s3.

import type { AskedEntry } from './types.js';

export const ASKED_DATACONT_R11: readonly AskedEntry[] = [
  {
    op: 'dynamodb:DescribeContributorInsights',
    asked:
      'which keys are hottest, most accessed or most throttled partition keys, hot partition, heavy hitters of a table, which items get the most traffic, is contributor insights on for a table or index',
    example: 'which partition keys get the most reads on the sessions table?',
  },
  {
    op: 'dynamodb:ListContributorInsights',
    asked:
      'which tables and indexes have contributor insights turned on, hot key tracking status of every table',
    example: 'which of our tables have contributor insights enabled?',
  },
  {
    op: 'dynamodb:DescribeTableReplicaAutoScaling',
    asked:
      'auto scaling of the replicas of a global table, min and max capacity in each region, replica scaling settings',
    example: 'what are the auto scaling limits of each replica of the global table orders?',
  },
  {
    op: 'rds:DescribeAccountAttributes',
    asked:
      'rds quotas and limits, how many more databases or db instances can we create, instance quota used, allocated storage quota, max manual snapshots allowed, account limits for rds',
    example: 'how close are we to the rds db instance limit in this account?',
  },
  {
    op: 'rds:AddTagsToResource',
    asked:
      'tag a database or db instance with key=value, put a tag or label on an rds instance, add a team owner or cost center tag to a db, mark who owns a database',
    example: 'put an owner=data-team tag on the postgres instance billing-db',
  },
  {
    op: 'rds:ListTagsForResource',
    asked:
      'tags on a database, labels of an rds instance, which team owns this db, cost center of a database',
    example: 'what tags are on the rds instance billing-db?',
  },
  {
    op: 'rds:RemoveTagsFromResource',
    asked: 'untag a database, take a label off an rds instance, drop a tag key from a db',
    example: 'take the temp=true label off the rds instance billing-db',
  },
  {
    op: 'rds:DescribeDBSnapshotAttributes',
    asked:
      'who is a snapshot shared with, which accounts can restore this backup, is the snapshot public, restore permissions of a database backup',
    example: 'is the db snapshot orders-final shared with any other account?',
  },
  {
    op: 'rds:DescribeDBClusterSnapshotAttributes',
    asked:
      'which accounts can restore this aurora snapshot, is the cluster snapshot public, who is an aurora backup shared with',
    example: 'which accounts is the aurora cluster snapshot prod-final shared with?',
  },
  {
    op: 'rds:ModifyDBClusterSnapshotAttribute',
    asked:
      'share an aurora snapshot with another account, let another account restore the cluster backup, make a cluster snapshot public',
    example: 'let account 210987654321 restore our aurora cluster snapshot',
  },
  {
    op: 'rds:DescribeExportTasks',
    asked:
      'has the snapshot export to s3 finished, parquet export progress, status of exporting a database backup to a bucket, failed export reason',
    example: 'is the export of the orders snapshot to s3 done yet?',
  },
  {
    op: 'rds:DescribeEventSubscriptions',
    asked:
      'which database notifications are set up, who gets emailed about db events, existing sns alerts for rds events',
    example: 'what rds event notifications do we already have set up?',
  },
  {
    op: 'rds:BacktrackDBCluster',
    asked:
      'rewind aurora mysql to a few minutes ago in place, undo a bad write without restoring a new cluster, go back in time on the same cluster',
    example: 'rewind the aurora mysql cluster by 15 minutes without making a new one',
  },
  {
    op: 'rds:DescribeDBInstanceAutomatedBackups',
    asked:
      'automated backups of a deleted database, retained backups after the instance is gone, backup window and retention of automated backups, cross region backup copies',
    example: 'are the automated backups of the deleted db instance legacy-db still around?',
  },
  {
    op: 'rds:StartDBInstanceAutomatedBackupsReplication',
    asked:
      'copy automated backups to another region continuously, cross region backup replication, disaster recovery copy of daily backups in a second region',
    example: 'keep a copy of the postgres automated backups in us-west-2 for disaster recovery',
  },
  {
    op: 'rds:AddRoleToDBInstance',
    asked:
      'let a database read or write an s3 bucket with an iam role, attach a role to a db instance, s3 integration for sql server or oracle or postgres, aws_s3 extension, lambda invoke from postgres',
    example: 'attach the iam role s3-import to the postgres instance reports-db',
  },
  {
    op: 'rds:DescribeDBRecommendations',
    asked:
      'what does aws suggest fixing, rds advice, best practice findings, performance recommendations, issues rds flagged',
    example: 'does rds have any recommendations for our postgres instances?',
  },
  {
    op: 'ecs:TagResource',
    asked:
      'tag an ecs service or task or cluster, add a cost center label to a container service, mark the team that owns a service',
    example: 'label the ecs service payments with team=billing',
  },
  {
    op: 'ecs:ListTagsForResource',
    asked: 'tags on an ecs service or cluster, labels of a task definition, who owns this container service',
    example: 'what tags does the ecs cluster prod have?',
  },
  {
    op: 'eks:TagResource',
    asked: 'tag an eks cluster or node group, add a cost label to a kubernetes cluster, mark the owning team',
    example: 'label the eks cluster prod-eks with env=production',
  },
  {
    op: 'eks:DescribeIdentityProviderConfig',
    asked:
      'kubectl sign-in setup of an eks cluster, which issuer url and client id kubectl users log in with, external login config of a cluster',
    example: 'which issuer url do kubectl users on prod-eks sign in with?',
  },
  {
    op: 'eks:RegisterCluster',
    asked:
      'see an on-prem or other cloud kubernetes cluster in the eks console, connect an outside k8s cluster, eks connector',
    example: 'connect our on-prem kubernetes cluster so it shows up in the eks console',
  },
];
