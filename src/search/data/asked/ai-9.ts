// Data: how people ask for operations (see ../asked.ts): health (healthlake, omics), data
// collaboration (cleanrooms, entityresolution), quantum (braket) and rendering (deadline).

import type { AskedEntry } from './types.js';

export const ASKED_AI_9: readonly AskedEntry[] = [
  {
    op: 'healthlake:CreateFHIRDatastore',
    asked: 'store patient records, health data lake, ehr data, hl7 fhir server, clinical records database',
    example: 'set up a place to store our patient records in the fhir format',
  },
  {
    op: 'healthlake:StartFHIRImportJob',
    asked:
      'load ndjson fhir resources from s3, bulk import patient data, ingest an ehr dump, load files from a bucket into an existing datastore, import into the fhir data store, load patient records in fhir format',
    example: 'bulk load ehr records in ndjson from our bucket',
  },
  {
    op: 'healthlake:DescribeFHIRDatastore',
    asked:
      'is the health data store active, fhir endpoint url, store status, patient records store active, endpoint of the store',
    example: "what's the status and url of our fhir store",
  },
  {
    op: 'omics:StartRun',
    asked:
      'run a nextflow or wdl pipeline on genomes, bioinformatics workflow, variant calling, analyze sequencing data, secondary analysis',
    example: 'run our nextflow variant calling pipeline on sample NA12878',
  },
  {
    op: 'omics:GetRun',
    asked:
      'status of a genomics pipeline run, did the bioinformatics run finish, run failure reason, variant calling pipeline finished, nextflow run status',
    example: 'did the variant calling pipeline for NA12878 finish',
  },
  {
    op: 'omics:ListRunTasks',
    asked: 'which step of the genomics pipeline failed, tasks of a run, per process status',
    example: 'which process of the nextflow pipeline failed in run 123',
  },
  {
    op: 'omics:CreateWorkflow',
    asked:
      'register a nextflow wdl or cwl pipeline, private bioinformatics workflow, upload pipeline definition',
    example: 'register our nextflow pipeline so we can run it on genomic data',
  },
  {
    op: 'omics:StartVariantImportJob',
    asked: 'load vcf into a variant store, import genetic variants, query variants with athena',
    example: 'load the cohort vcf files so we can query variants with sql',
  },
  {
    op: 'omics:StartReferenceImportJob',
    asked:
      'import a reference genome, fasta file, grch38, hg38 reference, load reference sequence from s3, genome assembly, bring in hg38, reference for our pipelines',
    example: 'bring hg38 in as the reference for our pipelines',
  },
  {
    op: 'cleanrooms:CreateCollaboration',
    asked:
      'share data with a partner without exposing raw data, data clean room, joint analysis with an advertiser, privacy preserving collaboration, overlapping customers with a partner, without sharing raw data',
    example: 'set up a privacy-safe space to analyze joint data with an ad partner',
  },
  {
    op: 'cleanrooms:CreateMembership',
    asked: 'join a clean room, accept an invitation to collaborate, where query results go',
    example: 'join the clean room our advertiser invited us to',
  },
  {
    op: 'cleanrooms:CreateConfiguredTable',
    asked: 'expose a glue table to the clean room, which columns partners may use, share a table',
    example: 'make our glue customers table available for clean room analysis, only email hash and zip',
  },
  {
    op: 'cleanrooms:CreateConfiguredTableAnalysisRule',
    asked:
      'what queries are allowed, aggregation only, minimum group size, list or custom rule, join columns, partners may only run counts, at least n people per group, threshold, restrict partners to aggregates, minimum rows',
    example: 'restrict partners to aggregate queries with a minimum of 100 rows',
  },
  {
    op: 'cleanrooms:StartProtectedQuery',
    asked:
      'run sql on combined data, audience overlap, query the partner data, aggregate across parties, count shared customers with a partner, customers who also bought, how many customers overlap, count matches with partner data, join our customer list with the partner tables, match our list against a partner',
    example: "run our overlap sql against the advertiser's table in the clean room",
  },
  {
    op: 'cleanrooms:GetProtectedQuery',
    asked: 'query results status, did the clean room query finish, where are the results',
    example: 'did the overlap count in the clean room finish and where did results go',
  },
  {
    op: 'entityresolution:StartMatchingJob',
    asked:
      'run dedup, run record matching now, rematch after new data arrives, rerun entity matching, refresh matches',
    example: 'run the customer dedup again now that new records arrived',
  },
  {
    op: 'entityresolution:GetMatchingJob',
    asked: 'dedup run status, how many records matched, errors of a matching run',
    example: 'how many records did the latest dedup run match',
  },
  {
    op: 'entityresolution:CreateSchemaMapping',
    asked:
      'which columns are name email phone address, describe input fields for matching, match keys, fields holding name email phone for the matcher, column roles',
    example: 'describe which input fields are the name, email and phone for matching',
  },
  {
    op: 'entityresolution:GetMatchId',
    asked:
      'which match group is this customer in, look up the unified id of a record, real-time match lookup',
    example: 'which unified customer id does this crm record belong to',
  },
  {
    op: 'braket:CreateQuantumTask',
    asked: 'run a quantum circuit, qubits, simulator shots, submit to a qpu, quantum program, openqasm',
    example: 'run a bell state circuit with 1000 shots on a simulator',
  },
  {
    op: 'braket:GetQuantumTask',
    asked: 'quantum results, measurement counts, is the circuit finished, task status on the qpu',
    example: 'get the measurement counts of my bell state circuit',
  },
  {
    op: 'braket:SearchDevices',
    asked:
      'which quantum computers are available, qpu list, ionq rigetti iqm, simulators, available quantum hardware, which backends online, quantum processors, qpus we can use',
    example: 'which quantum computers and simulators can I use',
  },
  {
    op: 'braket:CreateJob',
    asked:
      'hybrid quantum algorithm, variational algorithm, classical plus quantum, qaoa vqe, containerized quantum script',
    example: 'run a vqe hybrid algorithm that calls the qpu in a loop',
  },
  {
    op: 'deadline:CreateFarm',
    asked: 'render farm, set up cloud rendering, vfx rendering environment, animation studio render',
    example: 'we need cloud rendering for our vfx team, set up the farm',
  },
  {
    op: 'deadline:CreateQueue',
    asked:
      'render queue, where artists submit renders, job scheduling order, priority, submission queue for render jobs, farm queue',
    example: 'add a queue where artists submit their renders',
  },
  {
    op: 'deadline:CreateFleet',
    asked: 'render nodes, worker machines for rendering, autoscaling render servers, gpu render hosts',
    example: 'add 50 autoscaling gpu machines to render frames',
  },
  {
    op: 'deadline:CreateJob',
    asked:
      'submit a render, blender maya houdini render, render frames 1 to 240, open job description template, rendering job, send work to the render farm, queue a render',
    example: 'render shot 10 frames 1 through 240 in maya on the cloud',
  },
  {
    op: 'deadline:GetJob',
    asked: 'render progress, is my render done, how many frames failed, job status',
    example: 'how far along is my blender render job on deadline cloud',
  },
  {
    op: 'deadline:ListTasks',
    asked:
      'status of each frame, which frames failed, per frame progress, frame list, render tasks progress, frame errors',
    example: 'which frames of the shot-010 render failed',
  },
  {
    op: 'deadline:CreateBudget',
    asked: 'cap rendering spend, render cost limit, stop when money runs out, spending threshold',
    example: 'stop rendering for the commercial project once it spends $5,000',
  },
  {
    op: 'deadline:CreateLicenseEndpoint',
    asked:
      'use licensed software like maya arnold nuke, usage based licenses, license server for render nodes',
    example: 'let render workers use pay-per-use maya and arnold licenses',
  },
];
