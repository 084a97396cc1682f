// Data: how people ask for operations (see ../asked.ts), ai services: sagemaker, its runtime and
// its feature store runtime.

import type { AskedEntry } from './types.js';

export const ASKED_AI_2: readonly AskedEntry[] = [
  {
    op: 'sagemaker:CreateTrainingJob',
    asked:
      'train a model, fit, run my training script, xgboost pytorch tensorflow training, gpu training, training data in s3, model artifacts, estimator fit, spot training, kick off model training, bring my own container, training with a custom image',
    example: 'train an xgboost model on s3://ml/train.csv using two ml.m5.xlarge instances',
  },
  {
    op: 'sagemaker:DescribeTrainingJob',
    asked:
      'has training finished, training status, why did training fail, failure reason, final metrics, billable seconds, where are the model artifacts',
    example: 'why did the training run churn-xgb-0412 fail',
  },
  {
    op: 'sagemaker:ListTrainingJobs',
    asked: 'show recent training runs, which training is in progress, find trainings by name or status',
    example: 'show every sagemaker training run from this week that is still in progress',
  },
  {
    op: 'sagemaker:StopTrainingJob',
    asked: 'cancel training, kill a training run, halt training early, abort a runaway run',
    example: "cancel the sagemaker training run that's been going for 3 days",
  },
  {
    op: 'sagemaker:CreateModel',
    asked:
      'register model artifacts with a serving container, model.tar.gz plus inference image, package a trained artifact for hosting, prepare a model to deploy, wrap weights in a pytorch image',
    example: 'point sagemaker at my trained artifact in s3 and the container that serves it',
  },
  {
    op: 'sagemaker:CreateEndpointConfig',
    asked:
      'instance type and count for hosting, production variants, serverless inference settings, data capture, deployment settings, memory size',
    example: 'define hosting on two ml.g5.xlarge instances with 10% data capture',
  },
  {
    op: 'sagemaker:CreateEndpoint',
    asked:
      'deploy a model, host a model, real-time inference api, serve predictions, put a model in production, model serving',
    example: 'deploy my fraud model so the app can get real-time predictions',
  },
  {
    op: 'sagemaker:DescribeEndpoint',
    asked:
      'is the endpoint ready, inservice, deployment failed, which config is live, hosting status, failure reason, endpoint returning 5xx errors, did the endpoint update fail, endpoint health',
    example: 'is churn-endpoint InService yet',
  },
  {
    op: 'sagemaker:UpdateEndpoint',
    asked:
      'roll out a new model version, switch to a new config, blue green deployment, swap the model without downtime, redeploy',
    example: 'roll out the retrained model to churn-endpoint without downtime',
  },
  {
    op: 'sagemaker:UpdateEndpointWeightsAndCapacities',
    asked:
      'shift traffic between variants, a/b test split, canary percentage, change instance count of a variant, scale a variant, set an endpoint to n instances, instance count of an endpoint, scale the endpoint out or in',
    example: 'send 20% of traffic to the challenger variant',
  },
  {
    op: 'sagemaker:DeleteEndpoint',
    asked: 'tear down hosting, stop paying for a deployed model, take a model offline, remove real-time api',
    example: 'take the old churn endpoint offline so we stop paying for it',
  },
  {
    op: 'sagemaker:ListEndpoints',
    asked: 'what models are deployed, running endpoints, all hosted models, which endpoints exist',
    example: 'which sagemaker models are currently deployed',
  },
  {
    op: 'sagemaker:CreateNotebookInstance',
    asked:
      'jupyter notebook server, launch a notebook, data science notebook vm, jupyterlab machine, ipython',
    example: 'spin up a jupyter notebook on ml.t3.medium for the data team',
  },
  {
    op: 'sagemaker:StartNotebookInstance',
    asked: 'turn a notebook back on, resume jupyter, boot the notebook, power on',
    example: 'turn the analysis jupyter notebook back on',
  },
  {
    op: 'sagemaker:StopNotebookInstance',
    asked: 'shut down a notebook, pause jupyter overnight, save money on idle notebook, power off',
    example: 'turn off the jupyter box at night, we pay for it while idle',
  },
  {
    op: 'sagemaker:CreatePresignedNotebookInstanceUrl',
    asked: 'open jupyter in the browser, link to a notebook, login url, signed link to jupyter',
    example: 'give me a link to open the analysis notebook in my browser',
  },
  {
    op: 'sagemaker:CreatePipeline',
    asked:
      'mlops workflow, define an ml pipeline dag, preprocess train evaluate register steps, pipeline definition json, automated ml workflow, clean data then train then check accuracy',
    example:
      'set up an automated ml workflow that cleans data, trains, checks accuracy and registers the model',
  },
  {
    op: 'sagemaker:StartPipelineExecution',
    asked:
      'run the ml pipeline, trigger retraining, kick off an mlops workflow, run with parameters, launch the dag',
    example: 'trigger retraining by running the churn pipeline with a new data path',
  },
  {
    op: 'sagemaker:DescribePipelineExecution',
    asked: 'did the pipeline run succeed, status of a pipeline run, why did the run fail, run failure reason',
    example: "did last night's churn pipeline run succeed",
  },
  {
    op: 'sagemaker:ListPipelineExecutionSteps',
    asked: 'which step failed, step by step status of a run, steps of a pipeline run',
    example: 'which step of the mlops pipeline run failed',
  },
  {
    op: 'sagemaker:CreateProcessingJob',
    asked:
      'preprocess data, feature engineering script, run sklearn or spark on data, evaluation script, data prep container, postprocess',
    example: 'run my sklearn preprocessing script over s3://raw/ and write cleaned data to s3://clean/',
  },
  {
    op: 'sagemaker:CreateHyperParameterTuningJob',
    asked:
      'tune hyperparameters, hpo, find the best learning rate, bayesian search, grid search, random search, best model search, parameter sweep',
    example: 'search for the best learning rate and max depth for my xgboost model',
  },
  {
    op: 'sagemaker:DescribeHyperParameterTuningJob',
    asked: 'which trial won, best training run, tuning progress, best objective metric, hpo status',
    example: 'which trial won the hpo run and what was its validation auc',
  },
  {
    op: 'sagemaker:CreateTransformJob',
    asked:
      'batch predictions on a file, score a whole dataset offline, batch transform, predictions without an endpoint, bulk inference over s3, score every row of a csv, no server kept up',
    example: 'run the model once over a 10 gb csv in s3 and write predictions back, no endpoint',
  },
  {
    op: 'sagemaker:CreateDomain',
    asked:
      'set up sagemaker studio, studio for the team, ml ide, shared ml workspace, onboard to studio, vpc for studio',
    example: 'set up sagemaker studio for our data science team in vpc-0abc',
  },
  {
    op: 'sagemaker:CreateUserProfile',
    asked: 'add a data scientist to studio, studio user, onboard a user, give someone studio access',
    example: 'give the new data scientist alice her own sagemaker studio login',
  },
  {
    op: 'sagemaker:CreatePresignedDomainUrl',
    asked: 'open studio in the browser, login link to studio, launch sagemaker studio, signed studio url',
    example: 'get a browser link that opens sagemaker studio as user alice',
  },
  {
    op: 'sagemaker:CreateModelPackage',
    asked:
      'register a model version, model registry, versioned model, catalog a trained model, add to model group',
    example: 'register the new churn model as version 7 in the model registry',
  },
  {
    op: 'sagemaker:UpdateModelPackage',
    asked: 'approve a model for production, approval status, reject a model version, mark approved',
    example: 'approve model version 7 in the registry so it can go to production',
  },
  {
    op: 'sagemaker:CreateAutoMLJobV2',
    asked:
      'autopilot, automl, automatically build the best model from a csv, no-code machine learning, pick the algorithm for me',
    example: 'let autopilot find the best model to predict churn from s3://data/churn.csv',
  },
  {
    op: 'sagemaker:CreateFeatureGroup',
    asked:
      'feature store table, define features, online and offline store, feature definitions, record identifier',
    example: 'create a feature store table for customer features with an online store',
  },
  {
    op: 'sagemaker:CreateMonitoringSchedule',
    asked:
      'model monitor, data drift, watch model quality, detect drift daily, baseline constraints, monitor a deployed model, hourly drift check on an endpoint',
    example: 'check the fraud endpoint for data drift every hour',
  },
  {
    op: 'sagemaker:CreateLabelingJob',
    asked:
      'ground truth, human labeling, annotate images, bounding boxes by workers, label my dataset, mechanical turk, human workers draw boxes, label images',
    example: 'have human workers draw bounding boxes on 10,000 images in s3://images/',
  },
  {
    op: 'sagemaker:CreateInferenceComponent',
    asked:
      'host several models on one endpoint, pack models onto shared instances, copies of a model, per model scaling',
    example: 'put three small models on the same endpoint, each with its own copies',
  },
  {
    op: 'sagemaker-runtime:InvokeEndpoint',
    asked:
      'get a prediction, score a record, call a deployed model, real-time inference, send a payload to the model, classify with my model, predict, call my model over http from an app, call the model from my application',
    example: 'send this csv row to churn-endpoint and get the prediction back',
  },
  {
    op: 'sagemaker-runtime:InvokeEndpointAsync',
    asked:
      'queue a large inference request, huge payload, result written to s3, asynchronous inference, requests that take minutes, collect the result later, scale to zero, video file to model',
    example: 'model requests take 10 minutes and payloads are huge, queue them and pick up results from s3',
  },
  {
    op: 'sagemaker-runtime:InvokeEndpointWithResponseStream',
    asked: 'stream output from a hosted llm, token streaming from my own model, partial results as generated',
    example: 'stream tokens back from the llama model we host on sagemaker',
  },
  {
    op: 'sagemaker-featurestore-runtime:GetRecord',
    asked:
      'look up features for a customer at inference time, online feature lookup, low latency feature read, latest feature values',
    example: 'fetch the latest features for customer 42 from the online store',
  },
  {
    op: 'sagemaker-featurestore-runtime:PutRecord',
    asked:
      'write features, ingest a feature row, update feature values for an entity, store features, write the latest features of an entity into a feature group, upsert a feature record',
    example: 'write the updated spend features for customer 42 into the feature store',
  },
  {
    op: 'sagemaker-featurestore-runtime:BatchGetRecord',
    asked: 'fetch features for many ids at once, bulk feature lookup, several customers in one call',
    example: 'look up features for 100 customer ids in one call',
  },
];
