// Data: how people ask for operations (see ../asked.ts), analytics services: BI dashboards, data
// prep, data portals, managed Airflow, bought data and SaaS syncs (quicksight, databrew,
// datazone, mwaa, dataexchange, appflow).

import type { AskedEntry } from './types.js';

export const ASKED_INTEGRATION_6: readonly AskedEntry[] = [
  {
    op: 'quicksight:CreateDashboard',
    asked:
      'publish a bi report, build charts, business intelligence, visuals for a new report, report for execs, from a template',
    example: 'publish a sales report with charts for the execs in quicksight',
  },
  {
    op: 'quicksight:GenerateEmbedUrlForRegisteredUser',
    asked:
      'embed a dashboard in our web app, embedded dashboard url for a user, iframe, intranet page, show charts inside our portal, logged in users, staff, signed link',
    example: 'put a quicksight dashboard on our intranet page for staff who are logged in',
  },
  {
    op: 'quicksight:GenerateEmbedUrlForAnonymousUser',
    asked:
      'embed for public visitors, no login, anonymous embedding, customers without accounts, public charts, users without a quicksight login, show a dashboard inside our web app to customers, saas tenants, website visitors, embed url for anonymous users, portal visitors, logged-out users',
    example: 'put a quicksight chart on our public website for visitors who never sign in',
  },
  {
    op: 'quicksight:CreateIngestion',
    asked:
      'refresh spice, reload the data now, update the numbers, pull latest data, manual refresh, import now, right now, immediately, on demand, one-off reload, kick off a refresh, trigger, refresh the dataset now, reload spice',
    example: 'refresh the spice copy of the sales dataset right now',
  },
  {
    op: 'quicksight:DescribeIngestion',
    asked:
      'did the refresh finish, refresh failed, rows imported, spice load status, how long did the reload take',
    example: "did this morning's spice refresh of the sales dataset succeed",
  },
  {
    op: 'quicksight:CreateRefreshSchedule',
    asked: 'refresh every morning, nightly spice reload, schedule data refresh, automatic reload, hourly',
    example: 'reload the sales dataset in spice every morning at 6',
  },
  {
    op: 'quicksight:CreateDataSet',
    asked:
      'define data for charts, prepare data, import from athena table, spice, custom sql, join tables for reporting',
    example: 'make the athena orders table available for quicksight charts using custom sql',
  },
  {
    op: 'quicksight:CreateDataSource',
    asked:
      'connect bi to redshift or a warehouse, athena connection, data connection for reports, link a database, snowflake',
    example: 'connect quicksight to our redshift warehouse',
  },
  {
    op: 'quicksight:RegisterUser',
    asked: 'add a reader, invite someone, author seat, give someone access to reports, onboard, new login',
    example: 'invite jane@example.com to quicksight as a reader',
  },
  {
    op: 'quicksight:UpdateDashboardPermissions',
    asked:
      'share a dashboard with a colleague, who can view, grant viewer access, let someone see, revoke viewer',
    example: 'share the sales quicksight dashboard with the finance group',
  },
  {
    op: 'quicksight:ListDashboards',
    asked: 'all reports, what dashboards exist, every bi report, inventory',
    example: 'what quicksight reports do we have',
  },
  {
    op: 'quicksight:CreateAnalysis',
    asked: 'start exploring data visually, draft report, workspace for charts, author visuals, sheet',
    example: 'start a new quicksight workspace to explore the sales data visually',
  },
  {
    op: 'quicksight:StartDashboardSnapshotJob',
    asked:
      'export to pdf, pdf copy, csv export, snapshot, download the report, printable, email the report as a file',
    example: 'make a printable pdf copy of the sales quicksight dashboard',
  },
  {
    op: 'quicksight:CreateGroupMembership',
    asked: 'add a user to a group, put someone in a team, join group, membership',
    example: 'add jane to the finance group in quicksight',
  },
  {
    op: 'quicksight:CreateTopic',
    asked: 'q topic, ask questions in plain english, natural language questions, nlq, ask the data',
    example: 'let business users ask questions about sales data in plain english with quicksight q',
  },
  {
    op: 'databrew:CreateRecipeJob',
    asked:
      'apply cleaning steps to the full data, no-code data prep, transformation, clean data visually, output cleaned file',
    example: 'apply my databrew cleaning steps to the full customers data',
  },
  {
    op: 'databrew:CreateProfileJob',
    asked:
      'profile data, column statistics, find nulls and outliers, spot duplicates, scan for bad values, data profile, summary statistics, distribution',
    example: 'scan the customers csv in databrew for nulls, duplicates and outliers',
  },
  {
    op: 'databrew:CreateRecipe',
    asked: 'cleaning steps, remove duplicates, fill missing values, visual transforms, data prep steps',
    example: 'save databrew steps that drop duplicates and fill empty postcodes',
  },
  {
    op: 'databrew:StartJobRun',
    asked:
      'run the cleanup now, execute data prep, kick off, rerun, run a recipe job, run the cleaning job, start a databrew job, run the profile job',
    example: 'kick off the customers-cleanup databrew job now',
  },
  {
    op: 'datazone:CreateDomain',
    asked:
      'data portal, data catalog for the organization, data mesh, governance portal, business catalog, set up',
    example: 'set up a datazone data portal for the whole company',
  },
  {
    op: 'datazone:Search',
    asked: 'find datasets in the portal, discover data, business catalog search, look for data, keyword',
    example: 'look for customer churn datasets in our datazone portal',
  },
  {
    op: 'datazone:CreateSubscriptionRequest',
    asked: 'request access to a dataset, ask to subscribe, data access request, ask the owner',
    example: 'ask the owners of the churn dataset in datazone for access',
  },
  {
    op: 'datazone:AcceptSubscriptionRequest',
    asked: 'approve a data access request, approve subscription, grant the request, say yes',
    example: 'approve the pending datazone access request for the churn dataset',
  },
  {
    op: 'datazone:CreateProject',
    asked: 'team workspace, group of users working on data, collaboration space, new project',
    example: 'make a datazone workspace for the churn analysis team',
  },
  {
    op: 'datazone:StartDataSourceRun',
    asked: 'import glue tables into the portal, harvest metadata, sync the catalog, refresh assets',
    example: 'harvest the latest glue table metadata into datazone now',
  },
  {
    op: 'mwaa:CreateEnvironment',
    asked: 'managed airflow, airflow cluster, dags bucket, set up airflow, apache airflow, orchestration',
    example: 'we want airflow without running it ourselves, with dags kept in s3://my-dags/',
  },
  {
    op: 'mwaa:CreateWebLoginToken',
    asked:
      'open airflow ui, log in to airflow web, console link, sign in to airflow, airflow dashboard, sign-in link, one-time link, session url, access the dag view',
    example: 'give me a link to log in to our airflow web ui',
  },
  {
    op: 'mwaa:CreateCliToken',
    asked: 'run airflow cli commands, airflow command line, dags trigger from cli',
    example: 'run an airflow cli command like dags list against our mwaa',
  },
  {
    op: 'mwaa:UpdateEnvironment',
    asked:
      'upgrade airflow version, requirements.txt, bigger environment class, more workers, plugins, change airflow settings',
    example: 'install new python packages from requirements.txt on our managed airflow',
  },
  {
    op: 'mwaa:GetEnvironment',
    asked: 'status, webserver url, why is it failing, airflow version, health, details',
    example: 'what is the webserver url and status of our mwaa airflow',
  },
  {
    op: 'mwaa:InvokeRestApi',
    asked: 'trigger a dag run, call airflow api, dag runs, list dags via api, pause dag',
    example: 'trigger the daily_sales dag on our managed airflow from code',
  },
  {
    op: 'dataexchange:CreateDataSet',
    asked: 'publish a data product, sell data, share data with subscribers, data marketplace listing',
    example: 'publish a weather data product for subscribers on aws data exchange',
  },
  {
    op: 'dataexchange:CreateJob',
    asked:
      'export subscribed data to s3, import assets from s3, download purchased data, copy revision to bucket, export a revision to our bucket, export subscribed data set, job to export or import revisions',
    example: 'copy the latest purchased data exchange revision into my s3 bucket',
  },
  {
    op: 'dataexchange:ListDataSets',
    asked: 'what data have I subscribed to, entitled data, marketplace data, owned products',
    example: 'which data exchange products are we entitled to',
  },
  {
    op: 'appflow:CreateFlow',
    asked:
      'copy salesforce data to s3, sync saas data, zendesk to redshift, no-code integration, import from slack, marketo, a transfer from a saas app that repeats every day or every hour, scheduled or event triggered',
    example: 'copy salesforce opportunities into s3 every night with appflow',
  },
  {
    op: 'appflow:StartFlow',
    asked: 'run the sync now, activate schedule, pull salesforce now, on demand run, trigger sync',
    example: 'run the salesforce-to-s3 appflow sync right now',
  },
  {
    op: 'appflow:DescribeFlowExecutionRecords',
    asked: 'sync history, did the last run fail, records transferred, past runs, errors',
    example: "did last night's appflow salesforce sync fail, and how many records moved",
  },
  {
    op: 'appflow:CreateConnectorProfile',
    asked: 'salesforce login, oauth connection to a saas app, credentials for zendesk, connect account',
    example: 'store our salesforce oauth login for appflow to use',
  },
];
