// Data: how people ask for operations (see ../asked.ts), wave 2 deepening of ec2: instance
// metadata defaults, event windows, capacity blocks, fleets, dedicated hosts, ipv6, ebs defaults,
// snapshot guards (more ec2 in deep-2.ts and deep-3.ts, other large services after that).

import type { AskedEntry } from './types.js';

export const ASKED_DEEP: readonly AskedEntry[] = [
  {
    op: 'ec2:GetInstanceMetadataDefaults',
    asked:
      'account wide imds default, are new launches required to use imdsv2 by default, region level metadata setting, default hop limit for new launches, what metadata policy applies to new machines',
    example: 'what are the account level default metadata settings for new instances in eu-west-1',
  },
  {
    op: 'ec2:ModifyInstanceMetadataDefaults',
    asked:
      'make imdsv2 the default for every new launch, account wide require session tokens, region default hop limit 2, enforce token metadata for all future launches, set account level imds',
    example: 'require imdsv2 by default for all future launches in this account',
  },
  {
    op: 'ec2:CreateInstanceEventWindow',
    asked:
      'maintenance window for scheduled reboots, preferred time for aws retirement events, only allow host maintenance on sunday night, pick hours when events may run',
    example: 'let aws do scheduled maintenance on our boxes only saturdays 02:00 to 06:00 utc',
  },
  {
    op: 'ec2:DescribeInstanceEventWindows',
    asked:
      'which event windows exist, show preferred hours for aws scheduled events, list time ranges for retirement reboots on servers',
    example: 'show the ec2 event windows we set for scheduled instance reboots',
  },
  {
    op: 'ec2:AssociateInstanceEventWindow',
    asked:
      'put servers under a maintenance window, apply event hours to machines by tag, attach targets to an event window',
    example: 'apply window iew-0abc123 to every box tagged env=prod',
  },
  {
    op: 'ec2:ModifyInstanceEventStartTime',
    asked:
      'reschedule a scheduled reboot, postpone a retirement event, move planned maintenance to a later date, defer the system reboot',
    example: 'push the planned reboot for i-0a1b2c3d to next tuesday night',
  },
  {
    op: 'ec2:DescribeCapacityBlockOfferings',
    asked:
      'find gpu capacity for ml training, book p5 gpus for a few days, reserve h100 cluster for a week, available short term gpu blocks, training cluster slots, price of a gpu block',
    example: 'are there p5.48xlarge gpu blocks free for 7 days starting next monday',
  },
  {
    op: 'ec2:PurchaseCapacityBlock',
    asked:
      'book gpu machines for training, buy a reserved gpu block, pay for h100 capacity for days, secure accelerators for an ml run',
    example: 'buy that 4 node p5 block offering for our llm training run',
  },
  {
    op: 'ec2:PurchaseCapacityBlockExtension',
    asked: 'extend the gpu booking, keep the training cluster longer, add days to a reserved gpu block',
    example: 'our gpu block ends tomorrow, add two more days to it',
  },
  {
    op: 'ec2:DescribeFleets',
    asked:
      'status of an ec2 fleet, is the fleet fulfilled, target capacity of fleets, fleet errors, mixed spot on demand group state',
    example: 'is fleet-7c2e4d fully fulfilled or still short of capacity',
  },
  {
    op: 'ec2:DescribeFleetInstances',
    asked: 'which servers belong to a fleet, machines launched by the fleet, members of an ec2 fleet',
    example: 'list the machines that fleet-7c2e4d started',
  },
  {
    op: 'ec2:DeleteFleets',
    asked:
      'remove an ec2 fleet, stop a fleet and kill its machines, tear down fleet, end a maintain fleet, delete mixed spot group',
    example: 'delete ec2 fleet fleet-7c2e4d and terminate the servers it launched',
  },
  {
    op: 'ec2:ModifyFleet',
    asked: 'change target capacity of a fleet, scale a fleet up or down, resize ec2 fleet, more spot units',
    example: 'bump ec2 fleet fleet-7c2e4d to 40 units of target capacity',
  },
  {
    op: 'ec2:DescribeFleetHistory',
    asked:
      'fleet event log, why did the fleet not launch, timeline of fleet changes, spot interruptions in fleet, what happened to the fleet',
    example: 'what happened to ec2 fleet fleet-7c2e4d over the last day',
  },
  {
    op: 'ec2:AllocateHosts',
    asked:
      'dedicated host, physical server for licensing, bring your own license per socket, byol windows sql server, whole physical machine, mac mini host',
    example: 'get a dedicated physical server for our per core oracle licenses',
  },
  {
    op: 'ec2:DescribeHosts',
    asked:
      'list dedicated hosts, which physical servers do we hold, host capacity left, machines on a dedicated host, host state',
    example: 'how much room is left on our dedicated hosts',
  },
  {
    op: 'ec2:ReleaseHosts',
    asked: 'give back a dedicated host, stop paying for the physical server, free a mac host, return host',
    example: 'we no longer need dedicated host h-0abc12, hand it back',
  },
  {
    op: 'ec2:ModifyHosts',
    asked:
      'auto placement on a dedicated host, host recovery, the instance family a dedicated host supports, untargeted launches onto host',
    example: 'allow untargeted launches to land on h-0abc12',
  },
  {
    op: 'ec2:AssignIpv6Addresses',
    asked:
      'give a network card ipv6, add ipv6 address to a server, dual stack nic, extra v6 ips, ipv6 prefix on eni',
    example: 'add two ipv6 addresses to eni-0a1b2c',
  },
  {
    op: 'ec2:UnassignIpv6Addresses',
    asked: 'take ipv6 off a network card, drop a v6 address, remove ipv6 prefix from eni',
    example: 'drop the ipv6 address 2600:1f18::5 from eni-0a1b2c',
  },
  {
    op: 'ec2:UnassignPrivateIpAddresses',
    asked: 'remove a secondary private ip, free an extra internal address from a nic, take back private ip',
    example: 'free the secondary 10.0.1.45 on eni-0a1b2c',
  },
  {
    op: 'ec2:AssociateSubnetCidrBlock',
    asked: 'add ipv6 range to a subnet, dual stack subnet, give subnet a /64, enable ipv6 on subnet',
    example: 'make subnet-0abc dual stack with a /64 ipv6 block',
  },
  {
    op: 'ec2:DisassociateSubnetCidrBlock',
    asked: 'remove ipv6 range from a subnet, take the /64 off, subnet back to ipv4 only',
    example: 'take the ipv6 block off subnet-0abc',
  },
  {
    op: 'ec2:DisassociateVpcCidrBlock',
    asked: 'remove secondary cidr, shrink network address space, drop ipv6 block from vpc, undo extra range',
    example: 'remove the 100.64.0.0/16 secondary range from vpc-0abc',
  },
  {
    op: 'ec2:CreateCarrierGateway',
    asked: 'wavelength zone, 5g carrier network, mobile edge traffic, telecom network access for edge apps',
    example: 'connect our wavelength subnet to the 5g carrier network',
  },
  {
    op: 'ec2:DescribeCarrierGateways',
    asked: 'list wavelength gateways, carrier network gateways, 5g edge gateways we have',
    example: 'which carrier gateways exist for our wavelength zones',
  },
  {
    op: 'ec2:DeleteCarrierGateway',
    asked:
      'remove wavelength gateway, tear down 5g carrier connection, delete edge gateway for mobile network',
    example: 'delete the carrier gateway cagw-0abc from our wavelength vpc',
  },
  {
    op: 'ec2:ModifyAvailabilityZoneGroup',
    asked:
      'opt in to a local zone, enable wavelength zone, turn on la local zone, zone group opt in, low latency metro zones',
    example: 'opt our account into the us-west-2-lax-1 local zone group',
  },
  {
    op: 'ec2:EnableImageBlockPublicAccess',
    asked:
      'stop anyone making an ami public, block public sharing of images account wide, prevent leaking machine images, turn on image guard',
    example: 'turn on the account block so no ami can ever be shared publicly',
  },
  {
    op: 'ec2:DisableImageBlockPublicAccess',
    asked:
      'allow public amis again, let us publish images to everyone, lift the public sharing block for images',
    example: 'we need to publish a community ami, lift the account block',
  },
  {
    op: 'ec2:GetImageBlockPublicAccessState',
    asked: 'can amis be made public here, is public image sharing blocked, ami public sharing guard status',
    example: 'is public ami sharing blocked in us-east-1',
  },
  {
    op: 'ec2:DisableSerialConsoleAccess',
    asked: 'turn off serial console, block text console login account wide, remove emergency console',
    example: 'switch off serial console access for the account',
  },
  {
    op: 'ec2:EnableEbsEncryptionByDefault',
    asked:
      'encrypt all new disks automatically, force encryption for every new volume, account wide disk encryption, compliance requires encrypted storage, every new disk encrypted from now on, new volumes always encrypted in this account, turn on default encryption for ebs',
    example: 'make every new ebs volume in this region encrypted automatically',
  },
  {
    op: 'ec2:DisableEbsEncryptionByDefault',
    asked: 'stop encrypting new disks automatically, turn off default volume encryption',
    example: 'turn off automatic encryption of new disks in eu-central-1',
  },
  {
    op: 'ec2:GetEbsEncryptionByDefault',
    asked:
      'are new disks encrypted automatically, is default volume encryption on, check encryption default for storage',
    example: 'are new volumes encrypted by default in this region',
  },
  {
    op: 'ec2:GetEbsDefaultKmsKeyId',
    asked:
      'which key encrypts new disks, default kms key for volumes, cmk used for disk encryption by default',
    example: 'what kms key do new ebs volumes use by default',
  },
  {
    op: 'ec2:ModifyEbsDefaultKmsKeyId',
    asked:
      'use our own kms key for all new disks, change the default cmk for volume encryption, customer managed key for new ebs volumes',
    example: 'make new ebs volumes default to kms key alias/ebs-prod for encryption',
  },
  {
    op: 'ec2:ResetEbsDefaultKmsKeyId',
    asked:
      'go back to aws managed key for disks, undo custom default cmk for volumes, revert default volume key',
    example: 'reset the default ebs encryption key back to the aws managed aws/ebs key',
  },
  {
    op: 'ec2:RestoreSnapshotTier',
    asked:
      'bring an archived disk backup back, temporarily restore from archive tier, unarchive snapshot, thaw cold snapshot',
    example: 'restore archived ebs snapshot snap-0abc from the archive tier',
  },
  {
    op: 'ec2:DescribeSnapshotTierStatus',
    asked:
      'is the snapshot archived, archive restore progress, which backups are in the cold tier, when does the restore expire',
    example: 'is ebs snapshot snap-0abc in archive and has its restore finished',
  },
  {
    op: 'ec2:EnableSnapshotBlockPublicAccess',
    asked:
      'stop disk backups being shared publicly, block public snapshot sharing account wide, prevent exposing volume backups, block anyone from making snapshots public, no public ebs snapshots in this region',
    example: 'block any public sharing of ebs snapshots in this account',
  },
  {
    op: 'ec2:GetSnapshotBlockPublicAccessState',
    asked: 'can snapshots be made public, is public snapshot sharing blocked, guard status for disk backups',
    example: 'is public sharing of ebs snapshots blocked here',
  },
  {
    op: 'ec2:ListSnapshotsInRecycleBin',
    asked:
      'deleted disk backups we can still recover, snapshots in the trash, accidentally removed snapshots, retention rule, snapshots sitting in the recycle bin right now, deleted snapshots we could still bring back',
    example: 'which deleted ebs snapshots are still recoverable',
  },
  {
    op: 'ec2:RestoreSnapshotFromRecycleBin',
    asked:
      'undelete a disk backup, recover a deleted snapshot, bring back a snapshot deleted by mistake, accidentally deleted snapshot, get snapshot back from recycle bin trash',
    example: 'i deleted ebs snapshot snap-0abc by mistake, recover it from the bin',
  },
  {
    op: 'ec2:ListImagesInRecycleBin',
    asked: 'deleted amis we can still recover, machine images in the trash, accidentally deregistered images',
    example: 'show deregistered amis sitting in the bin',
  },
];
