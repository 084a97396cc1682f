// Data: how people ask for operations (see ../asked.ts), compute services: ec2 launch templates,
// spot, placement groups, reserved capacity and fleets, and the disk backup block api (ebs).

import type { AskedEntry } from './types.js';

export const ASKED_COMPUTE_3: readonly AskedEntry[] = [
  {
    op: 'ec2:CreateLaunchTemplate',
    asked:
      'saved server config, reusable launch settings, blueprint for new machines, preset ami type key and user data, template for an autoscaling group, save launch settings for an auto scaling group, a template the asg launches from, new launch template that names the ami and instance type servers start from',
    example: 'save the ami, size, ssh key and startup script as a reusable preset for new servers',
  },
  {
    op: 'ec2:CreateLaunchTemplateVersion',
    asked:
      'new revision of a saved server config, bump the ami in the template, update launch settings, change the image for new machines, new revision using a different ami',
    example: 'new revision of launch template lt-0abc that uses ami-0def',
  },
  {
    op: 'ec2:ModifyLaunchTemplate',
    asked:
      'set the default version of a launch template, which revision is used by default, promote a template revision, make a revision the default, set the default version of a launch template, which template version new launches use',
    example: 'make revision 7 the default for launch template lt-0abc',
  },
  {
    op: 'ec2:DescribeLaunchTemplates',
    asked: 'list saved server configs, which launch templates exist, latest and default version numbers',
    example: 'show our launch templates',
  },
  {
    op: 'ec2:DescribeLaunchTemplateVersions',
    asked:
      'what is inside a launch template, show the ami and user data of a revision, compare template revisions, see its settings, image id in a template revision',
    example: 'what image id and user data does revision 3 of lt-0abc contain',
  },
  {
    op: 'ec2:GetLaunchTemplateData',
    asked:
      'turn a running server into a template, copy the settings of an existing machine, export vm config',
    example: 'give me the config of i-0abc so i can launch identical machines',
  },
  {
    op: 'ec2:DeleteLaunchTemplate',
    asked:
      'remove a saved server config, delete an old template and all its revisions, unused launch template removed',
    example: 'remove the unused launch template lt-0abc completely',
  },
  {
    op: 'ec2:RequestSpotInstances',
    asked:
      'cheap spare capacity servers, discounted interruptible machines, bid for unused compute, up to 90 percent off, one time or persistent request, spot machines for a batch run, spot servers',
    example: 'get me 4 spot c5.large machines for a batch run',
  },
  {
    op: 'ec2:DescribeSpotInstanceRequests',
    asked:
      'why was my spot request not fulfilled, status of spot bids, capacity not available, price too low, which spot requests are open, still pending, waiting for capacity',
    example: 'spot bid sir-0abc has sat open for an hour and no machine came up, why',
  },
  {
    op: 'ec2:CancelSpotInstanceRequests',
    asked: 'stop a spot bid, withdraw a spot request, cancel pending cheap capacity requests',
    example: 'withdraw sir-0abc so no new spot machines start',
  },
  {
    op: 'ec2:DescribeSpotPriceHistory',
    asked:
      'how much does spot cost, current spot price, cheapest zone for spot, price trend over time, hourly price of interruptible capacity',
    example: 'how has the spot price of m5.large moved this week in each zone',
  },
  {
    op: 'ec2:GetSpotPlacementScores',
    asked:
      'which region or zone am i most likely to get spot capacity in, which region has spare capacity, score 1 to 10, likelihood of success',
    example: 'which region is most likely to give me 100 spot vcpus',
  },
  {
    op: 'ec2:RequestSpotFleet',
    asked:
      'many spot machines across types, diversified spot capacity, mix of instance types at lowest price, maintain target vcpus, keep spot capacity running, spread over several types, interruptible capacity pool',
    example: 'hold 50 vcpus of interruptible capacity spread over c5, m5 and r5',
  },
  {
    op: 'ec2:CreateFleet',
    asked:
      'mix on demand and spot in one request, launch many servers of several types at once, instant fleet, capacity across zones',
    example: 'launch 20 machines, half on demand half spot, across three instance sizes',
  },
  {
    op: 'ec2:CreatePlacementGroup',
    asked:
      'put servers close together, low latency cluster networking, hpc, spread across racks for availability, partition group for hadoop or kafka',
    example: 'keep my hpc nodes physically close for the fastest network between them',
  },
  {
    op: 'ec2:DescribePlacementGroups',
    asked: 'which placement groups exist, cluster spread or partition strategy, check group of servers',
    example: 'list the cluster and spread groups in this region',
  },
  {
    op: 'ec2:DeletePlacementGroup',
    asked:
      'remove a placement group, delete an empty cluster group, clean up unused spread or partition group',
    example: 'delete the empty hpc-group placement group',
  },
  {
    op: 'ec2:CreateCapacityReservation',
    asked:
      'reserve servers in a zone, guarantee capacity, on demand capacity reservation, make sure machines are available for a launch event, hold capacity, guaranteed machines',
    example: 'make sure 10 p4d boxes are available to us in us-east-1a next week',
  },
  {
    op: 'ec2:DescribeCapacityReservations',
    asked:
      'which capacity is reserved, how many reserved slots are unused, available count, reservation state',
    example: 'how many of our held c5 slots are free right now',
  },
  {
    op: 'ec2:CancelCapacityReservation',
    asked: 'release reserved capacity, stop paying for held servers, end a reservation, give back capacity',
    example: 'we no longer need the held capacity cr-0abc, release it',
  },
  {
    op: 'ec2:ModifyCapacityReservation',
    asked:
      'change how many servers are reserved, extend the end date of held capacity, shrink a reservation, raise reserved capacity, more reserved machines',
    example: 'raise reserved capacity cr-0abc from 10 to 16 machines',
  },
  {
    op: 'ec2:DescribeReservedInstances',
    asked:
      'which reserved instances did we buy, ri expiry, when do ris expire, commitment discounts, term left, ri coverage, purchased reservations',
    example: 'list the ris we bought and how many months each has left',
  },
  {
    op: 'ec2:PurchaseReservedInstancesOffering',
    asked: 'buy a reserved instance, commit for a discount, one or three year term, prepay for servers',
    example: 'buy a 1-year no upfront commitment for two m5.large',
  },
  {
    op: 'ebs:StartSnapshot',
    asked:
      'write a disk backup directly from blocks, create a snapshot from on prem data, block level backup api, begin writing, ebs direct apis, upload a disk image straight into a snapshot block by block',
    example: 'begin a fresh ebs snapshot through the direct apis that our agent fills block by block',
  },
  {
    op: 'ebs:ListChangedBlocks',
    asked:
      'which blocks differ between two backups, incremental changes, delta between snapshots, changed data since last backup',
    example: 'what disk blocks changed between snap-0aaa and snap-0bbb',
  },
  {
    op: 'ebs:GetSnapshotBlock',
    asked: 'read raw data from a disk backup, fetch one block, download snapshot data without restoring',
    example: 'read block 1024 of snap-0abc without creating a drive',
  },
];
