// Data: how people ask for operations (see ../asked.ts), management and governance services,
// round 10: pausing and resuming AWS Config recording, whether a Control Tower control has
// finished turning on, which Trusted Advisor checks are red, and how an on-call person is reached.

import type { AskedEntry } from './types.js';

export const ASKED_GOVERNANCE_R10: readonly AskedEntry[] = [
  {
    op: 'config:StopConfigurationRecorder',
    asked:
      'pause aws config, stop tracking resource changes, turn off config recording for a while, halt the recorder to save cost, is config still recording',
    example: 'turn off aws config recording in the sandbox account for now',
  },
  {
    op: 'config:StartConfigurationRecorder',
    asked:
      'resume aws config, start tracking resource changes again, turn config recording back on, begin recording after setting up the recorder',
    example: 'turn aws config recording back on after the migration',
  },
  {
    op: 'controltower:GetControlOperation',
    asked:
      'is the control enablement done, did the guardrail finish applying, status of enabling or disabling a control on an ou, is the control still in progress or failed, why did turning on the guardrail fail',
    example: 'did the guardrail finish applying to the workloads ou',
  },
  {
    op: 'controltower:ListControlOperations',
    asked:
      'which control enablements are still running, recent guardrail changes in progress or failed, queued control operations, what control tower is busy with',
    example: 'which control tower guardrail changes are still in progress',
  },
  {
    op: 'support:DescribeTrustedAdvisorCheckSummaries',
    asked:
      'which trusted advisor checks are red or yellow, status of every check, how many resources each check flagged, checks with warnings or errors, overall advisor score',
    example: 'how many resources did each trusted advisor check flag',
  },
  {
    op: 'ssm-contacts:CreateContactChannel',
    asked:
      'add a phone number or sms to an on-call person, how the responder gets paged, add email or voice to a contact, reach the engineer by text message',
    example: 'add a mobile number for sms paging to the on-call contact alice',
  },
  {
    op: 'sso-admin:ListPermissionSets',
    asked:
      'which access levels exist in identity center, what roles can people get through sso, all permission sets we have defined, show the sso roles like admin or read only',
    example: 'what sso roles have we defined in identity center',
  },
  {
    op: 'servicecatalog:AssociatePrincipalWithPortfolio',
    asked:
      'let a team, group or role launch products from a portfolio, give users access to the catalog, who can use a portfolio, share the portfolio with developers in this account',
    example: 'give the data engineers group access to the analytics portfolio',
  },
];
