// Data: how people ask for operations (see ../asked.ts), compute services: ec2 machine images,
// disks, disk backups, key pairs, launch templates, spot, placement and reserved capacity.

import type { AskedEntry } from './types.js';

export const ASKED_COMPUTE_2: readonly AskedEntry[] = [
  {
    op: 'ec2:CreateImage',
    asked:
      'make an ami from a server, golden image, bake an image, capture a machine, clone a vm, back up the whole box, template of this server, snapshot the instance, save a server as a reusable image, keep this machine as a base image for new ones',
    example: 'bake a reusable image of the configured web box i-0abc so i can clone it',
  },
  {
    op: 'ec2:CopyImage',
    asked:
      'copy an ami to another region, move a machine image across regions, duplicate an image, encrypt an image copy, disaster recovery image, make an ami available in another region, only exists in one region',
    example: 'ami-0abc only exists in us-east-1, i need it in eu-central-1 too',
  },
  {
    op: 'ec2:DeregisterImage',
    asked:
      'delete an ami, remove an old machine image, retire a golden image, clean up images nobody uses, unregister, get rid of an old ami, throw away an ami, ami nobody launches anymore',
    example: 'nobody uses ami-0deadbeef anymore, delete that image',
  },
  {
    op: 'ec2:DescribeImages',
    asked:
      'find an ami, latest amazon linux or ubuntu image id, which machine images do i own, search public images, image id for a region, list images, our own amis, image creation date, stale images',
    example: 'what is the newest ubuntu 22.04 image id in us-west-2',
  },
  {
    op: 'ec2:ModifyImageAttribute',
    asked:
      'share an ami with another account, make an image public or private, grant launch permission, give account 123456789012 access to an image, cross account ami, let another account use our image, other accounts can launch from our golden image, share the golden ami across accounts',
    example: 'let account 111122223333 use our ami-0abc image',
  },
  {
    op: 'ec2:DescribeImageAttribute',
    asked:
      'who can launch this ami, which accounts is the image shared with, is the image public, check launch permission',
    example: 'which accounts have been given access to ami-0abc1234',
  },
  {
    op: 'ec2:ImportImage',
    asked:
      'bring a vmware or hyper-v vm into aws, upload a vmdk or vhd or ova, migrate an on premises virtual machine, convert a disk image to an ami, ova file into an ami',
    example: 'turn the ova file we exported from vmware into an ami',
  },
  {
    op: 'ec2:ExportImage',
    asked:
      'download an ami as a vmdk or vhd, take a machine image out of aws, export to vmware, save image file to s3, run the ami on premises, hyper-v, on prem virtualization, virtual disk file',
    example: 'convert ami-0abc into a vhd we can run under hyper-v',
  },
  {
    op: 'ec2:EnableImageDeprecation',
    asked:
      'mark an ami as outdated on a date, schedule image to be hidden, stop people launching an old image, flag an ami as obsolete, deprecate, deprecation date',
    example: 'flag ami-0abc as obsolete from next month',
  },
  {
    op: 'ec2:CreateVolume',
    asked:
      'new disk, add a hard drive, create block storage, blank gp3 disk, make a drive from a snapshot, extra storage for a server',
    example: 'make a 500 gb gp3 disk in us-east-1a',
  },
  {
    op: 'ec2:AttachVolume',
    asked:
      'plug a disk into a server, mount a drive on a vm, connect extra storage to a box, add the hard drive as /dev/sdf, hook a disk up',
    example: 'connect vol-0abc to i-0def as /dev/xvdf',
  },
  {
    op: 'ec2:DetachVolume',
    asked:
      'unplug a disk from a server, unmount the drive, disconnect storage from a vm, move a disk to another machine, detach hangs in busy state, take a disk off',
    example: 'unplug disk vol-0abc from the old box',
  },
  {
    op: 'ec2:ModifyVolume',
    asked:
      'grow a disk, make the drive bigger, increase disk size, out of disk space, resize storage, change gp2 to gp3, more iops or throughput',
    example: 'my server is out of space, grow vol-0abc from 100 to 250 gb',
  },
  {
    op: 'ec2:DescribeVolumesModifications',
    asked: 'is the disk resize done, progress of growing the drive, optimizing state, check the size change',
    example: 'how far along is the resize of vol-0abc, still optimizing?',
  },
  {
    op: 'ec2:DeleteVolume',
    asked:
      'delete a disk, remove an unused drive, throw away unattached storage, clean up orphaned volumes, destroy a hard drive',
    example: 'get rid of the unattached drive vol-0123 that nobody uses',
  },
  {
    op: 'ec2:DescribeVolumes',
    asked:
      'list disks, which drives are unattached, how big is the hard drive, which server is the disk on, disk type and size, find available volumes, encrypted or not',
    example: 'show every drive in available state that is not connected to any box',
  },
  {
    op: 'ec2:DescribeVolumeStatus',
    asked: 'is the disk healthy, impaired drive, io disabled, storage health check, volume problems events',
    example: 'is vol-0abc reporting any impaired io problems',
  },
  {
    op: 'ec2:CreateSnapshot',
    asked:
      'back up a disk, point in time copy of a drive, take a backup of the hard drive, save the volume before a change, ebs backup of one volume, safety copy before risky work, back up the disk of a server, point-in-time copy of a volume before an upgrade',
    example: "snapshot vol-0abc before tonight's upgrade",
  },
  {
    op: 'ec2:CreateSnapshots',
    asked:
      'back up all drives of a server at once, crash consistent backup of every disk on a machine, multi disk backup',
    example: 'back up every disk on i-0abc together at the same moment',
  },
  {
    op: 'ec2:CopySnapshot',
    asked:
      'copy a disk backup to another region, duplicate a backup, encrypt an unencrypted backup copy, cross region backup, disaster recovery copy',
    example: 'put a copy of snap-0abc in us-west-2 for dr',
  },
  {
    op: 'ec2:DeleteSnapshot',
    asked:
      'delete an old disk backup, clean up backups, remove point in time copies, free backup storage cost',
    example: 'remove the disk backup snap-0abc123 from last year',
  },
  {
    op: 'ec2:DescribeSnapshots',
    asked:
      'list disk backups, which backups exist for this drive, when was the last backup taken, find backups older than 30 days, backup progress, when was a disk last backed up',
    example: 'when was the ebs disk vol-0abc last backed up',
  },
  {
    op: 'ec2:ModifySnapshotAttribute',
    asked:
      'share a disk backup with another account, make a snapshot public or private, grant create volume permission, cross account backup sharing, give another account access to a snapshot, make a public snapshot private, stop sharing a snapshot with everyone, remove public access from a disk backup',
    example: 'give account 444455556666 access to ebs snapshot snap-0abc',
  },
  {
    op: 'ec2:EnableFastSnapshotRestores',
    asked:
      'restore disks at full speed right away, no lazy loading, pre warm, avoid first read latency, initialized volumes from a backup, fsr',
    example: 'volumes made from snap-0abc in us-east-1a must be fast from the first read',
  },
  {
    op: 'ec2:DescribeFastSnapshotRestores',
    asked: 'which backups are pre warmed, is full speed restore enabled, check fsr state per zone',
    example: 'which snapshots have full-performance restore turned on',
  },
  {
    op: 'ec2:ModifySnapshotTier',
    asked:
      'archive an old disk backup, move snapshot to cold cheaper storage, 75 percent cheaper archive tier',
    example: 'move snap-0abc to the cheap cold tier since we keep it for compliance only',
  },
  {
    op: 'ec2:LockSnapshot',
    asked:
      'protect a backup from deletion, worm, make a disk backup immutable, ransomware protection, compliance mode retention, undeletable disk backup, nobody can wipe it',
    example: 'make disk backup snap-0abc undeletable for 90 days',
  },
  {
    op: 'ec2:CreateKeyPair',
    asked:
      'new ssh key, generate a pem file, make a login key for servers, private key download, rsa or ed25519 key',
    example: 'generate a new ssh key called deploy-key and give me the pem',
  },
  {
    op: 'ec2:ImportKeyPair',
    asked:
      'upload my own public key, use my existing id_rsa.pub, bring my ssh key, register a public key for server login, pub file from my laptop',
    example: 'register the id_ed25519.pub i already have so new boxes accept it',
  },
  {
    op: 'ec2:DescribeKeyPairs',
    asked: 'which ssh keys exist, list login keys, fingerprint of a key, does key deploy-key exist',
    example: 'show the ssh keys in this region and their fingerprints',
  },
  {
    op: 'ec2:DeleteKeyPair',
    asked: 'remove an ssh key, revoke an old login key, delete a pem key, clean up leaked key',
    example: 'the ssh key old-laptop leaked, get rid of it',
  },
];
