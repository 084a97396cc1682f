// Data: how people ask for operations (see ../asked.ts), storage services: S3 objects here, S3
// buckets, file and backup services, and the databases in storage-2.ts to storage-8.ts.

import type { AskedEntry } from './types.js';

export const ASKED_STORAGE: readonly AskedEntry[] = [
  {
    op: 's3:PutObject',
    asked:
      'upload a file, save, store, write bytes, push a file, drop a document into storage, send a photo or image, store a csv or json, save a blob, overwrite contents at a key, cloud storage upload, stick or place a file into a bucket',
    example: 'upload report.pdf to s3://acme-reports/2024/q3/',
  },
  {
    op: 's3:GetObject',
    asked:
      'download a file, fetch, read contents, open, grab, pull a file down, view a file, stream the body, cat a file, serve an image, read json from storage, byte range, save it locally, grab a file from the bucket, fetch or read a stored file, open an object',
    example: 'how do I download s3://acme-logs/2024/01/app.log to my laptop',
  },
  {
    op: 's3:CopyObject',
    asked:
      'duplicate a file, clone, move, rename a file, from one bucket to another, into another folder, change storage class in place, replace metadata, server side, no download needed',
    example: 'rename invoices/old.csv to invoices/2024.csv in the same bucket',
  },
  {
    op: 's3:DeleteObject',
    asked:
      'remove one file, erase, trash, get rid of a single key, delete marker, purge, remove a specific version id, unlink',
    example: 'remove tmp/export.zip from bucket scratch-data',
  },
  {
    op: 's3:DeleteObjects',
    asked:
      'bulk delete, many files at once, thousands of keys, wipe a folder, everything under a prefix, batch remove, clean up a directory, mass delete up to 1000 keys per request, multiple',
    example: 'wipe everything under the logs/2023/ prefix in one request',
  },
  {
    op: 's3:ListObjectsV2',
    asked:
      'ls, browse, what files are in, show folder contents, directory listing, enumerate keys, under a prefix, which files, find files, count files, paginate, walk, delimiter, subfolders, continuation token, what is inside a bucket, what is in the bucket, contents of a bucket or folder, what files sit under a prefix, browse a bucket',
    example: 'what files are inside s3://acme-data/raw/ ?',
  },
  {
    op: 's3:ListObjects',
    asked:
      'older v1 listing, marker based paging, legacy list of keys, first 1000 entries, contents with owner',
    example: 'page through keys with a marker the old v1 way in bucket legacy-archive',
  },
  {
    op: 's3:HeadObject',
    asked:
      'does a file exist, check if a key exists, file size, content type, last modified date, etag, peek, stat a file, 404 check, how big is it, content length, user metadata, size of a file without downloading it, how large is an object in bytes, metadata only, check a file without fetching it',
    example: 'check whether s3://media/cat.png exists without downloading it',
  },
  {
    op: 's3:GetObjectAttributes',
    asked:
      'checksum, crc32, sha256, verify integrity, how many parts, part sizes, storage class of one file, object size, etag and checksum together',
    example: 'what sha256 checksum does backups/db.dump have and how many parts was it uploaded in',
  },
  {
    op: 's3:PutObjectTagging',
    asked:
      'label a file, mark a file, classify, categorize, attach key value labels to one file, set labels, confidential flag, lifecycle filter labels on a file, tag one object or file, add a tag to an s3 key, label a single file with key=value',
    example: 'label s3://acme/docs/contract.pdf with confidential=true',
  },
  {
    op: 's3:GetObjectTagging',
    asked:
      'what labels does a file have, which labels are attached to a document, show labels on a file, read key value labels of one file',
    example: 'which labels are attached to invoices/march.pdf?',
  },
  {
    op: 's3:DeleteObjectTagging',
    asked: 'strip all labels from a file, clear key value labels, remove every label on a file',
    example: 'clear all the labels on reports/draft.docx',
  },
  {
    op: 's3:RestoreObject',
    asked:
      'thaw, unarchive, bring back from glacier, deep archive retrieval, archived file, make readable again, temporary copy, expedited, bulk retrieval, invalidobjectstate error, cold storage, pull an object back out of deep archive or flexible retrieval for a number of days',
    example: 'get back a file that was moved to glacier deep archive so I can read it',
  },
  {
    op: 's3:SelectObjectContent',
    asked:
      'query a csv with sql, filter rows inside a file, read only some columns, parquet, json lines, server side filtering, sql where clause over a file, without downloading all of it, pull only the matching rows out of a big file, grep a csv in a bucket, without downloading the whole file',
    example: 'run a sql where clause on a 10 GB csv and return only the matching rows',
  },
  {
    op: 's3:CreateMultipartUpload',
    asked:
      'large file upload, big file, upload in chunks, split a file into pieces, over 5 gb, begin chunked upload, resumable upload, parallel pieces, upload id',
    example: 'start sending a 50 GB video in pieces',
  },
  {
    op: 's3:UploadPart',
    asked:
      'send one chunk, one piece of a large upload, part number, next chunk of a big file, chunked upload piece',
    example: 'send chunk number 7 of my big video upload',
  },
  {
    op: 's3:CompleteMultipartUpload',
    asked:
      'finish a chunked upload, stitch pieces together, assemble chunks, finalize a large upload, combine parts into the final file',
    example: 'all chunks are sent, now combine them into the final file',
  },
  {
    op: 's3:AbortMultipartUpload',
    asked:
      'cancel an unfinished upload, half-finished or partial upload, discard uploaded chunks, stop paying for incomplete pieces, clean up a failed large upload, throw away',
    example: 'throw away the half-finished chunked upload of backup.tar',
  },
  {
    op: 's3:ListMultipartUploads',
    asked:
      'unfinished uploads, incomplete uploads in progress, dangling pieces, stuck uploads, chunked uploads never finished, hidden storage cost',
    example: 'which big uploads never finished in bucket media-ingest?',
  },
  {
    op: 's3:ListObjectVersions',
    asked:
      'history of a file, previous revisions, earlier revisions, past versions of a key, find a deleted file, delete markers, version ids, recover an overwritten file, what revisions exist, see or find older copies of a file, previous versions of an overwritten object, earlier copies of a file, version history of a key',
    example: 'show every earlier revision of config.yaml in bucket app-settings',
  },
  {
    op: 's3:PutObjectAcl',
    asked:
      'make a single file public, publicly readable by anyone, public-read on one file, share one file, grant read on a file, bucket-owner-full-control, canned acl for a key',
    example: 'make only banner.jpg publicly readable',
  },
  {
    op: 's3:PutObjectRetention',
    asked:
      'retain until date, keep this file until, cannot delete before, hold one file for years, compliance or governance on a version, immutable single file',
    example: 'make audit/2024.log undeletable until 2031-01-01',
  },
  {
    op: 's3:PutObjectLegalHold',
    asked:
      'freeze a file for litigation, legal case, lawsuit, indefinite hold, prevent deletion until released, preserve evidence, place or put a legal hold on a file, hold one file for a lawsuit or litigation, freeze a file indefinitely',
    example: 'freeze contracts/acme.pdf because of a lawsuit',
  },
  {
    op: 's3:PutObjectLockConfiguration',
    asked:
      'worm, write once read many, compliance mode, governance mode, immutable bucket, default retention, ransomware protection, nobody can delete files for a period, make every file in the bucket undeletable for years, worm bucket, default retention for the whole bucket, compliance mode on a bucket',
    example: 'make every file in bucket finance-records write once read many for 7 years',
  },
];
