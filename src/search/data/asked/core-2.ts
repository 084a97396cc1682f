// Data: how people ask for operations (see ../asked.ts), second pass over the most used services:
// DynamoDB backups, exports, imports, global tables and policies, then Lambda aliases, layers,
// code signing and async settings. Reads carry question words, undo calls carry removal words.

import type { AskedEntry } from './types.js';

export const ASKED_CORE_2: readonly AskedEntry[] = [
  {
    op: 'dynamodb:ListBackups',
    asked:
      'which backups exist for a table, on-demand backups list, find a backup to restore from, backups taken last week, when was a table last backed up',
    example: 'what on-demand backups do we have of the Orders table?',
  },
  {
    op: 'dynamodb:DescribeBackup',
    asked: 'backup size and status, is the backup available, when was this backup taken, backup details',
    example: 'is backup 01700000000000-abc123 of Orders finished and how big is it',
  },
  {
    op: 'dynamodb:DeleteBackup',
    asked:
      'remove a table backup no longer needed, get rid of a backup, clean up table backups, free backup storage, delete old manual backups of a dynamo table',
    example: 'delete the january backup of table Orders, nobody needs it',
  },
  {
    op: 'dynamodb:DescribeContinuousBackups',
    asked:
      'is point in time recovery on, pitr status, earliest restorable time, latest restorable time, can i restore to a minute, how far back can i restore a table, restore window of a table',
    example: 'is PITR enabled on table Payments and how far back can I restore?',
  },
  {
    op: 'dynamodb:DescribeTimeToLive',
    asked:
      'is ttl enabled, which attribute expires rows, auto expiry status, ttl attribute name, which attribute or field a table uses to expire items',
    example: 'which attribute does table Sessions use for automatic expiry, if any',
  },
  {
    op: 'dynamodb:DescribeExport',
    asked: 'export status, has the export to s3 finished, export progress, exported item count',
    example: 'has the s3 export of table Orders finished yet?',
  },
  {
    op: 'dynamodb:ListExports',
    asked: 'recent exports to s3, which table exports ran, past exports of a table',
    example: 'show the table dumps to s3 we ran in the last month',
  },
  {
    op: 'dynamodb:DescribeImport',
    asked:
      'import status, did the csv load from s3 complete, bulk load into a new table finished, rows imported, import errors',
    example: 'did the csv load from s3 into the new Customers table complete?',
  },
  {
    op: 'dynamodb:ListImports',
    asked: 'recent imports from s3, which tables were loaded from s3, past import jobs',
    example: 'which s3 loads into dynamodb tables ran this quarter',
  },
  {
    op: 'dynamodb:DescribeGlobalTable',
    asked:
      'which regions have replicas, multi-region table status, global table replicas, in which regions does a table have replicas, where is the table replicated to, replica regions of a table, which regions does a table live in, regions of a table',
    example: 'in which regions does the Users table have replicas?',
  },
  {
    op: 'dynamodb:ListGlobalTables',
    asked: 'which tables are multi-region, all global tables, tables replicated across regions',
    example: 'which of our tables are replicated to other regions',
  },
  {
    op: 'dynamodb:UpdateGlobalTable',
    asked: 'add a replica region, remove a replica region, extend a table to eu-west-1, multi-region',
    example: 'add an ap-southeast-2 replica to the Users table',
  },
  {
    op: 'dynamodb:DescribeLimits',
    asked:
      'capacity quota, max read and write capacity units per table, account limits for provisioned throughput',
    example: 'what are our provisioned capacity quotas per table and for the whole account?',
  },
  {
    op: 'dynamodb:ListTagsOfResource',
    asked: 'labels on a table, which cost center owns the table, show table tags',
    example: 'what labels are on table arn:aws:dynamodb:us-east-1:123456789012:table/Orders',
  },
  {
    op: 'dynamodb:TagResource',
    asked: 'label a table, add cost allocation label, mark team owner on a table',
    example: 'label table Orders with team=payments',
  },
  {
    op: 'dynamodb:UntagResource',
    asked:
      'untag a table, take a tag off a table, drop a label from a table, remove a tag key from a table, clear cost label',
    example: 'take the temp=true tag off table Orders',
  },
  {
    op: 'dynamodb:GetResourcePolicy',
    asked: 'table resource policy, cross account access to a table, who else can read this table',
    example: 'show the cross-account policy document attached to table Orders',
  },
  {
    op: 'dynamodb:PutResourcePolicy',
    asked:
      'share a table with another account, let another account read or write a table, grant cross account access, attach policy to table or stream',
    example: 'let account 210987654321 read our Orders table directly',
  },
  {
    op: 'dynamodb:DeleteResourcePolicy',
    asked: 'remove table resource policy, revoke cross account access to a table',
    example: 'revoke the cross-account policy on table Orders',
  },
  {
    op: 'dynamodb:ExecuteTransaction',
    asked: 'partiql transaction, several sql statements all or nothing, atomic partiql writes',
    example: 'run two PartiQL UPDATE statements atomically so both succeed or neither does',
  },
  {
    op: 'dynamodb:BatchExecuteStatement',
    asked: 'many partiql statements at once, batch sql inserts, bulk partiql reads',
    example: 'send 25 PartiQL INSERTs in a single call',
  },
  {
    op: 'dynamodb:EnableKinesisStreamingDestination',
    asked:
      'stream table changes to kinesis, change data capture to a kinesis stream, cdc into kinesis, send every item change into a kinesis data stream, push table updates to kinesis, feed changes to kinesis',
    example: 'send every item change in table Orders to kinesis stream orders-cdc',
  },
  {
    op: 'dynamodb:DescribeKinesisStreamingDestination',
    asked: 'is the kinesis stream hooked up, kinesis cdc status for a table',
    example: 'is table Orders still sending its changes to a kinesis stream?',
  },
  {
    op: 'dynamodb:DisableKinesisStreamingDestination',
    asked: 'stop sending changes to kinesis, turn off kinesis cdc, unhook the kinesis stream',
    example: 'stop table Orders from pushing changes into kinesis',
  },
  {
    op: 'dynamodb:UpdateContributorInsights',
    asked:
      'find hot keys, most accessed partition keys, throttled keys, turn on contributor insights, top talkers, start tracking the most accessed keys, begin recording hot keys of a table',
    example: 'turn on hot-key tracking for table Events to see which partition keys get throttled',
  },
  {
    op: 'lambda:GetAlias',
    asked: 'which version does prod point to, alias details, traffic split weights, routing config',
    example: 'which version is the live alias of function checkout pointing at?',
  },
  {
    op: 'lambda:DeleteAlias',
    asked: 'remove an alias, drop staging name, delete release pointer',
    example: 'remove the old-beta alias from function image-resizer',
  },
  {
    op: 'lambda:ListLayerVersions',
    asked: 'versions of a layer, which layer versions exist, latest layer version number',
    example: 'what versions of the shared-deps layer have we published?',
  },
  {
    op: 'lambda:GetLayerVersionByArn',
    asked: 'layer details from its arn, download link for a layer, compatible runtimes of a layer',
    example: 'get info for arn:aws:lambda:us-east-1:123456789012:layer:shared-deps:7',
  },
  {
    op: 'lambda:DeleteLayerVersion',
    asked: 'remove a layer version, clean up layers, delete a shared library version',
    example: 'delete version 3 of layer shared-deps',
  },
  {
    op: 'lambda:AddLayerVersionPermission',
    asked: 'share a layer with another account, make a layer public, let others use my layer',
    example: 'let account 210987654321 use version 7 of our shared-deps layer',
  },
  {
    op: 'lambda:RemoveLayerVersionPermission',
    asked: 'stop sharing a layer, revoke layer access for an account',
    example: 'stop account 210987654321 from using our shared-deps layer version 7',
  },
  {
    op: 'lambda:GetLayerVersionPolicy',
    asked: 'who can use this layer, layer sharing policy, accounts allowed on a layer',
    example: 'which accounts are allowed to pull version 7 of shared-deps layer?',
  },
  {
    op: 'lambda:GetEventSourceMapping',
    asked:
      'trigger details, is the sqs trigger enabled, last processing result, batch size of a trigger, kinesis poller state',
    example: 'is trigger uuid 14e0db71-5d35-4eb5-b481-8945cf9d10c2 enabled and what was its last result?',
  },
  {
    op: 'lambda:GetProvisionedConcurrencyConfig',
    asked: 'warm instances status, pre-initialized environments ready, is provisioned capacity allocated',
    example: 'are the 50 pre-warmed environments on alias live of checkout ready yet?',
  },
  {
    op: 'lambda:ListProvisionedConcurrencyConfigs',
    asked: 'which aliases have warm instances, all provisioned concurrency settings of a function',
    example: 'which aliases of function checkout keep pre-warmed environments?',
  },
  {
    op: 'lambda:DeleteProvisionedConcurrencyConfig',
    asked: 'stop keeping instances warm, remove pre-warmed capacity, save cost on idle warm instances',
    example: 'stop paying for pre-warmed environments on alias live of checkout',
  },
  {
    op: 'lambda:GetFunctionEventInvokeConfig',
    asked:
      'async retry settings, on failure destination, max event age, which destination gets failed async events, retry count for failed async events, retry attempts of async runs, how old can an event get before it is dropped',
    example: 'where do failed async events of function mailer get sent and how many retries?',
  },
  {
    op: 'lambda:UpdateFunctionEventInvokeConfig',
    asked: 'change async retries, set on-failure destination, change max event age',
    example: 'send failed async events of function mailer to queue mailer-dlq and retry once',
  },
  {
    op: 'lambda:DeleteFunctionEventInvokeConfig',
    asked: 'remove async retry and destination settings, reset to default async behaviour',
    example: 'reset async retry and destination settings of function mailer to defaults',
  },
  {
    op: 'lambda:ListFunctionUrlConfigs',
    asked: 'https url of a function, public endpoint for a function, which urls does it have',
    example: 'what https endpoint does function webhook-handler expose?',
  },
  {
    op: 'lambda:DeleteFunctionUrlConfig',
    asked:
      'remove the public https url, take the function endpoint offline, take down the direct address, stop direct http access',
    example: 'take down the direct https endpoint of function webhook-handler',
  },
  {
    op: 'lambda:ListTags',
    asked: 'labels on a function, which team owns a function, show function tags',
    example: 'what labels does function checkout carry?',
  },
  {
    op: 'lambda:UntagResource',
    asked: 'untag a function, remove a label from a function, drop tag key on a function',
    example: 'take the cost-center=marketing tag off function checkout',
  },
];
