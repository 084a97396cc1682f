// Data: concepts (see concepts.ts) for the developer-tools, databases and app-platforms long
// tail, issue 16 round 12: more or fewer nodes of a running cluster is a change of its size, not
// a new cluster; the everyday names of Aurora DSQL, Simple Workflow and CodeGuru Profiler; the
// technologies that name a service (mainframe, Slurm, Ethereum, Hyperledger, A/B tests, Figma, Chef).

import type { Concept } from './concepts.js';

export const R12_DEVDATA_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['more nodes', 'more replicas', 'more read replicas', 'extra nodes', 'extra replicas'],
    terms: 'increase replica replication count factor',
    why: '"add two more nodes (replicas)" to a running cluster grows it: an Increase of its replica count or replication factor, not a Create of another cluster',
    example: [
      'give the elasticache group redis-sessions two more replicas',
      'elasticache:IncreaseReplicaCount',
    ],
  },
  {
    phrases: ['fewer nodes', 'fewer replicas', 'less nodes', 'less replicas'],
    terms: 'decrease replica replication count factor',
    why: 'running a cluster on fewer nodes or replicas shrinks it: a Decrease of its replica count or replication factor',
    example: [
      'run the elasticache group redis-sessions with fewer replicas',
      'elasticache:DecreaseReplicaCount',
    ],
  },
  {
    phrases: ['distributed sql', 'aurora dsql'],
    services: ['dsql'],
    why: 'a serverless, distributed (active-active, multi-region) SQL database is Aurora DSQL, its own service, not an RDS instance',
    example: ['we need a distributed sql database that scales to zero', 'dsql:CreateCluster'],
  },
  {
    phrases: ['simple workflow', 'simple workflows'],
    services: ['swf'],
    why: '"simple workflow" is the everyday name of Amazon SWF (Simple Workflow Service), not Step Functions',
    example: ['list the simple workflow domains in this account', 'swf:ListDomains'],
  },
  {
    phrases: ['profiler', 'flame graph', 'flame graphs'],
    terms: 'profiling group profile',
    services: ['codeguruprofiler'],
    why: 'a profiler and its flame graphs (where an app spends CPU time) are CodeGuru Profiler, not CloudWatch metrics',
    example: [
      'which methods does the profiler say are the slowest in our api',
      'codeguruprofiler:GetRecommendations',
    ],
  },
  {
    phrases: ['mainframe', 'mainframes', 'cobol', 'jcl'],
    services: ['m2'],
    why: 'running, migrating or batch-processing a mainframe (COBOL, JCL) application on AWS is Mainframe Modernization (m2), not AWS Batch',
    example: ['which cobol batch jobs ran on our migrated mainframe app today', 'm2:ListBatchJobExecutions'],
  },
  {
    phrases: ['slurm', 'hpc cluster', 'hpc clusters'],
    services: ['pcs'],
    why: 'a managed Slurm cluster for HPC is AWS Parallel Computing Service (pcs), not EKS or Batch',
    example: ['which node groups does our slurm cluster hpc-prod have', 'pcs:ListComputeNodeGroups'],
  },
  {
    phrases: ['ethereum', 'bitcoin', 'wallet address', 'on-chain', 'erc-20', 'erc20'],
    services: ['managedblockchain-query'],
    why: 'balances, transactions and contracts of public chains (Ethereum, Bitcoin) are read through Managed Blockchain Query',
    example: [
      'show the transactions of an ethereum wallet address',
      'managedblockchain-query:ListTransactions',
    ],
  },
  {
    // longer than the vocabulary's "transaction" (DynamoDB's all-or-nothing writes)
    phrases: [
      'ethereum transaction',
      'bitcoin transaction',
      'blockchain transaction',
      'on-chain transaction',
      'transactions of an ethereum',
      'transactions of a bitcoin',
      'transactions of a wallet',
      'transactions of an address',
      'transaction hash',
    ],
    terms: 'transaction',
    services: ['managedblockchain-query'],
    why: 'a transaction on a public chain (by hash, or of an address) is read through Managed Blockchain Query, not a DynamoDB transaction',
    example: [
      'look up ethereum transaction 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060',
      'managedblockchain-query:GetTransaction',
    ],
  },
  {
    phrases: [
      'hyperledger',
      'hyperledger fabric',
      'blockchain network',
      'fabric network',
      'peer nodes',
      'peer node',
    ],
    services: ['managedblockchain'],
    why: 'a private Hyperledger Fabric network, its members and peer nodes are Amazon Managed Blockchain',
    example: ['which peer nodes does our hyperledger member run', 'managedblockchain:ListNodes'],
  },
  {
    // not `a/b test`: the one-letter words of a/b are dropped from a query, leaving `a test`
    phrases: ['ab test', 'ab tests', 'split test', 'split tests', 'split testing'],
    terms: 'experiment',
    services: ['evidently'],
    why: 'an AB or split test of two variants is a CloudWatch Evidently experiment',
    example: ['end the split test on the signup page', 'evidently:StopExperiment'],
  },
  {
    phrases: ['figma'],
    services: ['amplifyuibuilder'],
    why: 'turning Figma designs into UI components and code is Amplify UI Builder',
    example: ['import our figma designs as ui components', 'amplifyuibuilder:CreateComponent'],
  },
  {
    phrases: ['chef', 'chef recipes', 'chef cookbooks'],
    services: ['opsworks'],
    why: 'stacks and layers configured by Chef recipes are AWS OpsWorks',
    example: ['run our chef recipes on every instance of the app layer', 'opsworks:CreateDeployment'],
  },
];
