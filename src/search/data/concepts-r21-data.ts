// Data: round 21's everyday words of data engineers and scientists (issue 16): a query "over the
// lake" is SQL run where the files sit (Athena), not the lake's permissions; a copy from an NFS or
// SMB share or a file server into S3 is a DataSync transfer, not an EFS file system. Each entry
// says why and gives an example query whose operation must be in its top five
// (test/integration/search/concepts-r21-data.test.ts).

import type { Concept } from './concepts.js';

export const R21_DATA_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      ...['query over the lake', 'query the lake', 'query the data lake', 'query against the lake'],
      ...['query on the lake', 'sql over the lake', 'sql against the lake', 'sql on the lake'],
      ...['queries over the lake', 'query over the data lake', 'sql against the data lake'],
    ],
    terms: 'start query execution',
    services: ['athena'],
    why: "a query or SQL run over the lake reads its tables where the files sit, which is Athena; the lake's permissions are Lake Formation",
    example: ['run a query over the lake tables for last week', 'athena:StartQueryExecution'],
  },
  {
    phrases: [
      ...['nfs to s3', 'smb to s3', 'nas to s3', 'hdfs to s3', 'nfs share into s3', 'nfs share to s3'],
      ...['file server to s3', 'file share to s3', 'smb share into s3', 'windows file server to s3'],
    ],
    terms: 'task',
    services: ['datasync'],
    why: 'copying an NFS or SMB share or a file server into S3 is a DataSync task (NFS alone would read as EFS)',
    example: ['copy everything from the nfs share into s3 every night', 'datasync:CreateTask'],
  },
];
