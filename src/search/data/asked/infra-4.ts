// Data: how people ask for operations (see ../asked.ts), media and voice services outside the
// seven groups: MediaTailor ad insertion, MediaStore, MediaPackage VOD, Kinesis Video playback,
// Chime SDK voice, media pipelines and identity, Transcribe streaming, Voice ID, HealthImaging.

import type { AskedEntry } from './types.js';

export const ASKED_INFRA_4: readonly AskedEntry[] = [
  {
    op: 'mediatailor:PutPlaybackConfiguration',
    asked:
      'server side ad insertion, ssai, stitch ads into hls stream, vast ad decision server url, monetize video with ads, slate',
    example: 'stitch ads from our vast server into the hls stream of origin https://origin.example.com/live',
  },
  {
    op: 'mediatailor:CreateChannel',
    asked:
      'linear channel from vod files, fast channel, 24/7 playlist channel, loop programs, scheduled linear stream',
    example: 'build a 24/7 fast channel that loops our library of episodes',
  },
  {
    op: 'mediatailor:GetChannelSchedule',
    asked: 'what is playing next, epg program guide, lineup of upcoming programs and ad breaks, airing times',
    example: 'what airs on our linear channel kids-tv for the next 6 hours',
  },
  {
    op: 'mediatailor:CreatePrefetchSchedule',
    asked:
      'fetch ads ahead of a big ad break, pre-load ad decisions before a live event, avoid ad server timeouts at peak',
    example: 'load ads early before the halftime break so the ad server is not hammered',
  },
  {
    op: 'mediastore:CreateContainer',
    asked:
      'origin storage for live video segments, low latency media store, hls segment storage, video origin',
    example: 'make an origin store for our live hls segments',
  },
  {
    op: 'mediastore:PutCorsPolicy',
    asked:
      'allow browser players from another domain, cross origin for video player, allowed origins headers for media files',
    example: 'let the web player on player.example.com fetch segments from our media origin',
  },
  {
    op: 'mediastore-data:PutObject',
    asked:
      'upload a video segment to the media origin, write m3u8 playlist, push ts chunks, store a media file in the origin, upload a file into a mediastore container, put an object in a container',
    example: 'write live/stream1/index.m3u8 to our media origin',
  },
  {
    op: 'mediapackage-vod:CreateAsset',
    asked:
      'ingest a video on demand file, package mp4 for hls and dash, smil manifest, make a movie playable, vod ingest',
    example: 'make s3://movies/trailer.smil playable over hls and dash',
  },
  {
    op: 'mediapackage-vod:CreatePackagingConfiguration',
    asked: 'output format for vod, hls dash cmaf mss settings, drm encryption for on-demand, segment length',
    example: 'add a cmaf output with 6 second segments and drm for our vod library',
  },
  {
    op: 'kinesis-video-archived-media:GetHLSStreamingSessionURL',
    asked:
      'watch camera feed in a browser, play back recorded video, live view url, hls playback of a camera stream, replay footage',
    example: 'get a url to watch the front-door camera stream live in a browser',
  },
  {
    op: 'kinesis-video-archived-media:GetClip',
    asked:
      'download an mp4 of camera footage, export a video segment between two times, save a recording clip',
    example: 'download mp4 footage from the loading-dock camera between 14:00 and 14:05',
  },
  {
    op: 'kinesis-video-archived-media:GetImages',
    asked:
      'thumbnails from camera, extract jpeg frames, snapshot images from video, still frames every second',
    example: 'pull a jpeg still every 10 seconds from the lobby camera for the last hour',
  },
  {
    op: 'chime-sdk-voice:SearchAvailablePhoneNumbers',
    asked:
      'find a phone number to buy, available dids, toll free numbers, local numbers by area code, vanity number',
    example: 'find available phone numbers in area code 206',
  },
  {
    op: 'chime-sdk-voice:CreatePhoneNumberOrder',
    asked:
      'buy phone numbers, purchase specific numbers we found, provision dids, order toll free lines, purchase numbers for calling, order new numbers for a sip trunk or voice connector, get more phone numbers in a city',
    example: 'purchase the phone numbers +12065550100 and +12065550101 for chime calling',
  },
  {
    op: 'chime-sdk-voice:CreateVoiceConnector',
    asked: 'sip trunk, connect pbx to pstn, sip trunking, voip trunk to phone network, encryption tls srtp',
    example: 'set up a sip trunk from our on-prem pbx to the phone network',
  },
  {
    op: 'chime-sdk-voice:CreateSipMediaApplicationCall',
    asked:
      'make an outbound phone call, dial a number from code, programmable voice call, call a customer, outbound call via chime sip app',
    example: 'dial +14155550123 from our chime sip app number +12065550100',
  },
  {
    op: 'chime-sdk-voice:CreateProxySession',
    asked:
      'masked phone numbers, anonymous calling between two parties, proxy calling for rideshare, hide real numbers',
    example: 'let driver and rider call each other without seeing real numbers',
  },
  {
    op: 'chime-sdk-media-pipelines:CreateMediaCapturePipeline',
    asked:
      'record a video meeting, capture meeting audio and video to s3, save call recordings, chime meeting recording',
    example: 'record meeting 1234-abcd audio and video into s3://meeting-recordings',
  },
  {
    op: 'chime-sdk-media-pipelines:CreateMediaConcatenationPipeline',
    asked: 'stitch recording chunks into one file, merge meeting recording segments, combine captured pieces',
    example: 'combine the captured meeting chunks into a single mp4',
  },
  {
    op: 'chime-sdk-media-pipelines:CreateMediaLiveConnectorPipeline',
    asked: 'stream a meeting to youtube or twitch, rtmp out, broadcast a meeting live, send meeting to ivs',
    example: 'broadcast our all-hands meeting to youtube live over rtmp',
  },
  {
    op: 'chime-sdk-identity:CreateAppInstanceUser',
    asked: 'add a chat user to messaging app, user in in-app messaging, chat member identity, messaging user',
    example: 'add user alice as someone who can chat in our in-app messaging instance',
  },
  {
    op: 'chime-sdk-identity:CreateAppInstanceBot',
    asked: 'chat bot for messaging channels, lex bot in chat, automated responder for in-app messaging',
    example: 'hook a lex bot into our in-app chat so it answers questions',
  },
  {
    op: 'chime-sdk-identity:PutAppInstanceRetentionSettings',
    asked:
      'how long chat messages are kept, delete old messages after days, message retention for in-app chat, keep chat messages for only some days',
    example: 'auto delete chat messages after 90 days in our messaging instance',
  },
  {
    op: 'transcribe-streaming:StartStreamTranscription',
    asked:
      'live captions, real time speech to text, transcribe audio as it is spoken, microphone to text, websocket transcription, partial results',
    example: 'turn a live microphone feed into text in real time',
  },
  {
    op: 'transcribe-streaming:StartCallAnalyticsStreamTranscription',
    asked:
      'live call sentiment, agent and customer channels in real time, detect issues during the call, call center live insights',
    example: 'watch customer sentiment live while the support agent is on the phone',
  },
  {
    op: 'transcribe-streaming:StartMedicalStreamTranscription',
    asked: 'real time medical dictation, doctor speech to text live, clinical terms, physician notes spoken',
    example: 'live dictation for a cardiologist with clinical vocabulary',
  },
  {
    op: 'transcribe-streaming:StartMedicalScribeStream',
    asked:
      'ambient clinical notes, patient visit conversation to soap note, doctor patient conversation summary live',
    example: 'listen to the doctor-patient visit and draft the clinical note',
  },
  {
    op: 'voice-id:EvaluateSession',
    asked:
      'verify caller by voice, voice biometrics, is this the real customer, fraud risk score of a caller, voiceprint match, sound like the account holder, caller authentication, is the caller who they say they are, check a caller by their voice, voice authentication during a call',
    example: 'does the person on the phone sound like the account holder, check their voiceprint',
  },
  {
    op: 'voice-id:StartSpeakerEnrollmentJob',
    asked: 'enroll customers voiceprints in bulk, register caller voices, batch voice enrollment',
    example: 'register voiceprints for the 5,000 callers listed in s3://vid/enroll.json',
  },
  {
    op: 'voice-id:StartFraudsterRegistrationJob',
    asked: 'add known fraudsters voices, blacklist scam callers by voice, fraud watchlist voice registration',
    example: 'add these known scam callers voices to our fraud watchlist',
  },
  {
    op: 'medical-imaging:StartDICOMImportJob',
    asked:
      'import dicom files, load x-rays and ct scans, ingest radiology images from s3, pacs migration, import dicom files from a bucket into the medical imaging datastore',
    example: 'load the ct scans in s3://radiology/incoming/ into our image store',
  },
  {
    op: 'medical-imaging:SearchImageSets',
    asked:
      'find studies for a patient, search by patient id or study date, radiology study lookup, accession number, find ct scans or x-rays of a patient in the imaging store',
    example: 'find all scans for patient id 12345 from last march',
  },
  {
    op: 'medical-imaging:GetImageFrame',
    asked: 'fetch pixel data, render one dicom frame, htj2k image, view a slice of a scan',
    example: 'fetch the pixels of one slice from ct image set 9a8b7c',
  },
];
