// Data: how people ask for operations (see ../asked.ts), round 13 of the middle tier of AI,
// communication and media services: the weekly calls that had no everyday words yet, in the
// voices of a contact-centre supervisor, an on-call engineer and a beginner: setting an agent
// offline, why a connector did not sync, how many faces a collection holds, which batch
// translations ran.

import type { AskedEntry } from './types.js';

export const ASKED_AIMID_R13: readonly AskedEntry[] = [
  {
    op: 'connect:PutUserStatus',
    asked:
      "set an agent to offline, make an agent available, put an agent on break, change an agent's state, mark the agent away, agent status to lunch, log an agent out of the queue",
    example: 'put agent mlopez on break in our amazon connect contact center',
  },
  {
    op: 'qbusiness:ListDataSourceSyncJobs',
    asked:
      'why did the connector not sync, sync history of a connector, did the sharepoint or confluence crawl run, last sync of the data source, documents failed to index, crawl errors of the assistant',
    example: 'did the confluence connector of our q business app finish crawling last night?',
  },
  {
    op: 'rekognition:DescribeCollection',
    asked:
      'how many faces are in the collection, size of a face collection, face count, which face model version the collection uses, when was the collection created',
    example: 'how many faces does the employees collection hold?',
  },
  {
    op: 'translate:ListTextTranslationJobs',
    asked:
      'all batch translations we ran, recent bulk translation jobs, which document translations failed, history of translation jobs',
    example: 'show the bulk translations we kicked off this week and which ones failed',
  },
];
