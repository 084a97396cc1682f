// Data: how people ask for operations (see ../asked.ts), storage services: AWS Backup, Storage
// Gateway, DataSync and Transfer Family (SFTP).

import type { AskedEntry } from './types.js';

export const ASKED_STORAGE_4: readonly AskedEntry[] = [
  {
    op: 'backup:CreateBackupPlan',
    asked:
      'schedule daily backups, nightly, retention rules, keep for 35 days, cron, centralized protection policy, automatic backups for everything, weekly and monthly copies, copy recovery points to another region or account, cross-region copy rule',
    example: 'back up our databases every night at 2am and keep each copy for 35 days',
  },
  {
    op: 'backup:CreateBackupSelection',
    asked:
      'which resources get backed up, assign resources to a schedule by label, include every ec2 volume tagged, choose what to protect, put a file system or database into a backup plan, add a table to a plan',
    example: 'include every volume tagged backup=daily in plan nightly-plan',
  },
  {
    op: 'backup:CreateBackupVault',
    asked: 'where backups are kept, container for recovery points, separate encryption key for backups',
    example: 'make a separate container for our production backups encrypted with kms key prod-backups',
  },
  {
    op: 'backup:StartBackupJob',
    asked:
      'back up now, on demand, take a backup right away, one-off snapshot, before a risky change, immediately, back up rds immediately with aws backup, back up a resource right now',
    example: 'take a backup of our file share right away, not at the scheduled time',
  },
  {
    op: 'backup:StartRestoreJob',
    asked:
      'recover a share, volume or database from a backup or recovery point, bring back data from last week, roll back to a saved copy, restore deleted data, restore a recovery point arn into a new efs file system, ebs volume, ec2 instance or rds database, recover a file system from last night backup, restore from aws backup, restore something from a recovery point',
    example: "restore from last tuesday's recovery point in vault prod-vault",
  },
  {
    op: 'backup:ListRecoveryPointsByResource',
    asked:
      'which backups exist for this volume or database, when was it last backed up, available restore points, backup history of one resource, restore points that exist for a resource arn, what backups exist for this database',
    example: 'when did our orders database last get backed up and which copies can we restore from?',
  },
  {
    op: 'backup:ListBackupJobs',
    asked:
      'did backups fail last night, backup run history, status of backup runs, failed or expired jobs, what ran, status and completion time of recent backup jobs, did the latest backup of a resource complete or fail, has the backup of a file system or database finished, when did a backup last succeed',
    example: 'did any backups fail last night?',
  },
  {
    op: 'backup:DescribeBackupJob',
    asked:
      'why did this backup end up failed, what was the error, status message of one backup run, progress percent, bytes transferred, expired or aborted, is the backup job done yet, has one backup finished',
    example: 'why did job 4f2a-9c3e end up failed and what was the error?',
  },
  {
    op: 'backup:ListBackupPlans',
    asked: 'which schedules exist, show all backup policies in the account, names of plans',
    example: 'what backup schedules do we have set up?',
  },
  {
    op: 'backup:StartCopyJob',
    asked:
      'copy a backup to another region or account, cross-account copy, offsite copy of a recovery point, duplicate a backup, copy a recovery point to another vault, copy a backup to the dr vault in another region',
    example: 'send a copy of recovery point rp-123 to our dr account in us-west-2',
  },
  {
    op: 'backup:PutBackupVaultLockConfiguration',
    asked:
      'immutable backups, nobody can delete backups, worm, ransomware protection, minimum retention, compliance mode, lock the vault, undeletable backups, prevent deleting recovery points, keep recovery points forever, freeze backups so no one can delete them, compliance mode for backups, immutable backups even for root, recovery points or saved copies cannot be deleted before a minimum retention in years, auditor or regulator requirement',
    example: 'make sure nobody, not even admins, can delete backups in vault prod-vault early',
  },
  {
    op: 'backup:DeleteRecoveryPoint',
    asked: 'delete an old backup, remove a snapshot from a vault, free up backup storage',
    example: 'remove an old backup we no longer need from vault prod-vault',
  },
  {
    op: 'backup:ListProtectedResources',
    asked:
      "what is being backed up, everything that has at least one backup, which resources are covered, inventory of protected things, what's safe",
    example: 'list everything in this account that has at least one backup',
  },
  {
    op: 'backup:ListRestoreJobs',
    asked:
      'history of restores, recoveries we ran, did the recovery complete, restores in progress, who restored what',
    example: 'show the recoveries we ran this month and whether they completed',
  },
  {
    op: 'backup:CreateRestoreTestingPlan',
    asked:
      'verify backups can be restored, check every week that backups actually restore, test restores automatically, prove recovery works, audit restore drills, scheduled',
    example: 'automatically check every week that our backups actually restore',
  },
  {
    op: 'backup:CreateReportPlan',
    asked: 'backup compliance report, audit report of jobs, daily csv of backup results to a bucket',
    example: 'email-ready daily report of backup job results saved to a bucket for auditors',
  },
  {
    op: 'backup:UpdateRecoveryPointLifecycle',
    asked:
      'move a backup to cold storage, change retention of one backup, keep this snapshot longer, expire sooner',
    example: 'keep recovery point rp-123 for 7 years and move it to cold storage after 90 days',
  },
  {
    op: 'storagegateway:ActivateGateway',
    asked:
      'on-premises appliance, hybrid storage, connect a vm to the cloud, activation key, register appliance, vmware or hyper-v',
    example: 'register the storage appliance vm I deployed in our vmware cluster',
  },
  {
    op: 'storagegateway:CreateNFSFileShare',
    asked:
      'nfs share backed by a bucket, on-premises servers mount s3, file interface to a bucket, linux mount to cloud storage',
    example: 'let our on-prem linux servers mount bucket archive-data as an nfs export',
  },
  {
    op: 'storagegateway:CreateSMBFileShare',
    asked:
      'windows share backed by a bucket, mapped drive to s3, smb access for office users, active directory file share',
    example: 'give office windows users a mapped drive that stores files in bucket office-docs',
  },
  {
    op: 'storagegateway:RefreshCache',
    asked:
      'files added or copied directly to the bucket are missing from the share, rescan, refresh listing, stale directory view, objects written straight to s3 are not listed on the on-premises file share until the cache is refreshed, reread the bucket contents',
    example: 'files I copied straight into the bucket are missing from the nfs share',
  },
  {
    op: 'storagegateway:CreateTapes',
    asked: 'virtual tapes for backup software, vtl, veeam or netbackup tapes, replace physical tape library',
    example: 'make ten new virtual tapes for veeam on tape gateway sgw-12AB34CD',
  },
  {
    op: 'storagegateway:CreateCachediSCSIVolume',
    asked: 'iscsi block volume, cached volume, block storage for on-prem servers backed by the cloud, lun',
    example: 'give our on-prem server a 2 TB iscsi disk that keeps its data in the cloud',
  },
  {
    op: 'storagegateway:UpdateBandwidthRateLimit',
    asked: 'throttle upload bandwidth, limit network usage, cap mbps, saturating the office link',
    example: 'the appliance is saturating our office internet, cap uploads at 50 mbps',
  },
  {
    op: 'storagegateway:ListGateways',
    asked:
      'which on-premises storage appliances are connected to the account, show all hybrid appliances, arns',
    example: 'which on-prem storage appliances are connected to this account?',
  },
  {
    op: 'datasync:CreateTask',
    asked:
      'copy from on-premises nfs to s3, migrate files, sync folders on a schedule, move data between storage services, filters, copy files from a file share into a bucket with datasync, nfs or smb share to s3',
    example: 'set up a nightly sync from our nas share to bucket nas-mirror',
  },
  {
    op: 'datasync:StartTaskExecution',
    asked:
      'run the sync now, kick off the transfer, start copying, trigger migration run, run a scheduled transfer immediately, start the copy by hand instead of at the scheduled time',
    example: 'kick off the nas to s3 sync now instead of waiting for tonight',
  },
  {
    op: 'datasync:DescribeTaskExecution',
    asked:
      'transfer progress, bytes copied, files transferred, did the sync finish, errors, verification result, how many files did the last run copy, skipped or failed files, result of one datasync run',
    example: 'how many files has the current nas sync copied so far?',
  },
  {
    op: 'datasync:CreateAgent',
    asked:
      'activate the vm installed on-premises, deploy the agent vm, on-prem connector so it can move files, install agent',
    example: 'activate the vm I installed on-prem so it can move our files',
  },
  {
    op: 'datasync:CreateLocationNfs',
    asked: 'nas as source, on-prem file server export, register an nfs path, mount path on server',
    example: 'register export /exports/projects on nas01.local as a source',
  },
  {
    op: 'datasync:CreateLocationS3',
    asked: 'bucket as destination or source, register bucket and prefix, target for a migration',
    example: 'use bucket nas-mirror under prefix projects/ as the destination of my transfer',
  },
  {
    op: 'datasync:CreateLocationSmb',
    asked: 'windows file server as source, smb share path, domain user, register a windows share',
    example: 'register \\\\fileserver01\\finance as a source share with domain user svc-sync',
  },
  {
    op: 'datasync:CreateLocationAzureBlob',
    asked: 'migrate from azure, blob container as source, sas token, leave microsoft cloud',
    example: 'move everything from our azure storage container to aws',
  },
  {
    op: 'transfer:CreateServer',
    asked:
      'sftp server, ftp endpoint, ftps, let partners upload files over sftp, managed sftp, replace our old ftp box, sftp access in front of an s3 bucket or efs',
    example: 'set up a managed sftp endpoint so suppliers can drop files into s3',
  },
  {
    op: 'transfer:CreateUser',
    asked:
      'sftp login, account for a partner, home directory, username for file upload, chroot, new sftp login with their ssh key, onboard someone to the sftp endpoint, give a person sftp access, sftp access for a vendor, supplier or customer, let an outside company drop files over sftp',
    example: 'add supplier acme as a login on sftp server s-1234 with home /uploads/acme',
  },
  {
    op: 'transfer:ImportSshPublicKey',
    asked: 'add an ssh key for an sftp user, public key auth, rotate partner key, authorized key',
    example: 'add this ssh-rsa public key to sftp user acme',
  },
  {
    op: 'transfer:DescribeServer',
    asked: 'sftp hostname, server endpoint, state online or offline, protocols enabled, identity provider',
    example: 'what hostname do partners use for sftp server s-1234 and is it online?',
  },
  {
    op: 'transfer:StopServer',
    asked:
      'take sftp offline, pause file transfers, turn off the endpoint temporarily, spin down the sftp endpoint',
    example: 'take sftp server s-1234 offline during the maintenance window',
  },
  {
    op: 'transfer:CreateConnector',
    asked: 'connect to a partner sftp server, outbound sftp, as2 partner endpoint, remote server credentials',
    example: 'connect to our bank sftp at sftp.bank.example so we can send files to it',
  },
  {
    op: 'transfer:StartFileTransfer',
    asked: 'push a file to a partner sftp server, pull from remote sftp, send via as2, outbound transfer',
    example: "push payroll.csv to the bank's sftp over the connector we set up",
  },
  {
    op: 'transfer:CreateWorkflow',
    asked:
      'after upload processing, decrypt pgp, copy and label uploaded files, post-upload steps, custom lambda step',
    example: 'after a partner uploads a file, decrypt it with pgp and move it to processed/',
  },
];
