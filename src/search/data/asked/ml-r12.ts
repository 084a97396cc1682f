// Data: how people ask for operations (see ../asked.ts), round 12 of the machine-learning long
// tail: the calls of the smaller AI services nobody had words for yet: a person reviewing a
// prediction (A2I), the legacy Amazon ML predict call, training metrics of an experiment run,
// reranking search hits, lookalike audiences in a clean room, anomalies found in metrics, who
// may use a Q app.

import type { AskedEntry } from './types.js';

export const ASKED_ML_R12: readonly AskedEntry[] = [
  {
    op: 'sagemaker-a2i-runtime:StartHumanLoop',
    asked:
      'human review, send to a person or a human reviewer, manual review of low confidence predictions, human in the loop, reviewer queue, have someone double check model output, escalate uncertain results to people',
    example: 'route uncertain model answers to a human reviewer before we use them',
  },
  {
    op: 'sagemaker-a2i-runtime:DescribeHumanLoop',
    asked:
      'did the reviewer finish, result of a human review, status of a manual review, what did the person decide',
    example: 'has the human reviewer finished looking at loop invoice-77?',
  },
  {
    op: 'machinelearning:Predict',
    asked:
      'real-time prediction from an amazon ml model, score one record with the old amazon machine learning service, legacy ml model prediction',
    example: 'score this record against my legacy amazon machine learning model',
  },
  {
    op: 'sagemaker-metrics:BatchPutMetrics',
    asked:
      'log or record training metrics, loss and accuracy values per step or epoch, track training loss of an experiment run, write metric values for a trial',
    example: 'record the validation accuracy of each epoch for my experiment run',
  },
  {
    op: 'sagemaker-metrics:BatchGetMetrics',
    asked: 'read training metrics of a run, loss curve values, metric values logged for an experiment trial',
    example: 'fetch the loss values logged for trial component churn-run-3',
  },
  {
    op: 'kendra-ranking:Rescore',
    asked:
      'rerank or re-rank search results, reorder hits by semantic relevance, intelligent ranking of opensearch or elasticsearch results, better ordering of keyword search hits',
    example: 'reorder our keyword search hits so the most relevant passages come first',
  },
  {
    op: 'cleanroomsml:StartAudienceGenerationJob',
    asked:
      'lookalike audience or segment, find customers similar to a seed list, audience expansion, seed audience in a clean room',
    example: 'expand our seed list of customers into a bigger audience of similar people in the clean room',
  },
  {
    op: 'lookoutmetrics:ListAnomalyGroupSummaries',
    asked:
      'which anomalies were found, anomalies detected this week, unusual spikes or drops the detector found, anomaly groups of a detector, outliers in business metrics',
    example: 'what unusual drops in revenue has the anomaly detector flagged lately?',
  },
  {
    op: 'qapps:DescribeQAppPermissions',
    asked: 'who has access to a q app, who can use or edit the app, who the app is shared with',
    example: 'who can edit the expense helper q app?',
  },
  {
    op: 'sagemaker:SendPipelineExecutionStepSuccess',
    asked:
      'approve or resume a waiting step of an ml pipeline, let a paused callback step continue, manual approval gate in a sagemaker pipeline',
    example: 'let the paused approval step of the training pipeline run go on',
  },
];
