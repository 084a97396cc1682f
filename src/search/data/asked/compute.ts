// Data: how people ask for operations (see ../asked.ts), compute services: ec2 instances (the
// rest of ec2 compute is in compute-2.ts, the other compute services in compute-3.ts onward).

import type { AskedEntry } from './types.js';

export const ASKED_COMPUTE: readonly AskedEntry[] = [
  {
    op: 'ec2:RunInstances',
    asked:
      'launch a server, spin up a virtual machine, create a vm, new box, provision a machine, boot a new host from an ami, bring up nodes, deploy a linux or windows server, user data script',
    example: 'spin up two t3.micro linux boxes from ami-0abc1234 with a startup script',
  },
  {
    op: 'ec2:StartInstances',
    asked:
      'power on a stopped server, turn the machine back on, boot up again, wake up the vm, resume a stopped box, bring it back online, resume from hibernation, switch a server on again, boot a stopped instance again, start the existing server back up',
    example: 'power the server i-0a1b2c3d4e back up',
  },
  {
    op: 'ec2:StopInstances',
    asked:
      'shut down a server, power off the machine, turn off the vm overnight, pause the box to save money, halt, keep the disk but stop compute charges, hibernate, off hours, idle',
    example: 'shut the dev box down every friday so it costs nothing till monday',
  },
  {
    op: 'ec2:RebootInstances',
    asked:
      'restart a server, bounce the box, power cycle the machine, soft restart of a hung vm, reboot after patching, kick the host, hard reboot a frozen server, hard reset an unresponsive vm, the box is hung give it a restart',
    example: 'bounce the web server i-0123abcd, it is frozen',
  },
  {
    op: 'ec2:TerminateInstances',
    asked:
      'delete a server, kill the vm for good, destroy a machine, get rid of a box, remove a host permanently, tear down, decommission, nuke',
    example: 'permanently destroy the old build box i-09876fedcba so it stops costing money',
  },
  {
    op: 'ec2:DescribeInstances',
    asked:
      'list my servers, show all vms, which machines are running, find a box by tag or name, its ip address, which ami or type, public dns, private ip, inventory of hosts, check state',
    example: 'what is the private ip of the server tagged name=web-01',
  },
  {
    op: 'ec2:DescribeInstanceStatus',
    asked:
      'is the server healthy, status checks failed, 2/2 checks passed, system reachability, impaired, scheduled maintenance events, retirement notice, is the vm reachable, health of boxes, upcoming maintenance for my instances, is aws going to reboot my server, pending instance events',
    example: 'why does my box show 1/2 checks passed and is there a scheduled retirement',
  },
  {
    op: 'ec2:GetConsoleOutput',
    asked:
      'boot log, system log, see kernel messages, why did the vm not boot, serial log text, troubleshoot startup, dmesg, cloud-init output, hangs at boot',
    example: 'show me the boot log of i-0aa11bb22 because ssh never comes up',
  },
  {
    op: 'ec2:GetConsoleScreenshot',
    asked:
      'picture of the screen, see what the display shows, image of a frozen windows desktop, blue screen, unreachable machine visual, jpg capture',
    example: 'grab an image of what the windows server display shows right now',
  },
  {
    op: 'ec2:ModifyInstanceAttribute',
    asked:
      'change the instance type, resize a server, bigger or smaller machine, upgrade cpu and memory, termination protection, change user data, source dest check, shutdown behavior, ebs optimized, switch machine size, nobody can kill the server by accident, protect a server from accidental termination, disable api termination, move a server to another instance type like r6i.xlarge, change the machine type of a stopped box, quarantine or isolate a server by swapping its security groups',
    example: 'change the stopped box i-0ab12cd34 to an m5.2xlarge instead of t3.large',
  },
  {
    op: 'ec2:DescribeInstanceAttribute',
    asked:
      'see the user data of a server, read its startup script, is termination protection on, what shutdown behavior, which kernel, check root device name, show one setting of a vm',
    example: 'read back the startup script that was given to i-0c0ffee12',
  },
  {
    op: 'ec2:MonitorInstances',
    asked:
      'turn on detailed monitoring, one minute metrics, finer cloudwatch graphs for a server, more frequent cpu stats',
    example: 'enable 1-minute cloudwatch metrics for i-0123456789abcdef0',
  },
  {
    op: 'ec2:UnmonitorInstances',
    asked:
      'turn off detailed monitoring, back to five minute metrics, basic monitoring only, stop paying for fine grained cloudwatch on a server, standard monitoring, disable 1 minute metrics',
    example: 'stop the per-minute cloudwatch metrics on server i-0abc, 5 minutes is enough',
  },
  {
    op: 'ec2:GetPasswordData',
    asked:
      'windows administrator password, rdp login password, decrypt admin password with the pem key, log in to a windows vm, remote desktop credentials',
    example: 'how do i rdp into the windows server i just launched',
  },
  {
    op: 'ec2:DescribeInstanceTypes',
    asked:
      'how many vcpus and how much memory, cpu and ram of a machine size, compare server sizes, gpu count, network bandwidth, specs of m5.large, which family, architecture arm or x86',
    example: 'how much ram and how many cpus does a c6g.xlarge have',
  },
  {
    op: 'ec2:DescribeInstanceTypeOfferings',
    asked:
      'is this machine size available in my region, which availability zone supports it, offered in us-east-1a, can i get a p4d here, which zones sell this type',
    example: 'which availability zones in eu-west-1 can run g5.xlarge',
  },
  {
    op: 'ec2:GetInstanceTypesFromInstanceRequirements',
    asked:
      'which machine sizes match 4 vcpus and 16 gb, find types by cpu and memory needs, attribute based selection, pick sizes by requirements',
    example: 'find every server size with 8 cores and at least 32 gib of ram',
  },
  {
    op: 'ec2:ModifyInstanceMetadataOptions',
    asked:
      'require imdsv2, enforce session tokens for the metadata endpoint, disable 169.254.169.254, hop limit, turn off imdsv1, metadata tags on a server, token based requests only, force imdsv2 on running servers, block metadata calls without a token, make the instance metadata require a token',
    example: 'block imdsv1 on i-0ab so only tokened calls work',
  },
  {
    op: 'ec2:AssociateIamInstanceProfile',
    asked:
      'give a vm iam permissions, attach an iam role to a server, let the box call other services without keys, add permissions to a running machine',
    example: 'give the running box i-0123 the app-server-role so it can read s3',
  },
  {
    op: 'ec2:ReplaceIamInstanceProfileAssociation',
    asked:
      'swap the role on a vm, change which permissions a machine runs with, switch without stopping it, while it keeps running',
    example: 'swap the iam role on machine i-0abc from app-old to app-new without a restart',
  },
  {
    op: 'ec2:DescribeIamInstanceProfileAssociations',
    asked:
      'which iam role does this vm have, check what permissions a machine runs with, show the profile on each box, what identity a box uses',
    example: 'what role is the box i-0abc1234 using',
  },
  {
    op: 'ec2:ModifyInstanceCreditSpecification',
    asked:
      'burstable unlimited mode, t3 credits running out, cpu throttled on a t2, switch to standard credits, allow bursting past baseline',
    example: 'our t3.medium is stuck at baseline speed, let it go unlimited',
  },
  {
    op: 'ec2:ModifyInstancePlacement',
    asked:
      'move a server to a dedicated host, change tenancy, put a vm into another placement group, host affinity',
    example: 'move stopped box i-0ab onto dedicated host h-0123',
  },
  {
    op: 'ec2:ModifyInstanceMaintenanceOptions',
    asked:
      'auto recovery on or off, recover the vm automatically when hardware fails, simplified automatic recovery setting',
    example: 'turn off automatic recovery for i-0ff on hardware failure',
  },
  {
    op: 'ec2:SendDiagnosticInterrupt',
    asked: 'cause a kernel panic on purpose, crash dump, blue screen on purpose, debug a frozen box, nmi',
    example: 'crash a frozen linux box on purpose to get a memory dump',
  },
  {
    op: 'ec2:GetSerialConsoleAccessStatus',
    asked:
      'is serial console allowed, can we use the text console for the account, check emergency console access',
    example: 'is serial port login permitted in this account',
  },
  {
    op: 'ec2:EnableSerialConsoleAccess',
    asked:
      'allow serial console, turn on text console for broken networking, emergency access to unreachable vm, fix a box with no ssh, account wide setting for every machine',
    example: 'allow emergency serial port access to every machine in this account',
  },
  {
    op: 'ec2-instance-connect:SendSSHPublicKey',
    asked:
      'ssh into a server without a key pair, temporary ssh key, browser ssh, instance connect login, push a public key for 60 seconds, connect to the machine, log in for a minute, no pem file, one-time or ephemeral ssh key valid 60 seconds, no key stored on the instance or in the ami',
    example: 'push a throwaway public key so i can ssh to i-0abc as ec2-user',
  },
  {
    op: 'ec2-instance-connect:SendSerialConsoleSSHPublicKey',
    asked:
      'connect to the serial console, text console over ssh, debug a server that lost network, fix boot problems interactively',
    example: 'open the serial port on i-0def over ssh to fix a broken fstab',
  },
  {
    op: 'ec2:CreateTags',
    asked:
      'label a server, add a name tag, tag volumes and machines, set owner or cost center, rename a vm in the console, key value labels, label servers and disks, label ec2 things',
    example: 'label server i-0abc and disk vol-0123 with team=payments and env=prod',
  },
  {
    op: 'ec2:DescribeTags',
    asked:
      'which labels are on these servers, show tag keys and values, find all things tagged env=prod, list labels, what labels does a machine have, every label on a server',
    example: 'what labels are on the machine i-0abc1234',
  },
  {
    op: 'ec2:DeleteTags',
    asked:
      'remove a label from a server, untag a volume, strip the name tag, drop a key value label, take a label off a server or disk',
    example: 'take the temp=true label off server i-0abc',
  },
];
