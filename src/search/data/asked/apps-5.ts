// Data: how people ask for operations (see ../asked.ts), agent assist in Connect (Q in Connect
// and its older name Wisdom), Q Apps, Mail Manager and the older Pinpoint email API.

import type { AskedEntry } from './types.js';

export const ASKED_APPS_5: readonly AskedEntry[] = [
  // Q in Connect: generative agent assist
  {
    op: 'qconnect:QueryAssistant',
    asked:
      'ask the agent assistant a question, answer from the knowledge articles, help an agent mid call, generative answer',
    example: 'ask q in connect how to reset a customer password from our articles',
  },
  {
    op: 'qconnect:GetRecommendations',
    asked:
      'suggested articles during a live call, real time agent assist tips, proactive answers from the conversation',
    example: 'what suggestions does q in connect have for the agent on this call',
  },
  {
    op: 'qconnect:CreateKnowledgeBase',
    asked:
      'articles agents can search, connect a sharepoint or salesforce knowledge source, help content for agent assist',
    example: 'give q in connect our sharepoint help articles to answer from',
  },
  {
    op: 'qconnect:SearchContent',
    asked: 'look up articles in the agent knowledge, find a how to document for agents',
    example: 'find the refund policy article in the connect knowledge',
  },
  {
    op: 'qconnect:CreateQuickResponse',
    asked: 'canned reply, saved snippet agents paste into chat, shortcut text for common answers',
    example: 'add a canned chat reply for where is my order',
  },
  {
    op: 'qconnect:CreateMessageTemplate',
    asked: 'reusable email or sms wording for agents, message with placeholders, outbound text template',
    example: 'create an sms template saying your appointment is on {{date}} for connect agents',
  },
  {
    op: 'qconnect:CreateAIPrompt',
    asked: 'customize the generative prompt, change how the agent assistant answers, llm prompt text',
    example: 'change the prompt q in connect uses to answer agents',
  },
  {
    op: 'qconnect:CreateAIGuardrail',
    asked:
      'block denied topics like competitors, stop leaking pii, filter harmful answers in agent assist, redact sensitive data in generated answers',
    example: 'stop q in connect from talking about competitors or leaking pii',
  },
  // Wisdom: the earlier name of Q in Connect
  {
    op: 'wisdom:QueryAssistant',
    asked: 'search articles for an agent with the older wisdom api, question to wisdom',
    example: 'ask wisdom how to cancel a subscription for the agent',
  },
  {
    op: 'wisdom:CreateKnowledgeBase',
    asked: 'wisdom articles store, older connect knowledge setup, sync help articles into wisdom',
    example: 'set up a wisdom store of help articles from salesforce',
  },
  // Q Apps: lightweight generative apps in Q Business
  {
    op: 'qapps:CreateQApp',
    asked: 'build a small generative app, no code ai app for the team, prompt based mini app',
    example: 'build a little ai app that drafts meeting summaries for the team',
  },
  {
    op: 'qapps:PredictQApp',
    asked:
      'generate an app from a description, make an app automatically from a prompt, turn a chat conversation into an app',
    example: 'draft a q app from the description: turn meeting notes into action items',
  },
  {
    op: 'qapps:StartQAppSession',
    asked: 'run or use a q app, fill in its inputs and get the output, launch an ai mini app',
    example: 'run the q app meeting-summary with my notes as input',
  },
  {
    op: 'qapps:CreateLibraryItem',
    asked: 'publish an app to the library, share an app with colleagues',
    example: 'publish my ticket summary app so colleagues can find it',
  },
  // Mail Manager: inbound email gateway, rules and archive
  {
    op: 'mailmanager:CreateIngressPoint',
    asked:
      'receive inbound email, smtp endpoint for incoming mail, mx record target, open relay for our domain',
    example: 'set up an smtp endpoint to receive incoming mail for example.com',
  },
  {
    op: 'mailmanager:CreateRuleSet',
    asked:
      'route incoming mail by conditions, drop or forward messages, write mail to s3, filter spam by rule',
    example: 'forward mail sent to invoices@example.com to s3 and drop everything else',
  },
  {
    op: 'mailmanager:CreateArchive',
    asked:
      'keep copies of every email received for compliance, retain inbound mail for years, email retention period, journal mail',
    example: 'keep every email we receive for 7 years for compliance',
  },
  {
    op: 'mailmanager:StartArchiveSearch',
    asked:
      'look for an old email in the archive, query archived mail by sender subject or date, ediscovery, look through archived email for messages from someone, find mail in the archive from last month',
    example: 'search the mail archive for messages from ceo@example.com about the merger',
  },
  {
    op: 'mailmanager:CreateTrafficPolicy',
    asked:
      'allow or block inbound mail senders by ip address or tls, accept mail only from trusted servers or partner networks',
    example: 'only accept inbound mail over tls from our partner ips',
  },
  {
    op: 'mailmanager:CreateRelay',
    asked: 'send outbound mail through our own smtp server, hand off to exchange or google workspace',
    example: 'hand mail off to our exchange smtp server at mail.corp.example.com',
  },
  // Pinpoint email: older v1 email API (same as SES v2)
  {
    op: 'pinpoint-email:SendEmail',
    asked: 'send mail with the old pinpoint email api, transactional email message to a recipient',
    example: 'send a welcome mail to bob@example.com via pinpoint email',
  },
  {
    op: 'pinpoint-email:CreateEmailIdentity',
    asked: 'verify a sender domain in pinpoint email, dkim for a from address',
    example: 'verify example.com as a sender domain in pinpoint email',
  },
  {
    op: 'pinpoint-email:GetBlacklistReports',
    asked: 'is our sending ip on a blocklist, spam blacklist listings, deliverability problem',
    example: 'are our dedicated sending ips listed on any spam blocklists',
  },
];
