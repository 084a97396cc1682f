// Data: concepts (see concepts.ts) for services people reach for by their job rather than their
// name, written from the services' own descriptions (not from benchmark misses): one entry per
// job, its everyday words, and the operation that starts it.

import type { Concept } from './concepts.js';

export const CATALOG_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['push notification', 'push notifications', 'campaign to my app users'],
    services: ['pinpoint'],
    why: 'push notifications and campaigns to app users are Amazon Pinpoint',
    example: ['send a push notification campaign to my app users', 'pinpoint:SendUsersMessages'],
  },
  {
    phrases: ['airflow', 'dag'],
    terms: 'create environment',
    services: ['mwaa'],
    why: 'managed Apache Airflow is Amazon MWAA',
    example: ['set up a managed airflow environment', 'mwaa:CreateEnvironment'],
  },
  {
    phrases: ['landing zone', 'account factory', 'guardrails'],
    services: ['controltower'],
    why: 'a governed multi-account landing zone is AWS Control Tower',
    example: ['set up a landing zone for our accounts', 'controltower:CreateLandingZone'],
  },
  {
    phrases: ['active directory', 'managed ad', 'domain controller'],
    // no verb: naming the directory ("find users in our active directory") does not ask to make one
    terms: 'microsoft ad directory',
    services: ['ds'],
    why: 'a managed Microsoft Active Directory is AWS Directory Service',
    example: ['create a managed active directory', 'ds:CreateMicrosoftAD'],
  },
  {
    phrases: ['ledger', 'immutable journal', 'tamper proof'],
    // no verb: naming the ledger ("the ledger's digest") does not ask to make one
    terms: 'ledger',
    services: ['qldb'],
    why: 'an immutable, verifiable journal database is Amazon QLDB',
    example: ['create a tamper proof ledger database', 'qldb:CreateLedger'],
  },
  {
    phrases: ['trusted advisor', 'best practice checks', 'best practices checks'],
    services: ['trustedadvisor', 'support'],
    why: 'account best-practice checks are Trusted Advisor (also through the Support API)',
    example: ['which trusted advisor best practice checks are there', 'support:DescribeTrustedAdvisorChecks'],
  },
  {
    phrases: ['sql injection', 'block ips', 'block an ip', 'bad bots', 'web exploits'],
    terms: 'create web acl',
    services: ['wafv2'],
    why: 'filtering web requests by rule (IPs, SQL injection, bots) is AWS WAF',
    example: ['block sql injection on my load balancer', 'wafv2:CreateWebACL'],
  },
  {
    phrases: ['on real phones', 'real devices', 'device farm', 'test my mobile app'],
    terms: 'schedule run',
    services: ['devicefarm'],
    why: 'testing apps on real mobile devices is AWS Device Farm',
    example: ['test my mobile app on real devices', 'devicefarm:ScheduleRun'],
  },
  {
    phrases: ['fraud', 'fraudulent', 'fake accounts'],
    terms: 'get event prediction',
    services: ['frauddetector'],
    why: 'scoring events for fraud is Amazon Fraud Detector',
    example: ['check whether this signup is fraudulent', 'frauddetector:GetEventPrediction'],
  },
  {
    phrases: ['fhir', 'health records', 'medical records'],
    // no verb: loading, exporting or reading fhir records is as likely as making a datastore
    terms: 'fhir datastore',
    services: ['healthlake'],
    why: 'FHIR health data stores are AWS HealthLake',
    example: ['create a fhir data store for patient records', 'healthlake:CreateFHIRDatastore'],
  },
  {
    phrases: ['lift and shift', 'rehost', 'migrate my servers'],
    terms: 'start replication source server',
    services: ['mgn'],
    why: 'rehosting servers into AWS is the Application Migration Service (mgn)',
    example: ['lift and shift my on premises servers', 'mgn:StartReplication'],
  },
  {
    phrases: ['satellite', 'ground station'],
    terms: 'reserve contact',
    services: ['groundstation'],
    why: 'talking to satellites is AWS Ground Station',
    example: ['book time to talk to my satellite', 'groundstation:ReserveContact'],
  },
  {
    phrases: ['quantum', 'qubits'],
    // no verb: asking which quantum devices are online is as common as running a task
    terms: 'quantum',
    services: ['braket'],
    why: 'running quantum circuits is Amazon Braket',
    example: ['run my circuit on a quantum computer', 'braket:CreateQuantumTask'],
  },
  {
    phrases: ['subtitles', 'captions', 'speech to text'],
    terms: 'start transcription job',
    services: ['transcribe'],
    why: 'turning recorded speech into text is Amazon Transcribe',
    example: ['make subtitles for this recording', 'transcribe:StartTranscriptionJob'],
  },
  {
    phrases: ['labels in', 'objects in a photo', 'what is in this image', 'tag my photos'],
    terms: 'detect labels',
    services: ['rekognition'],
    why: 'naming what an image shows is Rekognition label detection',
    example: ['tag my photos by what they show', 'rekognition:DetectLabels'],
  },
  {
    phrases: ['npm packages', 'pip packages', 'maven', 'private package'],
    services: ['codeartifact'],
    why: 'private npm, pip and Maven repositories are AWS CodeArtifact',
    example: ['publish our private npm packages', 'codeartifact:PublishPackageVersion'],
  },
  {
    phrases: ['sign in to my app', 'user sign up', 'login for my app', 'app users'],
    terms: 'sign up',
    services: ['cognito-idp'],
    why: 'sign-up and sign-in for an application’s users are Cognito user pools',
    example: ['add user sign up to my app', 'cognito-idp:SignUp'],
  },
  {
    phrases: ['video from cameras', 'camera feed', 'security camera'],
    terms: 'create stream',
    services: ['kinesisvideo'],
    why: 'ingesting video from cameras is Kinesis Video Streams',
    example: ['stream video from my security camera', 'kinesisvideo:CreateStream'],
  },
  {
    phrases: ['aws outage', 'aws issues affecting', 'scheduled maintenance by aws'],
    terms: 'describe events',
    services: ['health'],
    why: 'AWS-side incidents and maintenance that affect the account are AWS Health events',
    example: ['is there an aws outage affecting my account', 'health:DescribeEvents'],
  },
  {
    phrases: ['ship a disk', 'physical device', 'petabytes offline'],
    terms: 'create job',
    services: ['snowball'],
    why: 'moving data on a shipped appliance is AWS Snowball',
    example: ['ship a disk to move petabytes offline', 'snowball:CreateJob'],
  },
  {
    phrases: ['deploy my web app', 'host my frontend', 'react app', 'static site from git'],
    terms: 'create app',
    services: ['amplify'],
    why: 'hosting a web front end built from a git branch is AWS Amplify Hosting',
    example: ['host my react app from github', 'amplify:CreateApp'],
  },
  {
    phrases: ['virtual private server', 'vps', 'simple server'],
    terms: 'create instances',
    services: ['lightsail'],
    why: 'a simple fixed-price virtual server is Amazon Lightsail',
    example: ['give me a cheap vps', 'lightsail:CreateInstances'],
  },
];
