// Data: how people ask for operations (see ../asked.ts), ai services: forecasting, fraud scoring,
// enterprise search and assistants (forecast, frauddetector, kendra, qbusiness), and file
// transcoding (mediaconvert).

import type { AskedEntry } from './types.js';

export const ASKED_AI_5: readonly AskedEntry[] = [
  {
    op: 'forecast:CreateDatasetImportJob',
    asked:
      'upload sales history, load time series csv from s3, import demand data, historical orders for prediction',
    example: 'bring historical order volumes into the forecasting dataset',
  },
  {
    op: 'forecast:CreateAutoPredictor',
    asked:
      'train a forecasting model, demand prediction model, pick the best algorithm automatically, time series model, forecast horizon',
    example: 'train a model to predict daily demand per store for the next 30 days',
  },
  {
    op: 'forecast:CreateForecast',
    asked: 'generate predictions, predict next month sales, future demand per item, quantiles p10 p50 p90',
    example: 'produce the next 30 days of demand predictions per sku from the trained predictor',
  },
  {
    op: 'forecast:CreateForecastExportJob',
    asked:
      'export predictions to s3, csv of future demand, download the forecast results, write demand predictions to s3, save as csv',
    example: 'save the generated forecast as csv files in a bucket',
  },
  {
    op: 'forecast:GetAccuracyMetrics',
    asked: 'how accurate is the forecast, wape, rmse, mape, backtest error, weighted quantile loss',
    example: 'how accurate is the demand predictor, what are its wape and rmse',
  },
  {
    op: 'frauddetector:GetEventPrediction',
    asked:
      'is this transaction fraud, fraud score for a signup, risk score, block or allow, score a payment, suspicious order check',
    example: 'is this $900 card payment from a new account likely fraudulent',
  },
  {
    op: 'frauddetector:CreateRule',
    asked:
      'if score above 900 then block, fraud rule, review threshold, decision logic, outcome condition, risk score above a threshold, manual review',
    example: 'flag anything scoring over 900 for a human to look at',
  },
  {
    op: 'frauddetector:CreateModelVersion',
    asked:
      'train a fraud model on past transactions, retrain with labeled events, online fraud insights model',
    example: "train the fraud model on last year's labeled transactions",
  },
  {
    op: 'frauddetector:CreateDetectorVersion',
    asked:
      'publish fraud logic, combine model and rules, new version of the fraud checks, activate detection, publish fraud checks, new set of rules and model, activate new fraud logic, go live with a retrained model',
    example: 'activate the new fraud logic with the retrained model',
  },
  {
    op: 'frauddetector:SendEvent',
    asked:
      'store historic events for training, record a transaction without scoring it, log signups for later',
    example: 'record this checkout for future fraud model training without scoring it',
  },
  {
    op: 'frauddetector:UpdateEventLabel',
    asked:
      'mark a transaction as fraud after a chargeback, label legit, correct the outcome, feedback label, mark an order fraudulent, chargeback came in',
    example: 'that payment turned out to be a chargeback, set it as fraud',
  },
  {
    op: 'frauddetector:CreateBatchPredictionJob',
    asked:
      'score a file of transactions, bulk fraud scoring from s3, offline fraud check, fraud scoring every transaction in a file',
    example: 'run fraud scoring on every transaction in s3://payments/march.csv',
  },
  {
    op: 'kendra:Query',
    asked:
      'enterprise search, search company documents, ask a question over the intranet, find answers in docs, search box for employees, faq answer, search the index for a phrase, search a kendra index, look up an answer in the index, look through internal company documents, find a policy in the company documents',
    example: 'search our intranet for the vpn setup guide',
  },
  {
    op: 'kendra:Retrieve',
    asked: 'passages for rag, chunks to feed an llm, relevant excerpts, semantic passages for a prompt',
    example: 'get the most relevant text excerpts from our company search to feed an llm prompt',
  },
  {
    op: 'kendra:CreateIndex',
    asked: 'set up enterprise search, search engine for internal docs, new search index, intranet search',
    example: 'set up a search engine over our internal documents',
  },
  {
    op: 'kendra:CreateDataSource',
    asked: 'connect sharepoint, confluence, s3 or a website to search, connector, crawler for docs',
    example: 'hook our confluence space up to the company search',
  },
  {
    op: 'kendra:StartDataSourceSyncJob',
    asked:
      'recrawl, refresh the search index from a connector, pick up new documents, resync sharepoint, index new files added to the s3 bucket, sync the data source now, sync a confluence, jira or web crawler data source',
    example: 'recrawl the sharepoint connector so new pages show up in search',
  },
  {
    op: 'kendra:BatchPutDocument',
    asked:
      'push documents directly to the search index, add files to search, index my pdfs without a connector',
    example: 'add these 20 pdfs straight into the company search index',
  },
  {
    op: 'kendra:SubmitFeedback',
    asked:
      'thumbs up on a search result, mark a result relevant, clicks on results, improve search ranking, users found a result helpful, relevance feedback, tell the search engine, result was helpful',
    example: 'record that users clicked and liked the third answer in enterprise search',
  },
  {
    op: 'qbusiness:ChatSync',
    asked:
      'ask amazon q a question, company assistant answer, employee chatbot, q business reply, chat over company data, one full answer, ask the internal assistant a question over our docs, company knowledge assistant',
    example: 'ask our q business assistant how many vacation days new hires get',
  },
  {
    op: 'qbusiness:Chat',
    asked:
      'streaming q business conversation, live chat with the employee assistant, reply events as generated',
    example: 'stream the employee assistant reply while it is being written',
  },
  {
    op: 'qbusiness:CreateApplication',
    asked:
      'set up amazon q business, generative ai assistant for employees, company copilot, enterprise chat assistant',
    example: 'set up a genai assistant for our employees with amazon q',
  },
  {
    op: 'qbusiness:CreateDataSource',
    asked:
      'connect q business to sharepoint, slack, jira, confluence, s3, add company data to the assistant, read our slack channels',
    example: 'let the employee assistant read our slack channels',
  },
  {
    op: 'qbusiness:CreateWebExperience',
    asked:
      'web chat ui for employees, assistant website, branded chat page, launch the assistant in a browser',
    example: 'give employees a web page where they can chat with the q assistant',
  },
  {
    op: 'qbusiness:PutFeedback',
    asked: 'thumbs up or thumbs down on an answer, rate a reply, usefulness feedback, report a bad answer',
    example: 'record a thumbs down on the assistant answer that was wrong',
  },
  {
    op: 'qbusiness:ListConversations',
    asked: 'chat history, past conversations of a user, previous threads with the assistant',
    example: 'show my previous threads with the q business assistant',
  },
  {
    op: 'mediaconvert:CreateJob',
    asked:
      'transcode a video, convert mp4 to hls, compress a video, change resolution, 720p version, adaptive bitrate, thumbnails, burn in captions, file based encoding',
    example: 'convert s3://raw/movie.mov into 1080p and 720p hls renditions',
  },
  {
    op: 'mediaconvert:GetJob',
    asked: 'is the transcode done, percent complete, why did the encode fail, error message of a conversion',
    example: 'is the video conversion for movie.mov finished yet',
  },
  {
    op: 'mediaconvert:ListJobs',
    asked:
      'recent transcodes, which encodes failed, conversions in progress, video conversion history, latest video encodes, transcode queue history',
    example: 'show the video conversions that failed in the last day',
  },
  {
    op: 'mediaconvert:CancelJob',
    asked:
      'stop a transcode, abort an encode, kill a running conversion, cancel the video conversion, stop encoding',
    example: 'abort the running video conversion of movie.mov',
  },
  {
    op: 'mediaconvert:CreateJobTemplate',
    asked:
      'reusable encoding settings, saved output groups, standard abr ladder, encode profile for all videos',
    example: 'save our standard hls ladder so every upload is encoded the same way',
  },
  {
    op: 'mediaconvert:CreatePreset',
    asked: 'output settings preset, h.264 1080p rendition settings, saved codec and bitrate for one output',
    example: 'save a 1080p h.264 at 6 mbps output setting we can reuse',
  },
  {
    op: 'mediaconvert:CreateQueue',
    asked: 'reserved transcoding capacity, priority lane for encodes, separate queue for urgent videos',
    example: 'make a separate lane for urgent video encodes with reserved pricing',
  },
];
