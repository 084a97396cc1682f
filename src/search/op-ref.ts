// An operation written out with its service: `s3:ListBuckets`, `sqs.SendMessage`.

export const OP_REF = /^([a-z0-9][a-z0-9-]*)[:.]([a-z][a-z0-9-]*)$/i;
