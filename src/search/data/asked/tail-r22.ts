// Data: how people ask for operations (see ../asked.ts), round 22 of the long tail, in the words
// of the people who use them: a video producer inspecting a file, a call-centre supervisor
// listening in; written from each operation's documentation.

import type { AskedEntry } from './types.js';

export const ASKED_TAIL_R22: readonly AskedEntry[] = [
  {
    op: 'mediaconvert:Probe',
    asked:
      'what codec, resolution, frame rate, bitrate, duration or audio tracks a video file has, inspect the media info of a file, ffprobe, mediainfo',
    example: 'check the frame rate and duration of clip.mov before transcoding it',
  },
  {
    op: 'connect:MonitorContact',
    asked:
      'listen in silently on a live call, supervisor barges in on an agent, eavesdrop, coach an agent during the call, join a call as a supervisor',
    example: 'as a supervisor, join the call agent bob is on without the customer hearing',
  },
];
