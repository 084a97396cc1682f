// Data: how people ask for operations (see ../asked.ts), more of the services in apps.ts to
// apps-6.ts: the everyday reads and follow-up changes people ask for once a service is set up.

import type { AskedEntry } from './types.js';

export const ASKED_APPS_7: readonly AskedEntry[] = [
  {
    op: 'b2bi:GenerateMapping',
    asked:
      'let ai write the edi mapping, derive a jsonata or xslt template from sample input and output, bedrock drafted field mapping',
    example: 'use ai to write the jsonata that maps our x12 sample to this json shape',
  },
  {
    op: 'b2bi:ListPartnerships',
    asked: 'which trading partners are set up, suppliers we exchange edi with, partner inventory',
    example: 'which edi trading partners have we onboarded',
  },
  {
    op: 'billingconductor:ListBillingGroups',
    asked: 'which chargeback groups exist, customers we rebill, pro forma groups this month',
    example: 'which pro forma groups do we rebill this month',
  },
  {
    op: 'taxsettings:GetTaxRegistrationDocument',
    asked: 'download the certificate we uploaded for a vat number, proof of tax registration file',
    example: 'download the registration certificate we filed for our indian gst number',
  },
  {
    op: 'cloud9:DescribeEnvironments',
    asked: 'details of cloud9 ides, owner, instance type and connection type of an ide',
    example: 'who owns cloud9 ide 8d9967e2 and what connection type does it use',
  },
  {
    op: 'codecatalyst:StopDevEnvironment',
    asked: 'shut down a cloud dev box to save money, pause a remote workspace',
    example: 'shut down my codecatalyst workspace for the weekend to save money',
  },
  {
    op: 'codecatalyst:CreateSourceRepository',
    asked: 'new git repo in a codecatalyst project, empty repository for code',
    example: 'make an empty git repo named payments in codecatalyst project shop',
  },
  {
    op: 'emr-containers:CreateManagedEndpoint',
    asked:
      'interactive spark notebooks on eks, jupyter from emr studio against kubernetes, notebook endpoint',
    example: 'let emr studio jupyter notebooks run spark on our eks namespace',
  },
  {
    op: 'emr-containers:CreateJobTemplate',
    asked:
      'reusable spark job settings on eks, default spark submit parameters shared by jobs, keep common spark submit settings, reuse for each run',
    example: 'save our common spark submit settings for eks jobs so each run reuses them',
  },
  {
    op: 'evidently:PutProjectEvents',
    asked:
      'record a conversion or page load time for an a b test, send metric events from the app, count a completed checkout, click tracking for evidently',
    example: 'record that user 42 completed checkout so the evidently experiment counts it',
  },
  {
    op: 'proton:CreateEnvironment',
    asked:
      'stand up a staging or prod environment from a platform blueprint, shared infrastructure for services',
    example: 'stand up a staging environment from the platform vpc blueprint in proton',
  },
  {
    op: 'osis:GetPipeline',
    asked: 'is the ingestion pipeline active, its endpoint url, ocu capacity and status',
    example: 'what endpoint and status does opensearch ingestion pipeline logs-ingest have',
  },
  {
    op: 'osis:UpdatePipeline',
    asked: 'scale ingestion ocus, raise min and max capacity, change data prepper configuration',
    example: 'raise the max ocus of logs-ingest to 8',
  },
  {
    op: 'mailmanager:CreateAddressList',
    asked:
      'blocklist or allowlist of email addresses, blocked senders used by mail rules, recipient group for rule conditions',
    example: 'create a blocklist of sender addresses for our mail manager rules',
  },
  {
    op: 'mailmanager:GetArchiveMessageContent',
    asked: 'read the body and headers of an archived email, open an old message text',
    example: 'open the text and html body of archived message m-5521',
  },
  {
    op: 'mailmanager:StartArchiveExport',
    asked:
      'copy archived emails out to s3, hand mail over to lawyers for legal discovery, dump messages in a date range',
    example: 'copy all archived mail from march into s3://legal-hold/mail/ for the lawyers',
  },
  {
    op: 'pinpoint-email:GetAccount',
    asked: 'sending quota and rate in pinpoint email, are we out of the sandbox, daily send limit',
    example: 'what is our daily sending quota in pinpoint email and are we still in the sandbox',
  },
  {
    op: 'workdocs:SearchResources',
    asked: 'find a document by name or content in workdocs, full text search of the shared drive',
    example: 'find workdocs files mentioning the word invoice',
  },
  {
    op: 'workdocs:CreateFolder',
    asked: 'new folder on the shared drive, make a directory in workdocs',
    example: 'make a contracts subfolder in workdocs under legal',
  },
  {
    op: 'workdocs:RestoreDocumentVersions',
    asked:
      'bring back an earlier revision, undo edits to a document, roll back a file, restore an older version of a document',
    example: 'roll back the budget file on workdocs to the revision from friday',
  },
  {
    op: 'workspaces-web:CreateIpAccessSettings',
    asked: 'only allow the secure browser from office ips, ip allowlist for the portal, trusted cidr ranges',
    example: 'allow the secure browser portal only from our office ip range 203.0.113.0/24',
  },
  {
    op: 'workspaces-web:ListSessions',
    asked: 'who is using the secure browser, active browsing sessions on a portal',
    example: 'who is currently using our secure browser portal',
  },
  {
    op: 'workspaces-web:CreateIdentityProvider',
    asked: 'saml sign in for the secure browser, okta or entra login for the portal',
    example: 'let users sign in to the secure browser with okta saml',
  },
  {
    op: 'connectparticipant:SendEvent',
    asked: 'typing indicator, read receipt, customer is typing, delivered receipt in a connect chat',
    example: 'send a customer-is-typing indicator in the connect chat',
  },
  {
    op: 'customer-profiles:PutProfileObject',
    asked: 'attach order or ticket history to a customer, ingest a purchase record for a caller',
    example: 'attach order 9981 to the customer record of jane doe',
  },
  {
    op: 'qconnect:StartImportJob',
    asked: 'bulk load canned replies from a csv, import many quick answers at once',
    example: 'bulk load 300 canned chat replies from a csv into q in connect',
  },
  {
    op: 'lex-models:GetUtterancesView',
    asked: 'what users said to a lex v1 bot, missed or unrecognized phrases, utterance statistics',
    example: 'which phrases did users say that my lex v1 bot did not understand',
  },
  {
    op: 'supplychain:CreateDataIntegrationFlow',
    asked: 'load erp data into supply chain, transform source tables into the supply chain data lake',
    example: 'load sap erp order tables into supply chain every night',
  },
];
