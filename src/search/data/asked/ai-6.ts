// Data: how people ask for operations (see ../asked.ts), media services: live video (medialive,
// mediapackagev2, mediaconnect) and interactive streaming with chat (ivs, ivschat).

import type { AskedEntry } from './types.js';

export const ASKED_AI_6: readonly AskedEntry[] = [
  {
    op: 'medialive:CreateChannel',
    asked:
      'live stream encoder, broadcast a live event, live transcoding to hls, 24/7 linear tv, encode a live feed, abr ladder for live',
    example: 'set up a live encoder that turns our rtmp feed into hls renditions',
  },
  {
    op: 'medialive:StartChannel',
    asked:
      'go live, start broadcasting, turn on the live encoder, begin the event stream, go on air, bring the encoder online before the show, begin encoding the live feed, put the channel on air',
    example: 'go live with the keynote encoder',
  },
  {
    op: 'medialive:StopChannel',
    asked:
      'end the broadcast, stop the live encoder to save cost, take the stream off air, we pay per hour while it runs, after the event',
    example: 'end the keynote broadcast so the encoder stops billing',
  },
  {
    op: 'medialive:CreateInput',
    asked:
      'rtmp push ingest, srt input, where the camera sends the stream, ingest url, hls pull source, mp4 file input',
    example: 'give me an rtmp push url our camera encoder can send to',
  },
  {
    op: 'medialive:DescribeChannel',
    asked:
      'is the live encoder running, broadcast state, pipeline details, idle or running, alerts on the live feed, is the live video channel running, state of the live channel',
    example: 'is the keynote live encoder running right now',
  },
  {
    op: 'medialive:BatchUpdateSchedule',
    asked:
      'insert an ad break, scte-35 splice, switch input at a time, schedule actions, graphics overlay, slate, ad break in a live broadcast, commercial break at a time',
    example: 'insert a 60 second ad break into the live broadcast at 14:00',
  },
  {
    op: 'mediapackagev2:CreateChannel',
    asked:
      'ingest point for live packaging, receive the encoder output, hls ingest endpoint, just in time packaging',
    example: 'set up live packaging that receives hls from our encoder',
  },
  {
    op: 'mediapackagev2:CreateOriginEndpoint',
    asked:
      'hls or dash playback url, packaging output, drm, low latency hls, startover window, manifest for players, live hls endpoint for a channel, dash or hls endpoint in mediapackage',
    example: 'give viewers a dash playback url with drm for the live event',
  },
  {
    op: 'mediapackagev2:CreateHarvestJob',
    asked:
      'clip a live stream to vod, save a highlight, export part of the live window to s3, live to on demand, save hours of the live stream as a vod asset, record the live window',
    example: 'save the last 20 minutes of the live stream as an on-demand clip in s3',
  },
  {
    op: 'mediaconnect:CreateFlow',
    asked:
      'transport live video into the cloud, contribution feed, srt zixi rist, broadcast quality transport, get an srt feed into aws, take in a live feed from a venue',
    example: 'bring our stadium srt feed into aws reliably',
  },
  {
    op: 'mediaconnect:AddFlowOutputs',
    asked:
      'send the feed to another destination, fan out the live video, add a receiver, send the feed to a partner, another srt destination',
    example: 'also send the stadium feed to our partner in frankfurt over srt',
  },
  {
    op: 'mediaconnect:StartFlow',
    asked:
      'turn on the video transport, start the contribution feed, begin receiving, activate the live feed, go on air',
    example: 'turn on the stadium video transport before kickoff',
  },
  {
    op: 'mediaconnect:GrantFlowEntitlements',
    asked: 'share a feed with another account, let a partner subscribe, give access to our live video',
    example: 'let the broadcaster in account 111122223333 subscribe to our live feed',
  },
  {
    op: 'ivs:CreateChannel',
    asked:
      'live streaming like twitch, stream from obs, ingest server and stream key, low latency live video, interactive video, go live from an app, ingest endpoint and key for a new channel, a new place creators stream to',
    example: 'set up low-latency live streaming so creators can broadcast from obs',
  },
  {
    op: 'ivs:GetStream',
    asked:
      'is the channel live now, viewer count, stream health, current broadcast state, bitrate, creator live right now, how many people watching',
    example: "is channel xyz broadcasting now, and what's its viewer count",
  },
  {
    op: 'ivs:StopStream',
    asked:
      'kick a broadcaster off, end a live stream forcefully, cut the feed, take a creator off air, streamer, stop a streamer who is live, disconnect the broadcaster now',
    example: 'cut off the creator who is broadcasting something against our terms',
  },
  {
    op: 'ivs:ListStreams',
    asked:
      'which channels are live, all current broadcasts, who is streaming now, live now, active broadcasts list, is anyone live on our channels, live at the moment, who is live right now, streaming live at the moment',
    example: 'which of our creators are broadcasting at the moment',
  },
  {
    op: 'ivs:CreateRecordingConfiguration',
    asked:
      'save broadcasts to s3, record live streams for vod, auto record, thumbnails of streams, save every broadcast for replay, automatic recording',
    example: 'automatically save every creator broadcast to s3 for replay',
  },
  {
    op: 'ivs:PutMetadata',
    asked:
      'timed metadata, send a quiz question to viewers synced with video, in-band data, trigger overlays in the player',
    example: 'push a poll question to all viewers in sync with the live video',
  },
  {
    op: 'ivs:ListStreamSessions',
    asked: 'past broadcasts of a channel, previous sessions, stream history, when did this creator stream',
    example: 'when did creator 42 broadcast in the past week',
  },
  {
    op: 'ivs:GetStreamKey',
    asked: 'rtmps key to paste into obs, secret for broadcasting, key value for the encoder',
    example: 'what secret do I paste into obs to broadcast to this channel',
  },
  {
    op: 'ivschat:CreateRoom',
    asked:
      'live chat next to a stream, chat room for viewers, message moderation handler, comments during a broadcast, add a chat room to our livestream',
    example: 'add a live chat for viewers next to our stream',
  },
  {
    op: 'ivschat:CreateChatToken',
    asked:
      'let a viewer join chat, chat auth token, permission to send messages, sign in a chatter, let a viewer into the chat room, admit someone to livestream chat, access to a chat room',
    example: 'let a logged-in viewer join the live chat and send messages',
  },
  {
    op: 'ivschat:SendEvent',
    asked:
      'push an announcement to a chat room, broadcast a custom event to chatters, system message, announce to everyone in a live chat, pin a message for everyone in chat, highlight a message in the room',
    example: 'announce "giveaway starts now" to everyone in the live chat',
  },
  {
    op: 'ivschat:DisconnectUser',
    asked:
      'kick a user from chat, remove a troll, ban someone from the room, drop a chatter, throw a viewer out of the chat room, remove someone from a stream chat',
    example: 'kick the spamming user out of the live chat',
  },
  {
    op: 'ivschat:DeleteMessage',
    asked:
      'remove an offensive chat message, take down a comment, moderate chat, hide a message for everyone',
    example: 'remove that offensive comment from the live chat for all viewers',
  },
];
