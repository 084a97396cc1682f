// Data: how people ask for operations (see ../asked.ts), second tier: Kinesis, Firehose, SES v2
// and AWS Backup.

import type { AskedEntry } from './types.js';

export const ASKED_NEXT_2: readonly AskedEntry[] = [
  {
    op: 'kinesis:DeleteStream',
    asked: 'remove a data stream, tear down streaming, get rid of an unused stream, stop paying for shards',
    example: 'get rid of the kinesis stream test-clicks, nobody reads it',
  },
  {
    op: 'kinesis:ListStreams',
    asked: 'which data streams exist, all kinesis streams in the account, stream names',
    example: 'what kinesis data streams do we have in us-east-1',
  },
  {
    op: 'kinesis:DecreaseStreamRetentionPeriod',
    asked:
      'keep data for less time, shorten retention back to 24 hours, reduce retention cost, lower history window',
    example: 'only keep 24 hours of records in the clicks stream again',
  },
  {
    op: 'kinesis:MergeShards',
    asked: 'combine two adjacent shards, fewer shards, cold shards, reduce shard cost, join hash ranges',
    example: 'combine cold shards 0003 and 0004 of the clicks stream into one',
  },
  {
    op: 'kinesis:SplitShard',
    asked:
      'hot shard, divide one shard in two, hot partition key, new starting hash key, relieve one busy shard',
    example: 'shard-0001 is hot, divide it in two',
  },
  {
    op: 'kinesis:StartStreamEncryption',
    asked:
      'encrypt stream data at rest, kms key for records, server side encryption on the stream, compliance encryption',
    example: 'turn on kms encryption at rest for the payments kinesis stream',
  },
  {
    op: 'kinesis:ListStreamConsumers',
    asked:
      'which enhanced fan-out consumers exist, registered consumers, who reads with efo, who is reading from a stream, who consumes the stream, readers of a stream',
    example: 'which efo consumers are registered on the clicks stream',
  },
  {
    op: 'kinesis:EnableEnhancedMonitoring',
    asked: 'shard level metrics, per shard cloudwatch metrics, find the hot shard, iterator age per shard',
    example: 'turn on per-shard metrics for the clicks stream to find the hot one',
  },
  {
    op: 'firehose:ListDeliveryStreams',
    asked: 'which firehoses exist, all delivery pipelines, firehose names in the account',
    example: 'what firehoses do we have in this account',
  },
  {
    op: 'firehose:DeleteDeliveryStream',
    asked: 'remove a firehose, tear down log shipping pipeline, get rid of an unused firehose',
    example: 'remove the old-logs firehose',
  },
  {
    op: 'firehose:StartDeliveryStreamEncryption',
    asked: 'encrypt firehose data at rest, kms key for the firehose, server side encryption on the pipeline',
    example: 'encrypt the payments firehose with our customer managed kms key',
  },
  {
    op: 'sesv2:ListEmailIdentities',
    asked:
      'which domains and addresses are verified, domains we send mail from, from addresses set up, all senders we can use, verified senders',
    example: 'which domains and from addresses can we send mail from in ses',
  },
  {
    op: 'sesv2:DeleteEmailIdentity',
    asked:
      'remove a verified domain, stop sending from an address, drop a sender domain, take off our senders, unverify',
    example: 'remove old-brand.com from our ses senders',
  },
  {
    op: 'sesv2:PutEmailIdentityDkimAttributes',
    asked:
      'turn dkim signing on or off, enable dkim, mail failing dmarc, disable signing for a domain, sign outgoing mail with dkim, turn dkim signing on or off',
    example: 'switch on dkim signing for example.com in ses',
  },
  {
    op: 'sesv2:CreateConfigurationSet',
    asked:
      'group sending settings, rules applied to a set of emails, dedicated ip pool per stream, tracking domain, reputation tracking',
    example: 'set up a separate ses setup for marketing mail with its own tracking',
  },
  {
    op: 'sesv2:PutAccountSendingAttributes',
    asked:
      'pause all outgoing mail, resume sending for the whole account, emergency stop of email, account wide send switch',
    example: 'pause all outgoing ses mail for the whole account now',
  },
  {
    op: 'sesv2:GetSuppressedDestination',
    asked: 'why is this address blocked, is this recipient on the bounce list, reason it was suppressed',
    example: 'is bob@example.com blocked in ses and was it a bounce or complaint',
  },
  {
    op: 'sesv2:CreateContactList',
    asked: 'newsletter list, mailing list with topics, subscription preferences, unsubscribe management',
    example: 'make a newsletter list with topics product-news and offers',
  },
  {
    op: 'sesv2:ListContacts',
    asked:
      'who is subscribed, members of the mailing list, subscribers and their topics, unsubscribed people',
    example: 'who is subscribed to the product-news topic of our newsletter list',
  },
  {
    op: 'sesv2:ListEmailTemplates',
    asked: 'which email templates exist, all mail layouts, template names',
    example: 'what ses mail templates do we have',
  },
  {
    op: 'sesv2:UpdateEmailTemplate',
    asked: 'edit an email template, change subject line of a template, fix wording in mail layout',
    example: 'change the subject of the welcome template to Welcome aboard',
  },
  {
    op: 'sesv2:CreateDedicatedIpPool',
    asked: 'own sending ips, dedicated ips for email, separate ip reputation, managed ip pool',
    example: 'set up our own dedicated sending ips for transactional mail',
  },
  {
    op: 'sesv2:PutEmailIdentityFeedbackAttributes',
    asked: 'email forwarding of bounces, stop bounce notification emails, feedback forwarding to sender',
    example: 'stop forwarding bounce notices by mail for example.com',
  },
  {
    op: 'sesv2:CreateImportJob',
    asked:
      'bulk upload contacts from a csv, import subscribers from s3, mass add newsletter contacts, load a file of addresses',
    example: 'bulk load subscribers into the newsletter list from s3://mail/contacts.csv',
  },
  {
    op: 'backup:ListBackupVaults',
    asked: 'which vaults exist, where backups are kept, number of recovery points per vault, all vaults',
    example: 'what aws backup vaults do we have and how many restore points each holds',
  },
  {
    op: 'backup:GetBackupPlan',
    asked:
      'backup schedule, retention rules, when do backups run, how long are they retained, backup rule details, cross region rule',
    example: 'when do our nightly backups under daily-35 run and how long are they retained',
  },
  {
    op: 'backup:UpdateBackupPlan',
    asked:
      'change backup schedule, retain backups longer instead, extend retention, add a cross region copy rule, edit lifecycle of existing rule, add a cross-region copy to an existing plan, send copies of backups to a second region or account',
    example: 'change daily-35 so it retains recovery points 90 days instead of 35',
  },
  {
    op: 'backup:DeleteBackupPlan',
    asked: 'remove a backup plan, stop scheduled backups, retire backup schedule',
    example: 'remove plan old-weekly, we do not need that schedule anymore',
  },
  {
    op: 'backup:ListRecoveryPointsByBackupVault',
    asked:
      'what is stored in a vault, restore points in the vault, backups held in vault, oldest backup in vault',
    example: 'what restore points are held in vault prod-vault',
  },
  {
    op: 'backup:DescribeRecoveryPoint',
    asked:
      'details of one backup, is this backup complete, when it expires, size of backup, encryption of recovery point',
    example: 'when does restore point arn:aws:backup:us-east-1:111122223333:recovery-point:abc expire',
  },
  {
    op: 'backup:DescribeRestoreJob',
    asked:
      'vault restore progress, has the restore job finished, recovery point restore outcome, arn of the recreated resource, aws backup restore state',
    example: 'has restore job 44f0-aa finished and what did it create',
  },
  {
    op: 'backup:ListCopyJobs',
    asked: 'cross region backup copies, did copies succeed, cross account copy status, copy history',
    example: 'did last night cross-region copies of our backups succeed',
  },
  {
    op: 'backup:GetBackupVaultAccessPolicy',
    asked: 'who can use the vault, vault permissions, vault resource policy, deny delete policy',
    example: 'who is allowed to delete things from vault prod-vault',
  },
  {
    op: 'backup:PutBackupVaultAccessPolicy',
    asked:
      'lock down vault permissions, deny statement, nobody may remove backups, grant another account access to the vault',
    example: 'add a deny statement so nobody can remove backups from vault prod-vault',
  },
  {
    op: 'backup:ListBackupSelections',
    asked: 'what does the plan cover, which resources are assigned, tag based selection, resources in a plan',
    example: 'which resources does plan daily-35 actually cover',
  },
  {
    op: 'backup:StartReportJob',
    asked: 'generate compliance report now, audit manager report on demand, backup job report csv',
    example: 'generate the backup compliance report right away',
  },
  {
    op: 'backup:CreateLegalHold',
    asked:
      'keep backups for litigation, prevent deletion for an investigation, hold backups indefinitely, lawsuit, keep backups for a court case, freeze recovery points so none are deleted, preserve evidence, audit',
    example: 'keep all finance backups from march for the lawsuit',
  },
  {
    op: 'backup:UpdateRegionSettings',
    asked:
      'opt in resource types, opt in aurora or fsx or dynamodb, which services aws backup may protect in a region',
    example: 'opt in aurora and fsx for protection in this region',
  },
  {
    op: 'backup:ListBackupJobSummaries',
    asked:
      'backup success rate, how many backups failed this week, daily backup health overview, aggregated job counts',
    example: 'how many of our backups failed this week per account',
  },
];
