// Data: how people ask for operations (see ../asked.ts), specialist services outside the seven
// groups: SageMaker geospatial, Bedrock Data Automation, Lookout for Equipment, Parallel
// Computing Service, SimSpace Weaver, RoboMaker, IAM Identity Center OIDC, EKS Pod Identity,
// S3 on Outposts, Panorama, Telco Network Builder, Private 5G and the Marketplace catalog.

import type { AskedEntry } from './types.js';

export const ASKED_INFRA_6: readonly AskedEntry[] = [
  {
    op: 'sagemaker-geospatial:StartEarthObservationJob',
    asked:
      'process satellite imagery, sentinel-2 or landsat, cloud masking, ndvi, land cover segmentation, mosaic, area of interest polygon',
    example: 'compute ndvi over our farm polygon from sentinel-2 scenes for june',
  },
  {
    op: 'sagemaker-geospatial:SearchRasterDataCollection',
    asked:
      'find satellite scenes for an area and dates, satellite imagery over a bounding box, imagery catalog search, cloud cover filter, sentinel landsat scenes, satellite images of a field or area for a date range, sentinel or landsat imagery of a place',
    example: 'find sentinel-2 satellite imagery over this bounding box in may with low cloud cover',
  },
  {
    op: 'sagemaker-geospatial:StartVectorEnrichmentJob',
    asked:
      'reverse geocode gps points, map matching of gps traces to roads, enrich coordinates with addresses',
    example: 'snap our delivery gps traces in s3://gps/traces.csv to the road network',
  },
  {
    op: 'bedrock-data-automation-runtime:InvokeDataAutomationAsync',
    asked:
      'extract fields from documents, process invoices images audio or video with genai, intelligent document processing, parse a pdf into json, use genai to pull fields out, run a data automation project or blueprint on a file, bda',
    example: 'use genai to pull invoice number, total and due date out of s3://inbox/inv-889.pdf',
  },
  {
    op: 'bedrock-data-automation-runtime:GetDataAutomationStatus',
    asked:
      'is document extraction done, status of the processing run, where is the extracted output, invocation arn progress',
    example: 'has the extraction of inv-889.pdf finished and where did the json land',
  },
  {
    op: 'bedrock-data-automation:CreateBlueprint',
    asked:
      'schema of fields to extract, custom document extraction template, define what to pull from a form, extraction schema',
    example: 'define which fields to pull from our w-2 tax forms',
  },
  {
    op: 'bedrock-data-automation:CreateDataAutomationProject',
    asked:
      'document processing setup, genai processing config for invoices and recordings, standard output settings for documents images audio video, bundle extraction schemas',
    example: 'create a bedrock genai processing setup for invoices and call recordings',
  },
  {
    op: 'lookoutequipment:CreateModel',
    asked:
      'train anomaly detection on machine sensor data, predictive maintenance model, detect abnormal equipment behavior',
    example: 'train a predictive maintenance model on pump-7 vibration history',
  },
  {
    op: 'lookoutequipment:CreateInferenceScheduler',
    asked:
      'score new sensor data on a schedule, run predictive maintenance every 5 minutes, continuous equipment monitoring, check sensor data with the maintenance model',
    example: 'check pump-7 sensor data every 10 minutes with our predictive maintenance model',
  },
  {
    op: 'lookoutequipment:ListInferenceEvents',
    asked:
      'when was equipment behaving abnormally, anomaly events found, detected machine issues over time, anomalies detected on equipment, abnormal periods',
    example: 'which abnormal periods were detected on pump-7 last week',
  },
  {
    op: 'pcs:CreateCluster',
    asked:
      'hpc cluster with slurm, managed slurm scheduler, high performance computing cluster, parallel jobs',
    example: 'give our researchers a managed slurm scheduler in vpc-0abc',
  },
  {
    op: 'pcs:CreateComputeNodeGroup',
    asked:
      'add hpc worker nodes, slurm compute nodes with instance types, min and max nodes, spot nodes for hpc',
    example: 'add 0 to 64 hpc6a worker nodes to our slurm setup',
  },
  {
    op: 'pcs:CreateQueue',
    asked:
      'slurm partition, job queue for hpc, map queue to node groups, where researchers submit sbatch jobs',
    example: 'add a slurm partition called gpu that uses the p5 node group',
  },
  {
    op: 'simspaceweaver:StartSimulation',
    asked:
      'large spatial simulation, city scale simulation, run a simulation from schema, distributed simulation across workers',
    example: 'launch our city traffic sim from schema s3://sims/city.yaml',
  },
  {
    op: 'robomaker:CreateSimulationJob',
    asked:
      'simulate a robot in gazebo, ros simulation, test robot software in a virtual world, robot sim run',
    example: 'run our ros navigation stack in a gazebo warehouse world for 2 hours',
  },
  {
    op: 'robomaker:CreateWorldGenerationJob',
    asked: 'generate random indoor worlds, house layouts for robot testing, many simulated rooms',
    example: 'generate 20 random house layouts for robot vacuum testing',
  },
  {
    op: 'sso-oidc:CreateToken',
    asked:
      'exchange device code for access token, cli login with identity center, refresh token, oauth token for sso, poll for token',
    example:
      'swap the device code for an identity center access token after the user approves in the browser',
  },
  {
    op: 'sso-oidc:StartDeviceAuthorization',
    asked:
      'device code flow, user code and verification url, sign in from a headless terminal, aws sso login browser prompt, log in from the cli with a device code, identity center login from a terminal',
    example: 'begin the device code login so the user can approve in a browser',
  },
  {
    op: 'sso-oidc:RegisterClient',
    asked:
      'register an oauth client with identity center, client id and secret for cli login, public client registration, custom cli sso login',
    example: 'our custom cli needs an identity center client id and secret before sso login',
  },
  {
    op: 'eks-auth:AssumeRoleForPodIdentity',
    asked:
      'credentials for a kubernetes pod, pod identity agent, service account token exchange, pods get iam role credentials',
    example: 'how does the agent on the node trade a pod service account token for iam credentials',
  },
  {
    op: 's3outposts:CreateEndpoint',
    asked:
      'reach s3 on our on-prem rack, access s3 buckets on outposts from vpc, local s3 endpoint on premises',
    example: 'let vpc-0abc reach the s3 buckets stored on our on-prem rack',
  },
  {
    op: 's3outposts:ListOutpostsWithS3',
    asked: 'which racks have s3 storage, outposts capacity for s3, on-prem s3 enabled',
    example: 'which of our on-prem racks have s3 storage capacity',
  },
  {
    op: 'panorama:ProvisionDevice',
    asked:
      'set up an edge vision appliance, computer vision box on site, register camera appliance, usb provisioning archive',
    example: 'register the new edge vision appliance in our warehouse and get its config archive',
  },
  {
    op: 'panorama:CreateApplicationInstance',
    asked:
      'deploy a computer vision app to edge appliance, run model on camera streams at the edge, install app on device',
    example: 'deploy our ppe detection app onto the warehouse vision appliance',
  },
  {
    op: 'tnb:InstantiateSolNetworkInstance',
    asked:
      'deploy a 5g core network, telco network function deployment, roll out cnfs, telecom network instance',
    example: 'deploy our 5g core network functions from the approved package',
  },
  {
    op: 'tnb:CreateSolNetworkPackage',
    asked: 'network service descriptor, nsd tosca package, telco network template, upload network package',
    example: 'upload our tosca network service descriptor for the 5g core',
  },
  {
    op: 'privatenetworks:CreateNetwork',
    asked:
      'private 5g, private lte, cellular network for a factory or campus, sim cards, on-premises mobile network',
    example: 'set up a private 5g cellular network for our factory floor',
  },
  {
    op: 'privatenetworks:ActivateDeviceIdentifier',
    asked: 'activate a sim card, enable a phone or modem on private 5g, iccid or imsi activation',
    example: 'activate the sim with iccid 8901260000000000001 on our private lte',
  },
  {
    op: 'marketplace-catalog:StartChangeSet',
    asked:
      'update a marketplace listing, publish a new product version, change pricing or offer, create private offer, seller listing change, push a new ami version to the listing',
    example: 'push version 2.1 with the new ami to our marketplace seller listing',
  },
  {
    op: 'marketplace-catalog:ListEntities',
    asked:
      'our marketplace products and offers, seller listings, private offers we created, ami and saas products we sell',
    example: 'show every product and private offer we sell as a marketplace seller',
  },
  {
    op: 'marketplace-catalog:DescribeChangeSet',
    asked:
      'did the listing update go through, status of marketplace submission, why was our listing change rejected, error details, is our listing change done, who changed our listing',
    example: 'why was our marketplace listing update cs-abc123 rejected',
  },
  {
    op: 'marketplace-agreement:SearchAgreements',
    asked:
      'find marketplace contracts, who bought our product, active subscriptions to our listing, purchase agreements as seller or buyer',
    example: 'which customers have active contracts for our marketplace saas product',
  },
  {
    op: 'marketplace-agreement:GetAgreementTerms',
    asked:
      'pricing and payment schedule of a marketplace contract, contract duration, what did the customer agree to pay, renewal terms',
    example: 'what pricing and payment schedule did the buyer accept in agreement agmt-1234',
  },
];
