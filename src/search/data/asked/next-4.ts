// Data: how people ask for operations (see ../asked.ts), second tier: SageMaker and Bedrock
// agents and knowledge bases.

import type { AskedEntry } from './types.js';

export const ASKED_NEXT_4: readonly AskedEntry[] = [
  {
    op: 'sagemaker:DescribeModel',
    asked:
      'container image of a model, model artifacts location, model.tar.gz path, execution role of a model',
    example: 'which container image and model.tar.gz does sagemaker model churn-v3 use',
  },
  {
    op: 'sagemaker:DeleteModel',
    asked: 'remove a registered model definition, clean up old models, get rid of an unused model',
    example: 'clean up the old sagemaker model churn-v1',
  },
  {
    op: 'sagemaker:ListModels',
    asked: 'which models exist, all models created for hosting, model names',
    example: 'what models have we created in sagemaker',
  },
  {
    op: 'sagemaker:DescribeEndpointConfig',
    asked:
      'instance type behind an endpoint, production variants, initial instance count, data capture settings',
    example: 'which instance type and variants are in endpoint config churn-cfg-3',
  },
  {
    op: 'sagemaker:DeleteEndpointConfig',
    asked: 'remove an old endpoint configuration, clean up unused configs',
    example: 'clean up endpoint config churn-cfg-1, no endpoint uses it',
  },
  {
    op: 'sagemaker:DescribeNotebookInstance',
    asked:
      'notebook status, is the jupyter notebook running, notebook url, notebook instance type, why did my notebook fail to start',
    example: 'is the data-science jupyter notebook up and what is its url',
  },
  {
    op: 'sagemaker:ListNotebookInstances',
    asked: 'which jupyter notebooks exist, running notebooks costing money, all notebook instances',
    example: 'which jupyter notebooks are still running in sagemaker',
  },
  {
    op: 'sagemaker:DeleteNotebookInstance',
    asked: 'remove a jupyter notebook, tear down notebook machine, get rid of an old notebook',
    example: 'remove the old-experiments jupyter notebook for good',
  },
  {
    op: 'sagemaker:UpdateNotebookInstance',
    asked:
      'resize the notebook, switch notebook to a bigger machine, more disk for notebook, attach lifecycle config, change its role',
    example: 'resize the data-science jupyter notebook to ml.m5.2xlarge',
  },
  {
    op: 'sagemaker:DescribeProcessingJob',
    asked:
      'processing job status, did preprocessing finish, failure reason of processing, processing outputs',
    example: 'did the sagemaker feature-prep preprocessing finish, and if not why',
  },
  {
    op: 'sagemaker:ListProcessingJobs',
    asked: 'recent processing jobs, preprocessing runs, which processing jobs failed',
    example: 'show recent sagemaker preprocessing runs that failed',
  },
  {
    op: 'sagemaker:DescribeTransformJob',
    asked:
      'batch transform status, offline predictions finished, batch scoring progress, transform output location',
    example: 'has the nightly batch scoring transform finished',
  },
  {
    op: 'sagemaker:ListModelPackages',
    asked:
      'model registry versions, registered model versions, approved models, which versions are pending approval',
    example: 'which versions in the churn model group are approved in the registry',
  },
  {
    op: 'sagemaker:CreateModelPackageGroup',
    asked: 'model registry group, new registry entry for a model family, group model versions',
    example: 'start a registry group for all churn model versions',
  },
  {
    op: 'sagemaker:ListPipelineExecutions',
    asked: 'ml pipeline runs, past runs of the pipeline, which pipeline run failed, workflow run history',
    example: 'show recent runs of ml pipeline train-churn and which failed',
  },
  {
    op: 'sagemaker:StopPipelineExecution',
    asked: 'cancel ml pipeline run, halt the training workflow, abort pipeline in progress',
    example: 'cancel the running train-churn ml pipeline',
  },
  {
    op: 'sagemaker:DescribeDomain',
    asked: 'studio domain settings, studio url, vpc of studio, auth mode sso or iam, default execution role',
    example: 'what is the url and vpc of our sagemaker studio setup',
  },
  {
    op: 'sagemaker:CreateSpace',
    asked: 'studio space, shared jupyterlab space, code editor space, private space for a user',
    example: 'set up a shared jupyterlab space in studio for the ml team',
  },
  {
    op: 'sagemaker:CreateMlflowTrackingServer',
    asked: 'mlflow, experiment tracking server, log metrics and params, managed mlflow',
    example: 'set up managed mlflow for our experiments',
  },
  {
    op: 'sagemaker:CreateInferenceRecommendationsJob',
    asked:
      'which instance type should I host on, cheapest instance for hosting, latency target, benchmark instance types, load test endpoint, inference recommender, cost per inference',
    example: 'run an inference recommender job to find the cheapest instance type for hosting churn-v3',
  },
  {
    op: 'sagemaker:DescribeInferenceComponent',
    asked: 'inference component status, copies of a model on an endpoint, component runtime config',
    example: 'how many copies of the llama component are running on endpoint shared-llm',
  },
  {
    op: 'sagemaker:DescribeFeatureGroup',
    asked: 'feature store schema, online store enabled, offline store s3 location, record identifier',
    example: 'where does feature group customers-fg keep its offline data',
  },
  {
    op: 'sagemaker:DescribeLabelingJob',
    asked:
      'ground truth labeling progress, objects labeled so far, labeling status, human annotation results',
    example: 'how many images have been labeled so far in ground truth run cats-v2',
  },
  {
    op: 'sagemaker:CreateExperiment',
    asked: 'track training runs, compare runs, experiment tracking, group trials',
    example: 'track and compare our churn training runs together',
  },
  {
    op: 'bedrock-agent:GetAgent',
    asked: 'agent instructions, foundation model behind the agent, agent status, is the agent prepared',
    example: 'which model and instructions does bedrock agent support-bot use',
  },
  {
    op: 'bedrock-agent:ListAgents',
    asked: 'which agents exist, all bedrock agents, agent names and status',
    example: 'what bedrock agents do we have',
  },
  {
    op: 'bedrock-agent:UpdateAgent',
    asked:
      'change agent instructions, switch agent model, edit the system prompt of the agent, idle session timeout',
    example: 'change the instructions of bedrock agent support-bot so it answers in german',
  },
  {
    op: 'bedrock-agent:DeleteAgent',
    asked: 'remove an agent, get rid of a test agent, tear down bedrock agent',
    example: 'remove bedrock agent demo-bot',
  },
  {
    op: 'bedrock-agent:AssociateAgentKnowledgeBase',
    asked:
      'give the agent documents, connect rag to the agent, agent answers from our docs, link kb to agent, agent uses a kb',
    example: 'let bedrock agent support-bot use kb-handbook for its answers',
  },
  {
    op: 'bedrock-agent:GetKnowledgeBase',
    asked: 'rag setup details, embedding model, vector store of a kb, is the kb active, kb status',
    example: 'which embedding model and vector store does kb-handbook use',
  },
  {
    op: 'bedrock-agent:ListKnowledgeBases',
    asked: 'which rag stores exist, all kbs, document collections for retrieval',
    example: 'what knowledge bases do we have in bedrock',
  },
  {
    op: 'bedrock-agent:ListIngestionJobs',
    asked: 'sync history of a data source, past syncs, which syncs failed, documents indexed per sync',
    example: 'show past syncs of the s3 docs source in kb-handbook and which failed',
  },
  {
    op: 'bedrock-agent:UpdateDataSource',
    asked:
      'change chunking strategy, point data source at another bucket prefix, change parsing, inclusion prefixes',
    example: 'switch kb-handbook docs source to semantic chunking',
  },
  {
    op: 'bedrock-agent:IngestKnowledgeBaseDocuments',
    asked: 'add a document directly, push one file into rag now, index single document without full sync',
    example: 'index just the new handbook.pdf into kb-handbook without a full resync',
  },
  {
    op: 'bedrock-agent:UpdateAgentAlias',
    asked: 'point alias at a new agent version, promote agent version to prod, roll back the agent',
    example: 'point the prod alias of support-bot at version 7',
  },
  {
    op: 'bedrock-agent:PrepareFlow',
    asked:
      'build the flow draft, make latest flow edits ready to run, compile flow draft before invoking, flow not prepared',
    example: 'get the draft of bedrock flow triage-flow ready so I can run it',
  },
  {
    op: 'bedrock-agent:ListPrompts',
    asked: 'prompt management library, saved prompts, which prompt templates exist',
    example: 'what prompts are saved in bedrock prompt management',
  },
];
