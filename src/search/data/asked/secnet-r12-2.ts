// Data: round-12 self-play words for the security, resilience, migration and network long tail,
// second part (see ../asked.ts and secnet-r12.ts): migration waves and progress, certificate
// enrollment connectors, zonal autoshift, classic load balancer listeners, EBS direct reads,
// Quick Setup, Firewall Manager delegation and SLO changes.
import type { AskedEntry } from './types.js';

export const ASKED_SECNET_R12_2: readonly AskedEntry[] = [
  {
    op: 'mgn:CreateWave',
    asked:
      'group servers we migrate together into a batch, migration wave, plan which servers move on which weekend, cutover batch',
    example: 'put the ten web servers into one migration batch for the june cutover',
  },
  {
    op: 'mgh:DescribeMigrationTask',
    asked:
      'status of a migration task tracked in migration hub, progress updates a migration tool reported for a server',
    example: 'status of the migration task we track in migration hub for server app-12',
  },
  {
    op: 'pca-connector-scep:CreateConnector',
    asked:
      'let an mdm enroll phones and laptops with certificates from our private ca, scep for intune or jamf, device certificates over scep',
    example: 'let intune enroll devices with private ca certificates over scep',
  },
  {
    op: 'arc-zonal-shift:UpdateZonalAutoshiftConfiguration',
    asked:
      'let aws move traffic out of a zone automatically when it sees a problem, turn on zonal autoshift, automatic zone evacuation',
    example: 'turn on zonal autoshift for my load balancer',
  },
  {
    op: 'arc-zonal-shift:ListManagedResources',
    asked:
      'which resources can be shifted away from a zone, resources registered for zonal shift, which load balancers zonal shift supports',
    example: 'which resources can arc zonal shift move',
  },
  {
    op: 'elb:CreateLoadBalancerListeners',
    asked:
      'make a classic load balancer listen on a new port, add an https listener to a classic elb, open port 443 on an old elb',
    example: 'add a port 8443 listener to our classic elb',
  },
  {
    op: 'ebs:ListSnapshotBlocks',
    asked:
      'which blocks of a snapshot hold data, read every block of a snapshot without a volume, snapshot block map',
    example: 'which blocks of snap-0123 hold data',
  },
  {
    op: 'ssm-quicksetup:CreateConfigurationManager',
    asked:
      'set up patching, inventory or the ssm agent across every account of the org in a few clicks, recommended systems manager setup for all accounts',
    example: 'set up patching for every account in the org with quick setup',
  },
  {
    op: 'ssm-quicksetup:ListConfigurationManagers',
    asked: 'what quick setup configurations are deployed, which org wide systems manager setups exist',
    example: 'which org wide patching setups did we deploy with systems manager',
  },
  {
    op: 'fms:PutAdminAccount',
    asked:
      'let an account manage firewall policies for some ous or regions, delegate firewall manager administration with a limited scope',
    example: 'allow the network team account to administer firewall policies only for the eu ous',
  },
  {
    op: 'application-signals:UpdateServiceLevelObjective',
    asked:
      'change the target of an slo, lower or raise the availability goal, edit the latency threshold of an objective',
    example: 'relax the latency goal of the search slo to 800 ms',
  },
];
