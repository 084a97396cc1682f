// Data: how people ask for operations (see ../asked.ts), ai services: speech (transcribe, polly),
// bots (lex), recommendations (personalize) and translation (translate).

import type { AskedEntry } from './types.js';

export const ASKED_AI_4: readonly AskedEntry[] = [
  {
    op: 'transcribe:StartTranscriptionJob',
    asked:
      'speech to text, transcript of a recording, captions from an mp3 or mp4, subtitles srt vtt, meeting or interview recording to written text, speaker labels, who speaks, audio to words, podcast to text, text version of an audio file, written version of a call',
    example: 'convert the interview recording at s3://audio/ep12.mp3 to written text, labeling who speaks',
  },
  {
    op: 'transcribe:GetTranscriptionJob',
    asked:
      'is the transcript ready, where is the transcript file, status of speech to text, failure reason, download link to the text',
    example: 'is the transcript for ep12 ready and where can I download it',
  },
  {
    op: 'transcribe:ListTranscriptionJobs',
    asked: 'recent speech to text runs, which recordings are still being processed, failed transcripts',
    example: 'show the speech-to-text runs that failed today',
  },
  {
    op: 'transcribe:StartCallAnalyticsJob',
    asked:
      'call center recording, agent and customer channels, sentiment in calls, call summary, contact center insights, talk time, interruptions',
    example: 'analyze a support call recording for customer sentiment and agent interruptions',
  },
  {
    op: 'transcribe:StartMedicalTranscriptionJob',
    asked: 'doctor dictation, clinical speech to text, physician notes audio, medical terminology recording',
    example: "turn the cardiologist's dictated notes into text",
  },
  {
    op: 'transcribe:StartMedicalScribeJob',
    asked:
      'clinical notes from a patient visit, ambient scribe, soap notes, summarize doctor patient conversation, healthscribe',
    example: 'write clinical notes from the recorded patient visit',
  },
  {
    op: 'transcribe:CreateVocabulary',
    asked:
      'teach product names, custom words, jargon recognized correctly, pronunciation hints, misheard terms, boost word list, speech recognition gets names wrong, recognize product names',
    example: 'make speech recognition get our product names like Zyphora right',
  },
  {
    op: 'transcribe:CreateVocabularyFilter',
    asked: 'mask profanity, bleep words, remove swear words from transcripts, hide banned words',
    example: 'hide curse words in our call transcripts',
  },
  {
    op: 'polly:SynthesizeSpeech',
    asked:
      'text to speech, read out loud, tts, mp3 from text, voice over, speak this text, neural voice, say it aloud, ssml audio',
    example: "read 'your order has shipped' out loud with a british voice as an mp3",
  },
  {
    op: 'polly:StartSpeechSynthesisTask',
    asked:
      'long article to audio, audiobook, convert a large text to speech saved in s3, narrate a whole chapter, background tts, blog post to mp3, narrate long text',
    example: 'narrate this 20,000 word blog post into an mp3 in s3://audio/',
  },
  {
    op: 'polly:DescribeVoices',
    asked:
      'which voices are available, male or female voice, voice list for a language, neural voices, voice ids, which voices polly can speak with, voices for german or french, what a voice sounds like',
    example: 'which female spanish voices can I use for text to speech',
  },
  {
    op: 'polly:PutLexicon',
    asked:
      'pronunciation, how to say an acronym, custom pronunciation, pls file, say a word differently, teach polly how to pronounce a word or brand name, pronunciation of names',
    example: "teach the speech engine to say 'SQL' as 'sequel'",
  },
  {
    op: 'lexv2-models:CreateBot',
    asked:
      'build a chatbot, conversational bot, voice bot, ivr bot, virtual agent, customer service bot, natural language understanding, ordering line, phone assistant bot',
    example: 'build a chatbot for our pizza ordering line',
  },
  {
    op: 'lexv2-models:CreateIntent',
    asked:
      'what the user wants, sample utterances, training phrases, add a conversation goal, handle a request type, fulfillment',
    example: 'add an OrderPizza goal with sample phrases like "i want a large pepperoni"',
  },
  {
    op: 'lexv2-models:CreateSlot',
    asked:
      'capture a value from the user, parameter in an intent, ask for the date, prompt for a size, required field',
    example: 'make the bot ask for the pizza size before ordering',
  },
  {
    op: 'lexv2-models:CreateBotVersion',
    asked: 'freeze a bot snapshot, numbered bot release, immutable copy of the draft',
    example: 'snapshot the current draft of the pizza bot as a numbered release',
  },
  {
    op: 'lexv2-models:CreateBotAlias',
    asked: 'point production at a release, deploy the bot, prod alias, stable name for the bot',
    example: 'point a prod alias of the pizza bot at release 3',
  },
  {
    op: 'lexv2-models:ListAggregatedUtterances',
    asked:
      'what users actually said, missed utterances, conversation logs, phrases the bot did not understand',
    example: 'what did customers say to the bot that it failed to understand this week',
  },
  {
    op: 'lexv2-runtime:RecognizeText',
    asked:
      'send a chat message to the bot, typed input, get the bot reply, talk to the chatbot in text, send a sentence to a bot alias and locale, what the bot answers to a message',
    example: "send 'i want a large pizza' to the pizza bot and get its reply",
  },
  {
    op: 'lexv2-runtime:RecognizeUtterance',
    asked: 'send audio to the bot, voice input, speak to the bot, spoken reply audio, pcm recording',
    example: "send the caller's recorded sentence to the bot and get a spoken answer",
  },
  {
    op: 'lexv2-runtime:GetSession',
    asked: 'conversation state, slots filled so far, what the bot knows about this user, current intent',
    example: 'what has the pizza bot collected so far for user 123',
  },
  {
    op: 'personalize:CreateDatasetImportJob',
    asked:
      'load interactions csv from s3, import clicks and purchase history, upload training data for recommendations, bulk load items or users',
    example: 'bulk load our user-item interaction history for the recommender',
  },
  {
    op: 'personalize:CreateSolution',
    asked:
      'choose a recipe, configure the recommendation model, user personalization recipe, similar items algorithm',
    example: 'set up a user-personalization recipe for our product catalog',
  },
  {
    op: 'personalize:CreateSolutionVersion',
    asked:
      'train the recommendation model, retrain with new data, full or incremental training, refresh recommendations model, retrain on the latest clicks and purchases, learn from new interactions',
    example: "retrain the recommendation model with this week's interactions",
  },
  {
    op: 'personalize:CreateCampaign',
    asked:
      'deploy the recommendation model for real-time, serve recommendations, minimum tps, host trained model, deploy a solution version so the app can get recs',
    example: 'deploy the trained recommender so the website can ask for suggestions in real time',
  },
  {
    op: 'personalize:CreateBatchInferenceJob',
    asked:
      'recommendations for all users at once, write suggestions to s3, email campaign picks, offline recommendations, nightly batch, product suggestions for every user, weekly email, precompute suggestions for all users, newsletter',
    example: 'precompute suggestions for all 2 million users into a file for the newsletter',
  },
  {
    op: 'personalize:CreateFilter',
    asked:
      'exclude items already purchased, only in-stock items, hide watched shows, filter expression, business rules, stop recommending bought products, already bought',
    example: 'stop recommending products the user already bought',
  },
  {
    op: 'personalize:GetSolutionMetrics',
    asked:
      'how good are the recommendations, precision, ndcg, coverage, mean reciprocal rank, offline accuracy, how accurate is a solution version, accuracy of the trained model',
    example: 'how accurate is the trained recommender, what are its precision and ndcg',
  },
  {
    op: 'personalize-runtime:GetRecommendations',
    asked:
      'what should this user watch next, recommended products, you may also like, similar items, next best item, suggestions for a user, suggest items to a shopper from browsing history, clicks or past purchases, recs',
    example: 'what should user 42 watch next',
  },
  {
    op: 'personalize-runtime:GetPersonalizedRanking',
    asked:
      'reorder items for a user, personalize search result order, rank a list by preference, sort for this shopper, most likely to click, search results for a user',
    example: 'rerank the items on the category page for this shopper',
  },
  {
    op: 'personalize-events:PutEvents',
    asked:
      'record a click, log that a user watched, stream user activity in real time, clickstream, track interactions live, tell the recommender what a user did, a user just clicked, viewed or bought an item',
    example: 'record that user 42 just clicked product 981 so suggestions update immediately',
  },
  {
    op: 'personalize-events:PutItems',
    asked:
      'add a new product to the catalog, new item metadata, cold start item, incremental catalog update, new sku, product catalog for recommendations',
    example: 'add the new sneaker sku to the catalog the recommender knows about',
  },
  {
    op: 'personalize-events:PutUsers',
    asked:
      'add a new user profile, user metadata, update user attributes, new signup for recommendations, customer who signed up, age and membership tier, new member profile attributes, recommendation engine',
    example: "send a new member's profile attributes to the recommendation engine",
  },
  {
    op: 'translate:TranslateText',
    asked:
      'translate a sentence, english to spanish, localize a string, convert to another language, machine translation, in french please',
    example: "translate 'where is the train station' into japanese",
  },
  {
    op: 'translate:TranslateDocument',
    asked: 'translate a word file, docx html or text file keeping formatting, one file translation now',
    example: 'translate this .docx user guide into german and keep the formatting',
  },
  {
    op: 'translate:StartTextTranslationJob',
    asked:
      'translate thousands of files in s3, batch translation, a whole folder, many documents in the background, localize a site, translate every file, several target languages, every file under a prefix, spanish portuguese french, translate thousands of documents in s3, a whole folder of files into another language',
    example: 'localize our whole docs folder in s3 into five languages',
  },
  {
    op: 'translate:ImportTerminology',
    asked:
      'custom glossary, keep brand names untranslated, term list, consistent product words, csv glossary, keep a word or brand name from being translated, never translate our product names, terminology file',
    example: 'make sure our product names stay untranslated using a glossary csv',
  },
  {
    op: 'translate:ListLanguages',
    asked:
      'which languages are supported, language codes, can it translate to swahili, language pairs available',
    example: 'which languages can amazon translate handle',
  },
];
