// Data: how people ask for operations (see ../asked.ts), ai services: the bedrock family (the
// rest of the ai, media, location and end-user services are in ai-2.ts to ai-6.ts).

import type { AskedEntry } from './types.js';

export const ASKED_AI: readonly AskedEntry[] = [
  {
    op: 'bedrock-runtime:InvokeModel',
    asked:
      'ask an llm, prompt a foundation model, send a prompt, generate text, get a completion, call claude, llama or titan, one-shot answer, text generation, image generation, embed text, embeddings vector, genai call, raw json body',
    example: 'send a prompt to anthropic.claude-3-haiku and get the completion back as json',
  },
  {
    op: 'bedrock-runtime:Converse',
    asked:
      'chat with an llm, multi-turn conversation, chatbot reply, message history, system prompt, tool use, function calling, one api for every model, user and assistant turns, talk to a model, ask claude a question',
    example: 'build a chatbot that keeps the conversation history and calls tools with any bedrock model',
  },
  {
    op: 'bedrock-runtime:ConverseStream',
    asked:
      'stream a chat reply, streaming chatbot answer, multi-turn chat streamed, live chat tokens, incremental message deltas, reply appears as it types, tool use while streaming',
    example: "stream the assistant's reply into my chat ui while it types",
  },
  {
    op: 'bedrock-runtime:ApplyGuardrail',
    asked:
      'check text against content filters, moderate a prompt, screen llm output, block harmful content, mask pii in model output, is this prompt allowed, safety check without calling a model, toxic input',
    example: 'screen user input for toxic content and personal data before it reaches the llm',
  },
  {
    op: 'bedrock-runtime:StartAsyncInvoke',
    asked:
      'generate a video in the background, long running generation, nova reel, text to video, result written to s3, asynchronous generation, fire and forget model call',
    example: 'kick off a text-to-video generation with nova reel and write the clip to s3://clips/out',
  },
  {
    op: 'bedrock:ListFoundationModels',
    asked:
      'which llms are available, what models can i use, model catalog, model ids, claude llama mistral titan nova, providers, supported modalities, available genai models in this region, every llm we could call, models this account can use',
    example: 'which llms can I call in us-east-1?',
  },
  {
    op: 'bedrock:GetFoundationModel',
    asked:
      'details of one model id, does this model support streaming, input and output modalities, is the model active or legacy, what can this llm accept',
    example: 'does amazon.titan-embed-text-v2 support streaming and what input does it accept',
  },
  {
    op: 'bedrock:CreateModelCustomizationJob',
    asked:
      'fine-tune an llm, fine tuning, train on my own data, continued pretraining, distillation, customize claude or titan with examples, jsonl prompts and completions, tailor a base model',
    example: 'fine tune titan text on our support tickets from s3://train/tickets.jsonl',
  },
  {
    op: 'bedrock:GetModelCustomizationJob',
    asked:
      'has the fine-tuning finished, fine tune progress, status of the tuning run, why did fine-tuning fail, training loss, is the custom model ready',
    example: 'is my bedrock fine-tuning run done yet',
  },
  {
    op: 'bedrock:CreateGuardrail',
    asked:
      'set up content filters, denied topics, blocked words, pii masking, safety rails for a chatbot, responsible ai policy, prompt attack filter, grounding check, hallucination filter, keep the assistant off a subject, mask credit card numbers',
    example: 'stop our assistant from discussing investment advice and mask credit card numbers',
  },
  {
    op: 'bedrock:CreateModelInvocationJob',
    asked:
      'run many prompts at once, batch inference, bulk llm calls from an s3 file, offline generation, cheaper bulk processing, jsonl records, overnight prompts, thousands of prompts, half price batch pricing, run claude or another model over thousands of prompts overnight, offline bulk prompts',
    example: 'run 50,000 prompts from s3://prompts/input.jsonl through claude at batch pricing',
  },
  {
    op: 'bedrock:CreateProvisionedModelThroughput',
    asked:
      'reserved capacity for a model, dedicated model units, guaranteed throughput, commitment term, serve a custom model, buy llm capacity, avoid throttling, dedicated capacity for claude, llama or titan so we are not throttled',
    example: 'buy dedicated capacity so my fine-tuned model can serve production traffic',
  },
  {
    op: 'bedrock:PutModelInvocationLoggingConfiguration',
    asked:
      'log every prompt and response, record llm requests to s3 or cloudwatch, audit model calls, capture inputs and outputs, turn on prompt logging',
    example: 'record every prompt and answer our apps send to bedrock into cloudwatch logs',
  },
  {
    op: 'bedrock:CreateEvaluationJob',
    asked:
      'compare models, benchmark llm quality, score answers, accuracy robustness toxicity, human review of answers, llm as a judge, rag quality, which model is better',
    example: 'benchmark claude against llama on our question set and score which answers better',
  },
  {
    op: 'bedrock:CreateInferenceProfile',
    asked:
      'track llm cost per application, tag model usage, cost allocation for model calls, cross-region inference, spread requests across regions, application profile, model spend per app, separate llm spend, cost tags',
    example: "track the support app's model spend separately with its own cost tags",
  },
  {
    op: 'bedrock:CreateModelImportJob',
    asked:
      'bring my own weights, import a llama checkpoint, hugging face model, open source weights in s3, custom model trained in sagemaker, upload safetensors',
    example: 'load our fine-tuned mistral weights from s3://weights/mistral-7b into bedrock',
  },
  {
    op: 'bedrock-agent:CreateAgent',
    asked:
      'build an ai agent, assistant that takes actions, orchestrate tools with an llm, agent instructions, autonomous assistant, agentic workflow, bot that calls apis, make an assistant that does tasks, books things, calls our backend api',
    example: 'make an assistant that books meetings by calling our calendar api',
  },
  {
    op: 'bedrock-agent:PrepareAgent',
    asked:
      'apply changes to the draft, rebuild after editing, make the draft testable, save and test, refresh working draft',
    example: "rebuild the draft after I edited the agent's instructions so I can test it",
  },
  {
    op: 'bedrock-agent:CreateAgentActionGroup',
    asked:
      'give the agent tools, lambda function the agent calls, openapi schema actions, let the agent call an api, function definitions, return of control',
    example: 'let my bedrock agent call a lambda that checks order status',
  },
  {
    op: 'bedrock-agent:CreateAgentAlias',
    asked:
      'publish an agent, deploy the agent to production, stable pointer for the app, release a snapshot, tag a version live, prod alias, tested agent for the app to call',
    example: 'promote agent version 3 to production so the mobile app uses it',
  },
  {
    op: 'bedrock-agent:CreateKnowledgeBase',
    asked:
      'rag, retrieval augmented generation, vector store, ground answers in my documents, embeddings index, chat with my pdfs, opensearch serverless vectors, semantic index, company wiki, llm answers from our own content',
    example: 'set up rag over our company wiki so the llm answers from it',
  },
  {
    op: 'bedrock-agent:CreateDataSource',
    asked:
      'connect an s3 bucket to rag, point at documents, confluence sharepoint salesforce web crawler, chunking strategy, where the documents come from, add a bucket as document source, handbook, s3 bucket for the knowledge base',
    example: 'connect our sharepoint site as a source for the knowledge base',
  },
  {
    op: 'bedrock-agent:StartIngestionJob',
    asked:
      'sync documents, re-index, pick up new files, refresh embeddings, crawl again, update vectors after upload, resync, knowledge base sync, new pdfs uploaded, make it see files added to the bucket, refresh after adding documents, sync a knowledge base data source',
    example: 'we added new files to the bucket, make the knowledge base pick them up',
  },
  {
    op: 'bedrock-agent:GetIngestionJob',
    asked:
      'did the sync finish, how many documents indexed, failed files, sync status, documents scanned and skipped',
    example: "did last night's knowledge base sync finish and how many files failed",
  },
  {
    op: 'bedrock-agent:CreatePrompt',
    asked:
      'save a prompt template, prompt library, reusable prompt with variables, prompt management, store a system prompt, summarization template, reuse, template for the llm, versioned template, placeholder, summary prompt',
    example: 'keep a versioned template for our summary prompt with the article as a placeholder',
  },
  {
    op: 'bedrock-agent:CreateFlow',
    asked:
      'chain llm steps, no-code genai workflow, prompt pipeline, wire prompts knowledge bases and lambdas together, visual builder, nodes and connections, prompt into lambda into response',
    example: 'wire a classification prompt into a lambda and then a response prompt, without code',
  },
  {
    op: 'bedrock-agent-runtime:InvokeAgent',
    asked:
      'ask an agent, talk to the assistant, send a user message, run the agent, agent answer with actions, session id, chat with my agent, send text to an agent alias, get the agent reply, hand a message to the agent, booking agent reply, pass the customer message to our agent',
    example: "send 'cancel my order 1234' to agent ABCD1234 using alias TSTALIASID",
  },
  {
    op: 'bedrock-agent-runtime:RetrieveAndGenerate',
    asked:
      'ask a question over my documents, rag answer with citations, question answering over company docs, grounded answer, chat with a knowledge base, answer with sources, answer from hr docs, cite sources, policy questions',
    example: "answer 'what is our parental leave policy' from the hr docs and cite sources",
  },
  {
    op: 'bedrock-agent-runtime:Retrieve',
    asked:
      'semantic search, vector search, find relevant chunks, top passages without generating an answer, similarity search, nearest documents',
    example:
      'get the 5 most relevant passages about refunds from the knowledge base without writing an answer',
  },
  {
    op: 'bedrock-agent-runtime:InvokeFlow',
    asked: 'run a prompt flow, execute a genai workflow, trigger the chain with input, get node outputs',
    example: 'run the support-triage flow with this customer email as input',
  },
  {
    op: 'bedrock-agent-runtime:Rerank',
    asked:
      'reorder search results by relevance, rerank passages, cohere rerank, score documents against a query, sort by relevance, sort passages, how well they answer the question',
    example: "sort these 20 passages by how well they answer the user's question",
  },
  {
    op: 'bedrock-agent-runtime:GenerateQuery',
    asked:
      'text to sql, natural language to sql, write sql from a question, ask the database in english, nl2sql, turn a question into sql for redshift, revenue question to query',
    example: "turn 'top 10 customers by revenue last quarter' into sql for redshift",
  },
];
