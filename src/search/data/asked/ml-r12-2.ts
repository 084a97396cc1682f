// Data: how people ask for operations (see ../asked.ts), round 12 of the machine-learning long
// tail, part 2: the everyday calls of the smaller services that had no words yet: defect
// spotting on product photos (Lookout for Vision), reading a forecast, metric anomaly detectors
// and their alerts, equipment monitoring runs, genomics runs and read sets, DICOM metadata, Lex
// slot types, Kendra FAQs, fraud detectors, cancelling a quantum task.

import type { AskedEntry } from './types.js';

export const ASKED_ML_R12_2: readonly AskedEntry[] = [
  {
    op: 'lookoutvision:DetectAnomalies',
    asked:
      'spot defects on a product photo, is this part damaged, find scratches dents or cracks in an image from the line, visual inspection of a picture, defect check',
    example: 'check this photo of a circuit board from the assembly line for defects',
  },
  {
    op: 'lookoutvision:CreateProject',
    asked:
      'set up visual inspection for a product line, new defect detection project, start inspecting parts with images',
    example: 'set up a new visual inspection project for our bottle caps',
  },
  {
    op: 'lookoutvision:StartModel',
    asked:
      'host the defect detection model so it can score images, turn on the inspection model, run the trained vision model, inference units',
    example: 'turn on the trained inspection model for project caps so the line can send photos',
  },
  {
    op: 'lookoutvision:CreateModel',
    asked: 'train a defect detection model on labeled good and bad images, train the inspection model',
    example: 'train an inspection model from our normal and damaged part photos',
  },
  {
    op: 'forecastquery:QueryForecast',
    asked:
      'read the predicted demand for an item, get forecast values for a sku, predicted sales for next weeks, p10 p50 p90 values of a forecast, look up a forecast',
    example: 'what demand is predicted for product 1234 over the next two weeks?',
  },
  {
    op: 'forecast:CreatePredictor',
    asked:
      'train a forecasting model with a chosen algorithm, deepar or prophet predictor, legacy predictor training',
    example: 'train a deepar predictor on the weekly sales dataset group',
  },
  {
    op: 'lookoutmetrics:CreateAnomalyDetector',
    asked:
      'watch business metrics for anomalies, detect unusual drops or spikes in revenue or orders, set up metric anomaly detection, alert on odd kpi changes',
    example: 'set up anomaly detection on our hourly order counts and revenue',
  },
  {
    op: 'lookoutmetrics:ActivateAnomalyDetector',
    asked: 'turn on the anomaly detector, start watching the metrics, begin detecting anomalies',
    example: 'turn on the revenue anomaly detector so it starts watching',
  },
  {
    op: 'lookoutmetrics:CreateAlert',
    asked:
      'notify me when an anomaly is found, send anomalies to sns or a lambda, page on unusual metric changes, anomaly severity threshold for alerts',
    example: 'notify a lambda when the revenue anomaly detector finds a severe anomaly',
  },
  {
    op: 'lookoutmetrics:GetAnomalyGroup',
    asked:
      'details of one anomaly, which dimensions and metrics moved in an anomaly group, what caused the spike',
    example: 'show the details of anomaly group 4f2a in the orders detector',
  },
  {
    op: 'lookoutequipment:StartInferenceScheduler',
    asked:
      'resume equipment monitoring, start scoring sensor data again, turn the machine monitoring back on',
    example: 'resume the pump monitoring scheduler after maintenance',
  },
  {
    op: 'lookoutequipment:ListInferenceExecutions',
    asked:
      'past monitoring runs of equipment, did the scheduler run, history of sensor scoring runs and failures',
    example: 'did the equipment monitoring runs on the compressor fail last night?',
  },
  {
    op: 'omics:ListRuns',
    asked:
      'genomics workflow runs, which pipelines ran or are running, bioinformatics jobs, nextflow or wdl runs',
    example: 'which of our genomics workflow runs are still going?',
  },
  {
    op: 'omics:CreateSequenceStore',
    asked: 'store fastq bam or cram files, a place for raw sequencing reads, genomic data store',
    example: 'make a store for our raw fastq sequencing reads',
  },
  {
    op: 'omics:StartReadSetImportJob',
    asked: 'import fastq bam or cram files from s3 into a sequence store, load sequencing reads',
    example: 'load the fastq files from s3://lab-runs/2024/ into our sequence store',
  },
  {
    op: 'medical-imaging:GetImageSetMetadata',
    asked: 'dicom tags of a study, patient and study metadata of an image set, dicom header',
    example: 'read the dicom tags of this ct study image set',
  },
  {
    op: 'lexv2-models:CreateSlotType',
    asked:
      'list of allowed values for a slot, custom values the bot understands, pizza sizes or cities as a slot type, enum of choices for a chatbot',
    example: 'give the pizza bot a list of crust choices it understands',
  },
  {
    op: 'kendra:CreateFaq',
    asked:
      'upload questions and answers to the search index, faq file in s3, canned answers for common questions',
    example: 'add our hr questions and answers csv to the enterprise search index',
  },
  {
    op: 'frauddetector:PutDetector',
    asked: 'set up fraud scoring for an event type, new fraud detector for signups or payments',
    example: 'set up a fraud detector for new account signups',
  },
  {
    op: 'braket:CancelQuantumTask',
    asked: 'cancel a queued quantum circuit run, stop waiting for the qpu, abort a quantum job in the queue',
    example: 'cancel my circuit that is still queued on the qpu',
  },
];
