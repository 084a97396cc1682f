// Data: concepts (see concepts.ts) for media, documents, messaging and data services, in the
// words of each service's own description (MediaConvert "transcodes video files"; Chime SDK
// "adds audio and video meetings to your app"; Glue crawlers "infer the schema of your data").
// Issue 16, round 5a; most are for services no query of the sets names.

import type { Concept } from './concepts.js';

export const DOC_MEDIA_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['video meeting', 'video call', 'video calls', 'online meeting', 'meeting room'],
    terms: 'meeting',
    services: ['chime-sdk-meetings'],
    why: 'the Chime SDK adds audio and video meetings to an application',
    example: ['create a video meeting for two users', 'chime-sdk-meetings:CreateMeeting'],
  },
  {
    phrases: ['transcode', 'video formats', 'smaller formats', 'different resolutions', 'hls renditions'],
    terms: 'job',
    services: ['mediaconvert'],
    why: 'MediaConvert transcodes video files into other formats and resolutions as jobs',
    example: ['transcode this movie into hls renditions', 'mediaconvert:CreateJob'],
  },
  {
    phrases: ['from a camera', 'webcam', 'video from a device', 'ip camera'],
    terms: 'stream',
    services: ['kinesisvideo'],
    why: 'Kinesis Video Streams ingests live video from cameras and devices',
    example: ['create a stream for video from a camera', 'kinesisvideo:CreateStream'],
  },
  {
    phrases: ['faces in', 'face in', 'find faces', 'how many people are in'],
    terms: 'detect faces',
    services: ['rekognition'],
    why: 'Rekognition detects the faces in an image',
    example: ['count the faces in this picture', 'rekognition:DetectFaces'],
  },
  {
    // not 'scanned': stemmed, it is 'scan', which Macie and Inspector queries use
    phrases: ['ocr', 'text out of an image', 'text from a pdf', 'scanned document'],
    terms: 'detect document text',
    services: ['textract'],
    why: 'Textract extracts printed and handwritten text from scanned documents',
    example: ['ocr this receipt image', 'textract:DetectDocumentText'],
  },
  {
    phrases: ['pii', 'personal information in text', 'redact names'],
    terms: 'detect pii entities',
    services: ['comprehend'],
    why: 'Comprehend finds personally identifiable information (PII) entities in text',
    example: ['find pii in this support chat', 'comprehend:DetectPiiEntities'],
  },
  {
    phrases: ['rabbitmq', 'activemq', 'message broker', 'jms'],
    terms: 'broker',
    services: ['mq'],
    why: 'Amazon MQ runs managed ActiveMQ and RabbitMQ message brokers',
    example: ['spin up a managed rabbitmq', 'mq:CreateBroker'],
  },
  {
    phrases: ['cassandra', 'cql', 'wide column'],
    terms: 'keyspace',
    services: ['keyspaces'],
    why: 'Amazon Keyspaces is a managed Apache Cassandra-compatible database',
    example: ['make a cassandra keyspace for the events', 'keyspaces:CreateKeyspace'],
  },
  {
    phrases: ['jupyter', 'notebook for data science', 'ml notebook'],
    terms: 'notebook instance',
    services: ['sagemaker'],
    why: 'SageMaker notebook instances are managed Jupyter notebooks',
    example: ['create a jupyter notebook with a gpu', 'sagemaker:CreateNotebookInstance'],
  },
  {
    phrases: ['catalog the files', 'infer the schema', 'discover the schema', 'tables from my files'],
    terms: 'crawler',
    services: ['glue'],
    why: 'a Glue crawler infers schemas from files and writes tables to the Data Catalog',
    example: ['infer the schema of the files in my data lake', 'glue:CreateCrawler'],
  },
  {
    phrases: ['in order exactly once', 'exactly once', 'strict ordering', 'fifo'],
    terms: 'queue fifo',
    services: ['sqs'],
    why: 'SQS FIFO queues deliver messages in order and exactly once',
    example: ['make a fifo queue for the payments', 'sqs:CreateQueue'],
  },
  {
    phrases: ['geofence', 'geofencing', 'virtual boundary', 'enters an area'],
    // not 'geofence collection': the collection is where geofences are kept, and read as the
    // geofence's own word it took "delete geofence g1 from collection x" to DeleteGeofenceCollection
    terms: 'geofence',
    services: ['location'],
    why: 'Amazon Location geofences detect devices entering or leaving an area',
    example: ['add a geofence around the depot', 'location:PutGeofence'],
  },
  {
    phrases: ['captcha', 'prove they are human', 'bot control'],
    terms: 'web acl',
    services: ['wafv2'],
    why: 'AWS WAF challenges requests with CAPTCHA and Bot Control rules in a web ACL',
    example: ['add a captcha to the login page', 'wafv2:CreateWebACL'],
  },
  {
    phrases: ['friendly domain', 'custom domain for my api', 'my own domain for the api'],
    terms: 'domain name',
    services: ['apigateway'],
    why: 'API Gateway maps an API to a custom domain name',
    example: ['set up a custom domain for my api', 'apigateway:CreateDomainName'],
  },
  {
    phrases: ['reserved cache nodes', 'reserved nodes', 'reserved capacity for my cache'],
    terms: 'reserved cache nodes',
    services: ['elasticache'],
    why: 'ElastiCache sells reserved nodes for a one- or three-year term',
    example: ['which reserved cache nodes do we own', 'elasticache:DescribeReservedCacheNodes'],
  },
  {
    phrases: ['ip range', 'range of ips', 'block requests from'],
    terms: 'ip set',
    services: ['wafv2'],
    why: 'AWS WAF matches requests from address ranges with an IP set',
    example: ['block requests from a range of ips on my website', 'wafv2:CreateIPSet'],
  },
];
