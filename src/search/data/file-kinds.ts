// Data: what a file's extension says a task wants done with its contents. A recording in
// s3://calls/0412.wav asked for its words is a transcription; a photo asked for its faces is
// image analysis; a PDF asked to be read is text extraction. The extension names the kind of
// content, the words near it name the reading; the file is stored in S3 either way, so with no
// such word the URI stays an S3 object. Read by src/search/identifiers.ts.

export interface FileReading {
  /** Words (lower-case, as typed) near the file that ask for this reading of it. */
  readonly words: readonly string[];
  readonly services: readonly string[];
  /** Index terms of the operation that reads it. */
  readonly terms: string;
  /** Operation verbs that read it: the task, whatever reading verb was typed (get, what, find). */
  readonly verbs: Readonly<Record<string, number>>;
}

export interface FileKind {
  readonly extensions: readonly string[];
  /** The first reading with a word near the file wins. */
  readonly readings: readonly FileReading[];
  readonly why: string;
  /** A query with such a file, and an operation it must find in its top five. */
  readonly example: readonly [query: string, expected: string];
}

const SPOKEN = [
  'text',
  'words',
  'said',
  'say',
  'says',
  'saying',
  'spoken',
  'speech',
  'transcript',
  'transcribe',
];
const SUBTITLES = ['subtitles', 'captions', 'caption'];
const SEEN = ['labels', 'label', 'objects', 'things', 'tags', 'scene', 'shown'];
const FACES = ['faces', 'face', 'people', 'person', 'persons'];
const WRITTEN = ['text', 'words', 'read', 'extract', 'written', 'handwriting', 'say', 'says', 'contents'];

// long media is read by an asynchronous job (Start*), an image at once (Detect*)
const START = { start: 1 };
const DETECT = { detect: 1 };

/**
 * Words that act on the file itself or ask who may use it, not what is in it ("delete the
 * speech file x.mp3", "copy interview.wav", "does AllUsers have read on logo.png"): with one of
 * them typed the file stays an S3 object.
 */
export const FILE_ACTIONS: ReadonlySet<string> = new Set([
  'delete',
  'remove',
  'upload',
  'copy',
  'move',
  'download',
  'rename',
  'tag',
  'share',
  'who',
  'public',
  'access',
  'permission',
  'permissions',
  'acl',
  'grant',
  'allusers',
]);

/** How many tokens either side of the file a word may be. */
export const FILE_WORD_WINDOW = 8;

export const FILE_KINDS: readonly FileKind[] = [
  {
    extensions: ['mp3', 'wav', 'flac', 'm4a', 'ogg', 'amr', 'aac', 'opus'],
    readings: [
      {
        words: [...SPOKEN, ...SUBTITLES],
        services: ['transcribe'],
        terms: 'transcription job',
        verbs: START,
      },
    ],
    why: 'an audio recording asked for its words is speech to text: an Amazon Transcribe transcription job',
    example: ['get the words out of s3://calls/support-0412.wav', 'transcribe:StartTranscriptionJob'],
  },
  {
    extensions: ['mp4', 'mov', 'mkv', 'avi', 'webm'],
    readings: [
      {
        words: [...SPOKEN, ...SUBTITLES],
        services: ['transcribe'],
        terms: 'transcription job',
        verbs: START,
      },
      { words: FACES, services: ['rekognition'], terms: 'face detection video', verbs: START },
      { words: SEEN, services: ['rekognition'], terms: 'label detection video', verbs: START },
    ],
    why: 'a video asked for what is said is transcribed; asked for faces or objects, Rekognition analyses the stored video',
    example: ['find the faces in s3://cams/lobby-0600.mp4', 'rekognition:StartFaceDetection'],
  },
  {
    extensions: ['jpg', 'jpeg', 'png', 'gif', 'bmp', 'webp'],
    readings: [
      { words: FACES, services: ['rekognition'], terms: 'detect faces image', verbs: DETECT },
      { words: SEEN, services: ['rekognition'], terms: 'detect labels image', verbs: DETECT },
      { words: WRITTEN, services: ['rekognition', 'textract'], terms: 'detect text document', verbs: DETECT },
    ],
    why: 'an image asked for faces or labels is Rekognition image analysis; asked for its text, Rekognition or Textract detects it',
    example: ['what labels are in s3://uploads/cat.png', 'rekognition:DetectLabels'],
  },
  {
    extensions: ['pdf', 'tif', 'tiff'],
    readings: [
      {
        words: ['tables', 'table', 'forms', 'form', 'fields', 'signatures'],
        services: ['textract'],
        terms: 'document analysis',
        verbs: { start: 1, analyze: 1 },
      },
      {
        words: WRITTEN,
        services: ['textract'],
        terms: 'document text detection',
        verbs: { start: 1, detect: 1, analyze: 0.8 },
      },
    ],
    why: 'a PDF or scanned document asked to be read is text extraction, asked for its tables or forms document analysis: Amazon Textract',
    example: ['read the text from s3://docs/invoice-77.pdf', 'textract:StartDocumentTextDetection'],
  },
];
