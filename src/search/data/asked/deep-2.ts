// Data: how people ask for operations (see ../asked.ts), wave 2 deepening of ec2: images, vm
// import and export, allowed images, burstable credits, spot fleets and reserved instances.

import type { AskedEntry } from './types.js';

export const ASKED_DEEP_2: readonly AskedEntry[] = [
  {
    op: 'ec2:RestoreImageFromRecycleBin',
    asked: 'undelete an ami, recover a deregistered machine image, bring image back from trash',
    example: 'recover ami-0abc that someone deregistered yesterday',
  },
  {
    op: 'ec2:DescribeSnapshotAttribute',
    asked:
      'who can use this disk backup, which accounts is the snapshot shared with, create volume permission of a snapshot, is it public',
    example: 'which aws accounts is ebs snapshot snap-0abc shared with',
  },
  {
    op: 'ec2:ResetSnapshotAttribute',
    asked:
      'unshare a disk backup, make snapshot private again, reset create volume permission, only our account may use it',
    example: 'reset the create volume permission of snap-0abc so only we can use it',
  },
  {
    op: 'ec2:DescribeVolumeAttribute',
    asked: 'does the disk auto enable io, product codes on a volume, volume io setting',
    example: 'is auto enable io turned on for vol-0abc',
  },
  {
    op: 'ec2:EnableVolumeIO',
    asked: 'resume io on an impaired disk, volume io suspended after consistency check, unfreeze disk io',
    example: 'io on vol-0abc is suspended as potentially inconsistent, let it resume',
  },
  {
    op: 'ec2:CreateReplaceRootVolumeTask',
    asked:
      'reset the boot disk, restore root volume from a snapshot without stopping, reimage the server in place, roll back os disk to launch state',
    example: 'put the boot disk of i-0abc back to how it was at launch',
  },
  {
    op: 'ec2:DescribeReplaceRootVolumeTasks',
    asked: 'did the boot disk reset finish, status of root volume swaps, in place reimage progress',
    example: 'is the root volume swap on i-0abc done',
  },
  {
    op: 'ec2:DisableFastSnapshotRestores',
    asked: 'stop fast restore charges, turn off pre warmed snapshot restores, fsr off for a zone',
    example: 'turn off fast restore for snap-0abc in us-east-1a, it costs too much',
  },
  {
    op: 'ec2:EnableImageDeregistrationProtection',
    asked: 'protect an ami from deletion, stop someone deregistering a golden image, guard machine image',
    example: 'make sure nobody can deregister our golden ami-0abc by accident',
  },
  {
    op: 'ec2:DisableImageDeregistrationProtection',
    asked:
      'allow an ami to be deregistered again, lift the delete guard on a machine image, remove protection',
    example: 'remove deregistration protection from ami-0abc so we can clean it up',
  },
  {
    op: 'ec2:DisableImageDeprecation',
    asked:
      'cancel the obsolete date on an ami, undo image deprecation, keep image visible, no longer outdated',
    example: 'cancel the deprecation of ami-0abc, it should stay current',
  },
  {
    op: 'ec2:RegisterImage',
    asked:
      'make an ami from a snapshot, turn a root disk backup into a machine image, register from s3 manifest, custom image from ebs snapshot',
    example: 'register a new ami using snap-0abc as its root device',
  },
  {
    op: 'ec2:ResetImageAttribute',
    asked: 'remove launch permissions from an ami, make image private again, clear who can launch it',
    example: 'reset the launch permissions on ami-0abc back to just us',
  },
  {
    op: 'ec2:EnableFastLaunch',
    asked:
      'speed up windows launches, pre provisioned windows snapshots, faster windows boot, skip sysprep wait',
    example: 'windows servers from ami-0abc take 15 minutes to boot, make launches faster',
  },
  {
    op: 'ec2:DisableFastLaunch',
    asked: 'turn off windows pre provisioning, stop fast windows launches, remove prepared snapshots',
    example: 'stop the faster windows launch feature on ami-0abc',
  },
  {
    op: 'ec2:DescribeFastLaunchImages',
    asked:
      'which windows images have fast launch, pre provisioned snapshot settings, faster windows launch state',
    example: 'which windows amis are set up for speedy launches',
  },
  {
    op: 'ec2:CreateStoreImageTask',
    asked:
      'save an ami to an s3 bucket, machine image into a bucket, copy ami to s3 for govcloud or china partition',
    example: 'copy ami-0abc into s3 bucket ami-archive so we can move it to govcloud',
  },
  {
    op: 'ec2:CreateRestoreImageTask',
    asked: 'bring an ami back from s3, recreate machine image from stored object, load image from bucket',
    example: 'recreate the image from s3://ami-archive/ami-0abc.bin',
  },
  {
    op: 'ec2:DescribeStoreImageTasks',
    asked: 'progress of saving an ami to s3, has the image upload to bucket finished',
    example: 'is the ami to s3 copy done',
  },
  {
    op: 'ec2:DescribeImportImageTasks',
    asked:
      'progress of vm import, did the ova conversion finish, why did importing the vmdk fail, image import status',
    example: 'how far along is the vm import task import-ami-0abc',
  },
  {
    op: 'ec2:ImportSnapshot',
    asked: 'upload a disk image as a snapshot, vmdk or vhd into a disk backup, raw disk file from s3 to ebs',
    example: 'import the disk file s3://vm-disks/data.vmdk as an ebs snapshot',
  },
  {
    op: 'ec2:DescribeImportSnapshotTasks',
    asked: 'progress of disk file import, did the vhd to snapshot conversion finish, snapshot import status',
    example: 'status of the snapshot import task import-snap-0abc',
  },
  {
    op: 'ec2:CreateInstanceExportTask',
    asked:
      'export a running ec2 server to vmware, instance to ova, take a live vm out to on premises, citrix or hyper-v from an instance',
    example: 'export ec2 instance i-0abc to an ova file in s3 for our vmware cluster',
  },
  {
    op: 'ec2:DescribeExportImageTasks',
    asked: 'progress of ami export to s3, did the image download file finish',
    example: 'has the ami export task export-ami-0abc finished writing to s3',
  },
  {
    op: 'ec2:CancelExportTask',
    asked: 'abort an export to s3, stop the vm export in progress',
    example: 'abort export-i-0abc, we exported the wrong server',
  },
  {
    op: 'ec2:CancelImportTask',
    asked: 'abort a vm import, stop converting the uploaded disk image, cancel import',
    example: 'cancel the import task import-ami-0abc, we uploaded the wrong ova',
  },
  {
    op: 'ec2:EnableAllowedImagesSettings',
    asked:
      'only allow approved amis, restrict which images can launch, trusted image providers, golden image guardrail',
    example: 'only let people launch images owned by amazon and our account',
  },
  {
    op: 'ec2:GetAllowedImagesSettings',
    asked:
      'which amis are allowed to launch, approved image criteria, is the image allow list on, trusted image providers',
    example: 'which ami providers are allowed by our allowed images settings',
  },
  {
    op: 'ec2:ReplaceImageCriteriaInAllowedImagesSettings',
    asked: 'change the approved ami list, update trusted image owners, new allowed image rules',
    example: 'add the vendor account 123456789012 to our approved image owners',
  },
  {
    op: 'ec2:DisableAllowedImagesSettings',
    asked:
      'turn off the approved ami restriction, let any image launch again, drop the allow list of images, allow any ami',
    example: 'remove the image allow list so any ami can be used',
  },
  {
    op: 'ec2:DescribeInstanceCreditSpecifications',
    asked: 'burstable cpu credits mode, is the t3 unlimited or standard, cpu credit setting of servers',
    example: 'is i-0abc a t3 running in unlimited mode',
  },
  {
    op: 'ec2:GetDefaultCreditSpecification',
    asked:
      'default burst mode for t3, account default unlimited or standard, credit option for new burstable machines',
    example: 'what credit mode do new t3 instances get by default',
  },
  {
    op: 'ec2:ModifyDefaultCreditSpecification',
    asked:
      'make new t3 standard by default, stop unlimited burst charges on new machines, default burstable mode',
    example: 'default all new t4g launches to standard credits',
  },
  {
    op: 'ec2:ModifyInstanceCpuOptions',
    asked:
      'threads per core, disable hyperthreading, fewer vcpus for licensing, active core count, turn off smt',
    example: 'turn off hyper threading on i-0abc to cut per core license costs',
  },
  {
    op: 'ec2:DescribeInstanceTopology',
    asked:
      'which servers are physically close, network node layout, rack proximity for hpc and ml, placement of gpu nodes',
    example: 'how close together are our p4d training nodes in the network',
  },
  {
    op: 'ec2:DisassociateIamInstanceProfile',
    asked: 'remove the role from a server, take away machine credentials, detach instance profile from ec2',
    example: 'detach the instance profile from ec2 instance i-0abc',
  },
  {
    op: 'ec2:DescribeAccountAttributes',
    asked:
      'default vpc id, supported platforms, max elastic ips allowed, max instances, account level ec2 settings',
    example: 'show the ec2 account attributes like default vpc and max elastic ips',
  },
  {
    op: 'ec2:DescribeSpotFleetRequests',
    asked:
      'status of spot fleet, is the spot fleet fulfilled, active spot fleets, target capacity of spot requests',
    example: 'is sfr-0abc still active and fulfilled',
  },
  {
    op: 'ec2:CancelSpotFleetRequests',
    asked: 'end a spot fleet and terminate its servers, shut down the whole spot fleet for good, stop sfr',
    example: 'end spot fleet sfr-0abc for good and terminate what it runs',
  },
  {
    op: 'ec2:ModifySpotFleetRequest',
    asked: 'change spot fleet size, scale spot fleet target capacity, resize spot fleet',
    example: 'raise the target capacity of spot fleet sfr-0abc to 20',
  },
  {
    op: 'ec2:DescribeSpotFleetInstances',
    asked: 'which servers belong to a spot fleet, members launched by spot fleet, spot fleet membership',
    example: 'which instances are running in spot fleet sfr-0abc',
  },
  {
    op: 'ec2:DescribeReservedInstancesOfferings',
    asked:
      'ri prices, shop for reserved instances, compare one year and three year terms, upfront cost, what commitments can we buy',
    example: 'what does a 1 year no upfront m6i.large reservation cost',
  },
  {
    op: 'ec2:ModifyReservedInstances',
    asked:
      'split a reservation, move ri to another zone, change reserved instance size, convert regional ri scope',
    example: 'move our reserved m5 capacity from us-east-1a to regional scope',
  },
  {
    op: 'ec2:CreateReservedInstancesListing',
    asked: 'sell unused reserved instances, marketplace listing for ri, get money back for a reservation',
    example: 'put our unused 3 year ri up for sale on the marketplace',
  },
];
