// Data: round-12 self-play words for the business long tail that had no asked entry (see
// ../asked.ts): Mechanical Turk's crowd work (posting tasks, paying and blocking workers),
// Marketplace sellers' metering and customer sign-up, Partner Central co-selling, re:Post
// private spaces, the replies on a support case and who can open a WorkMail mailbox.
import type { AskedEntry } from './types.js';

export const ASKED_BUSINESS_R12: readonly AskedEntry[] = [
  {
    op: 'mturk:SendBonus',
    asked:
      'pay a worker extra, tip a crowd worker, reward a turker for good work, extra payment on top of the reward, bonus for a worker',
    example: 'pay turker A1B2C3 a little extra for the careful labels',
  },
  {
    op: 'mturk:CreateHIT',
    asked:
      'post a crowdsourcing job, publish a task for human workers, get people to label or tag images, put a survey on mechanical turk, human intelligence task for crowd workers, have people transcribe or label data, get crowd workers to do a job',
    example: 'publish a job asking crowd workers to tag 500 photos at 5 cents each',
  },
  {
    op: 'mturk:ApproveAssignment',
    asked:
      'accept a worker submission, pay a worker for finished work, approve the submitted answers, sign off on crowd work',
    example: 'accept the submitted work from turker A3XYZ and pay them',
  },
  {
    op: 'mturk:RejectAssignment',
    asked: 'refuse a worker submission, do not pay for bad crowd work, reject spam answers',
    example: 'refuse the spam answers a turker submitted',
  },
  {
    op: 'mturk:ListAssignmentsForHIT',
    asked:
      'answers workers submitted, results of a crowdsourcing job, who did my task, submitted work for a task, collect responses from turkers',
    example: 'collect the responses workers sent for task 3ABC',
  },
  {
    op: 'mturk:GetAccountBalance',
    asked:
      'prepaid balance on mechanical turk, money left for paying workers, requester funds remaining, how much credit is left for crowd tasks',
    example: 'how much money is left to pay turkers?',
  },
  {
    op: 'mturk:CreateWorkerBlock',
    asked: 'ban a crowd worker, stop a turker from doing my tasks, block a spammer worker',
    example: 'ban turker A9ZZZ from my tasks, they keep submitting junk',
  },
  {
    op: 'mturk:ListWorkerBlocks',
    asked: 'which workers are banned or blocked, blocked turkers, list banned crowd workers',
    example: 'which turkers did we ban?',
  },
  {
    op: 'mturk:NotifyWorkers',
    asked: 'email crowd workers, message turkers, tell workers about new tasks',
    example: 'email the turkers who did our survey that a follow-up is out',
  },
  {
    op: 'partnercentral-selling:CreateOpportunity',
    asked:
      'register a deal with aws, co-sell deal registration, log a sales opportunity in partner central, share a customer deal with aws sales, aws partner pipeline deal',
    example: 'log the acme migration deal in partner central so aws co-sells it',
  },
  {
    op: 'partnercentral-selling:ListOpportunities',
    asked: 'our co-sell deals, partner pipeline, deals registered with aws, opportunities in partner central',
    example: 'which co-sell deals have we registered with aws this quarter?',
  },
  {
    op: 'partnercentral-selling:SubmitOpportunity',
    asked: 'send a deal to aws for review, submit a co-sell deal for approval',
    example: 'send the draft acme deal to aws for co-sell approval',
  },
  {
    op: 'partnercentral-selling:ListEngagementInvitations',
    asked:
      'deals aws shared with us, leads from aws, co-sell invitations, referrals aws sent our partner team',
    example: 'which leads did aws send our partner team?',
  },
  {
    op: 'meteringmarketplace:ResolveCustomer',
    asked:
      'marketplace registration token, x-amzn-marketplace-token, turn the saas signup token into a customer id, who is the buyer landing on our saas signup page, customer identifier of a marketplace buyer',
    example: 'map the token from the marketplace signup redirect to a customer id',
  },
  {
    op: 'meteringmarketplace:BatchMeterUsage',
    asked:
      'report usage of saas customers to marketplace, bill a saas buyer for metered usage, send hourly usage records for marketplace customers, record units a marketplace customer used',
    example: 'send this hour of usage for our saas buyers so marketplace charges them',
  },
  {
    op: 'meteringmarketplace:MeterUsage',
    asked:
      'meter usage from a marketplace ami or container, report units used by a paid marketplace product, record dimension usage for billing through marketplace',
    example: 'report 10 units of the requests dimension used by our marketplace ami this hour',
  },
  {
    op: 'marketplace-entitlement:GetEntitlements',
    asked:
      'what a marketplace customer is entitled to, which plan or tier a saas buyer paid for, is this customer subscribed to our product, contract quantity a buyer purchased',
    example: 'which tier did customer CUST123 buy for our saas product?',
  },
  {
    op: 'repostspace:SendInvites',
    asked:
      'invite people to a private re:post space, add users to our private knowledge forum, email invitations to join the private community',
    example: 'invite the support team to our private re:post',
  },
  {
    op: 'repostspace:CreateSpace',
    asked: 'private re:post, private q&a forum for our company, internal knowledge community',
    example: 'set up a private re:post q&a forum for our engineers',
  },
  {
    op: 'support:DescribeCommunications',
    asked:
      'replies on a support case, what aws support wrote back, messages on a ticket, conversation with the support engineer, has support answered our ticket, correspondence on a case',
    example: 'what did the aws engineer write back on our support ticket?',
  },
  {
    op: 'support:DescribeSeverityLevels',
    asked: 'how urgent a support ticket can be, priority choices for a case, urgency options of a ticket',
    example: 'what priorities can I give an aws ticket?',
  },
  {
    op: 'support:RefreshTrustedAdvisorCheck',
    asked: 're-run a trusted advisor check, get fresh advisor results, rerun an advisor check now',
    example: 're-run the advisor check for exposed access keys',
  },
  {
    op: 'workmail:ListMailboxPermissions',
    asked:
      "who has access to a mailbox, who can read someone's email, delegates on a mailbox, shared mailbox access, who can send as a user",
    example: "who can open the finance team's mailbox?",
  },
  {
    op: 'workmail:GetMailboxDetails',
    asked: 'mailbox size, mailbox quota used, how full is a mailbox, storage used by a mailbox',
    example: "how full is bob's mailbox?",
  },
  {
    op: 'connect-contact-lens:ListRealtimeContactAnalysisSegments',
    asked:
      'live call sentiment, caller sentiment during an ongoing call, what is being said on a call right now, real-time call transcript and issues detected, contact lens live analysis',
    example: 'is the caller getting angry on the call that is in progress?',
  },
  {
    op: 'cur:DescribeReportDefinitions',
    asked:
      'is the cost and usage report set up, which billing reports are delivered to s3, our cur settings, where the detailed bill files go',
    example: 'do we already have a cost and usage report going to a bucket?',
  },
];
