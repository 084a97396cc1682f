// Data: ids of IoT, media and edge resources whose shape names the service (see
// resource-ids.ts). A Snowball job id is JID and a UUID, an Outpost id is op- and 17 hex digits,
// a MediaConvert job id (an Elastic Transcoder pipeline's too) is 13 digits, a dash and 6
// letters or digits, a Deadline Cloud id is its kind, a dash and hex digits, a RoboMaker
// simulation job's sim-. Each entry says why and gives an example query that must find its
// operation in the top five (tested). Issue 16, round 12.

import type { IdPattern } from './resource-ids.js';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const EDGE_ID_PATTERNS: readonly IdPattern[] = [
  {
    pattern: new RegExp(`^JID${UUID}$`),
    service: 'snowball',
    terms: 'job',
    assigned: true,
    why: 'Snowball job ids are JID followed by a UUID',
    example: ['where is JID123e4567-e89b-12d3-a456-426655440000 now', 'snowball:DescribeJob'],
  },
  {
    pattern: new RegExp(`^CID${UUID}$`),
    service: 'snowball',
    terms: 'cluster',
    assigned: true,
    why: 'Snowball cluster ids are CID followed by a UUID',
    example: ['show the jobs of CID123e4567-e89b-12d3-a456-426655440000', 'snowball:ListClusterJobs'],
  },
  {
    pattern: /^op-[0-9a-f]{17}$/,
    service: 'outposts',
    terms: 'outpost',
    assigned: true,
    why: 'Outpost ids are op- followed by 17 hex digits',
    example: ['details of op-0abcd1234ef567890', 'outposts:GetOutpost'],
  },
  {
    pattern: /^\d{13}-[a-z0-9]{6}$/,
    service: 'mediaconvert',
    terms: 'job',
    assigned: true,
    // Elastic Transcoder ids have the same shape; only it has pipelines
    byWord: [{ service: 'elastictranscoder', terms: 'pipeline', words: ['pipeline'] }],
    why: 'MediaConvert job ids (and Elastic Transcoder pipeline and job ids) are 13 digits, a dash and 6 letters or digits',
    example: ['convert clip.mov with pipeline 1111111111111-abcde1', 'elastictranscoder:CreateJob'],
  },
  ...(['farm', 'queue', 'fleet', 'job', 'worker', 'budget'] as const).map(deadlineId),
  {
    pattern: /^sim-[a-z0-9]{12}$/,
    service: 'robomaker',
    terms: 'simulation job',
    assigned: true,
    why: 'RoboMaker simulation job ids are sim- followed by 12 letters and digits',
    example: ['stop sim-0a1b2c3d4e5f', 'robomaker:CancelSimulationJob'],
  },
];

/** A Deadline Cloud id of one kind: its kind, a dash and hex digits (EC2 fleet ids are a dashed UUID). */
function deadlineId(kind: string): IdPattern {
  return {
    pattern: new RegExp(`^${kind}-[0-9a-f]{16,32}$`),
    service: 'deadline',
    terms: kind,
    assigned: true,
    why: `Deadline Cloud ${kind} ids are ${kind}- followed by hex digits`,
    example: [
      `show ${kind}-0123456789abcdef0123456789abcdef`,
      `deadline:Get${kind[0]!.toUpperCase()}${kind.slice(1)}`,
    ],
  };
}
