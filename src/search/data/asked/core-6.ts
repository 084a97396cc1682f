// Data: how people ask for operations (see ../asked.ts), second pass over the most used services:
// Systems Manager documents, associations (State Manager), patching, maintenance windows,
// OpsCenter and parameter labels. Reads carry question words, changes carry verbs.

import type { AskedEntry } from './types.js';

export const ASKED_CORE_6: readonly AskedEntry[] = [
  {
    op: 'ssm:DeleteParameters',
    asked:
      'remove several parameter store values in one go, bulk delete stored settings, clean up many config keys',
    example: 'remove /app/old/db_host, /app/old/db_user and /app/old/db_pass from parameter store in one go',
  },
  {
    op: 'ssm:LabelParameterVersion',
    asked:
      'mark a config version as prod, pin a stored setting version with a name, label for rollback, mark a parameter version as stable or prod, give a version of a parameter a name, point a label at version 3',
    example: 'mark version 12 of /app/api/url as the "prod" one',
  },
  {
    op: 'ssm:ListDocuments',
    asked:
      'which ssm documents exist, available command documents, automation runbooks owned by me or amazon',
    example: 'which runbooks and command docs do we own in this account?',
  },
  {
    op: 'ssm:DescribeDocument',
    asked: 'document details, parameters a document takes, latest and default version, document status',
    example: 'what parameters does runbook AWS-RestartEC2Instance take and which version is default?',
  },
  {
    op: 'ssm:GetDocument',
    asked: 'content of an ssm document, yaml or json of a document, read the steps defined in a document',
    example: 'show me the yaml of ssm document Custom-PatchAndReboot',
  },
  {
    op: 'ssm:UpdateDocument',
    asked:
      'edit a document, save a new revision of a command or automation document, change document content',
    example: 'save a new revision of ssm document Custom-PatchAndReboot with an extra step',
  },
  {
    op: 'ssm:UpdateDocumentDefaultVersion',
    asked: 'make a document revision the one used by default, promote document revision',
    example: 'make revision 4 of ssm document Custom-PatchAndReboot the one used by default',
  },
  {
    op: 'ssm:DeleteDocument',
    asked: 'remove a custom command or automation document',
    example: 'remove the old Custom-Cleanup ssm document',
  },
  {
    op: 'ssm:ModifyDocumentPermission',
    asked:
      'share a document with another account, make a document public, stop sharing a document, give another account access to my runbook, let a different aws account use our automation runbook or command document, share a custom runbook cross account, make a runbook public',
    example: 'share ssm document Custom-PatchAndReboot with account 210987654321',
  },
  {
    op: 'ssm:DescribeDocumentPermission',
    asked: 'who is a document shared with, which accounts can use a document',
    example: 'who has access to our shared ssm document Custom-PatchAndReboot?',
  },
  {
    op: 'ssm:ListAssociations',
    asked:
      'state manager associations, which desired state configs apply to instances, scheduled runbooks on hosts',
    example: 'which state manager configs do we have applied to the fleet?',
  },
  {
    op: 'ssm:DescribeAssociation',
    asked: 'association details, schedule and targets of a state manager config, last run status',
    example: 'what schedule and targets does state manager config 8dfe3659-4309 use?',
  },
  {
    op: 'ssm:UpdateAssociation',
    asked:
      'change state manager schedule or frequency, run a config more or less often, retarget an association, new parameters for a desired state',
    example: 'run the state manager config 8dfe3659 every 12 hours instead of daily',
  },
  {
    op: 'ssm:DeleteAssociation',
    asked: 'stop applying a desired state, remove a state manager config from instances',
    example: 'stop state manager from applying config 8dfe3659 to our servers',
  },
  {
    op: 'ssm:StartAssociationsOnce',
    asked:
      'apply a state manager config right away without waiting for its schedule, run association immediately, trigger desired state once',
    example: 'apply state manager config 8dfe3659 right away instead of waiting for its schedule',
  },
  {
    op: 'ssm:DescribeAssociationExecutions',
    asked: 'history of state manager runs, did the association succeed, failed runs of a desired state',
    example: 'did the last runs of state manager config 8dfe3659 fail on any hosts?',
  },
  {
    op: 'ssm:DescribeInstanceAssociationsStatus',
    asked: 'state manager status on one server, which configs failed on this host',
    example: 'which state manager configs failed on i-0abc1234def567890?',
  },
  {
    op: 'ssm:DescribeAutomationExecutions',
    asked:
      'recent automation runs, which automations failed, automation history, which runbooks ran today and did they fail, recent automation runs, history of automation executions',
    example: 'which runbook runs failed in the last day?',
  },
  {
    op: 'ssm:DescribeAutomationStepExecutions',
    asked: 'which step of an automation failed, step by step output, stuck step',
    example: 'which step of automation run 4105a4fc-f944-11e6 failed and what was its output',
  },
  {
    op: 'ssm:StopAutomationExecution',
    asked:
      'abort an automation, stop a runaway automation, cancel a runbook that is still going, abort a running automation, halt the runbook',
    example: 'abort runbook run 4105a4fc-f944-11e6 now',
  },
  {
    op: 'ssm:SendAutomationSignal',
    asked: 'approve an automation step, reject approval, resume a paused automation, send approve',
    example: 'approve the pending manual approval step in runbook run 4105a4fc',
  },
  {
    op: 'ssm:DescribePatchBaselines',
    asked: 'which patch rules exist, patch approval rules list, default and custom baselines',
    example: 'which patch approval rule sets do we have for linux and windows?',
  },
  {
    op: 'ssm:GetPatchBaseline',
    asked: 'patch approval rules details, auto approve after days, rejected patches, which classifications',
    example: 'after how many days does baseline pb-0c10e65780EXAMPLE auto-approve security updates?',
  },
  {
    op: 'ssm:UpdatePatchBaseline',
    asked:
      'change patch approval rules, approve a specific patch, reject a kb from being installed, change auto approve delay',
    example: 'stop KB5005565 from being installed by our windows patch rules pb-0c10e65780EXAMPLE',
  },
  {
    op: 'ssm:RegisterPatchBaselineForPatchGroup',
    asked: 'assign patch rules to a group of servers, patch group mapping',
    example: 'use baseline pb-0c10e65780EXAMPLE for every server in the web-servers patch group',
  },
  {
    op: 'ssm:DescribeInstancePatches',
    asked:
      'which updates are still missing on a server, installed and missing patches, failed patches on one host',
    example: 'which patches are still missing on i-0abc1234def567890?',
  },
  {
    op: 'ssm:DescribeAvailablePatches',
    asked: 'which patches exist, kb numbers available, cve fixes available for windows or linux',
    example: 'is there a patch available for CVE-2024-3094 on amazon linux?',
  },
  {
    op: 'ssm:DescribePatchGroupState',
    asked:
      'patch compliance of a patch group, how compliant are hosts in a group, missing updates in a group',
    example: 'how compliant are the web-servers group hosts with their patching?',
  },
  {
    op: 'ssm:DescribeMaintenanceWindows',
    asked: 'which maintenance slots exist, patch night schedules, windows for planned work',
    example: 'what planned-work time slots are configured for patching?',
  },
  {
    op: 'ssm:GetMaintenanceWindow',
    asked:
      'maintenance slot details, when does a patch window open, how long does it last, duration and cutoff',
    example: 'when does patch window mw-0c50858d01EXAMPLE open and how long does it last?',
  },
  {
    op: 'ssm:UpdateMaintenanceWindow',
    asked: 'move the patch night, change maintenance slot schedule, extend duration, disable a window',
    example: 'move patch window mw-0c50858d01EXAMPLE to sundays at 03:00 and give it 4 hours',
  },
  {
    op: 'ssm:DeleteMaintenanceWindow',
    asked: 'remove a maintenance slot, stop the patch night schedule',
    example: 'remove patch window mw-0c50858d01EXAMPLE entirely',
  },
  {
    op: 'ssm:RegisterTargetWithMaintenanceWindow',
    asked:
      'add servers to a patch window, include hosts in a maintenance slot, which hosts get patched in a window, target by tag',
    example: 'include all hosts tagged Env=staging in patch window mw-0c50858d01EXAMPLE',
  },
  {
    op: 'ssm:DescribeMaintenanceWindowExecutions',
    asked: 'past maintenance runs, did last patch night succeed, window run history',
    example: 'did last sunday run of mw-0c50858d01EXAMPLE succeed?',
  },
  {
    op: 'ssm:DescribeMaintenanceWindowTasks',
    asked: 'what runs inside a maintenance slot, tasks in a window, run command or automation tasks',
    example: 'what tasks are scheduled inside mw-0c50858d01EXAMPLE?',
  },
  {
    op: 'ssm:GetOpsItem',
    asked: 'ops issue details, opscenter item, incident ticket status and related resources',
    example: 'show details of OpsCenter item oi-1f050EXAMPLE',
  },
  {
    op: 'ssm:UpdateOpsItem',
    asked: 'resolve an ops issue, change ops ticket status, set severity, close an opscenter item',
    example: 'mark ops ticket oi-1f050EXAMPLE resolved',
  },
  {
    op: 'ssm:ListComplianceSummaries',
    asked: 'how many servers are non compliant, patch and association compliance overview, compliant counts',
    example: 'overview of compliant versus non-compliant hosts for patching and state manager',
  },
  {
    op: 'ssm:ListResourceComplianceSummaries',
    asked:
      'patch and state manager compliance per server, which servers are out of compliance, failing hosts list',
    example: 'which servers are out of patch compliance and how badly?',
  },
  {
    op: 'ssm:ListInventoryEntries',
    asked: 'installed software on a server, installed applications list, packages on one host',
    example: 'what software packages are installed on i-0abc1234def567890?',
  },
  {
    op: 'ssm:GetConnectionStatus',
    asked:
      'can i open a shell on this host, is the agent reachable for session manager, connected or not, can i connect to this instance with session manager right now, is the instance reachable for a session, is the node connected',
    example: 'can I open a session on i-0abc1234def567890 or is it not reachable?',
  },
  {
    op: 'ssm:DeregisterManagedInstance',
    asked: 'remove an on-prem server from fleet manager, unregister a hybrid machine, mi- node',
    example: 'remove hybrid machine mi-0123456789abcdef0 from systems manager',
  },
  {
    op: 'ssm:UpdateManagedInstanceRole',
    asked: 'change the iam role of a hybrid machine, role for on-prem nodes',
    example: 'switch on-prem node mi-0123456789abcdef0 to role HybridNodeRole',
  },
];
