// Build step (scripts/build.mjs bundles and runs it): records the SDK's answers to `initialize` and
// `tools/list` for every tool naming and policy mode into dist/startup-answers.json, which the
// stdio prelude sends before the SDK is loaded (src/mcp/stdio-prelude.ts). The servers recorded
// are built exactly as serving builds them (src/main.ts): same tools, same factory.
// Usage: node <bundled script> <output file>

import { writeFileSync } from 'node:fs';
import { loadConfig } from '../src/config/load-config.js';
import { SERVER_NAME, SERVER_VERSION } from '../src/config/product.js';
import { toolSettings } from '../src/config/tool-settings.js';
import { silentLogger } from '../src/logging/logger.js';
import { ApprovalNonces } from '../src/mcp/approval-port.js';
import { createMcpServerFactory } from '../src/mcp/server.js';
import { MODEL_COMMIT_PLACEHOLDER, variantKey, type StartupAnswerFile } from '../src/mcp/startup-answers.js';
import { recordStartupAnswers } from '../src/mcp/startup-answers-record.js';
import { createTools } from '../src/tools/all-tools.js';
import type { ToolServices } from '../src/tools/services.js';
import type { ToolNaming } from '../src/tools/tool-definition.js';

/** Tool definitions read only their settings when built; anything else here is a mistake. */
function definitionServices(policyMode: 'read-only' | 'standard'): ToolServices {
  const settings = { ...toolSettings(loadConfig({}, { dotEnv: false })), policyMode };
  const absent = (): never => {
    throw new Error('only tool definitions are built while recording the startup answers');
  };
  return {
    get catalog() {
      return absent();
    },
    get policy() {
      return absent();
    },
    search: absent,
    get approvals() {
      return absent();
    },
    get audit() {
      return absent();
    },
    get runtime() {
      return absent();
    },
    settings,
    logger: silentLogger,
  };
}

async function record(): Promise<StartupAnswerFile> {
  const variants: Record<string, StartupAnswerFile['variants'][string]> = {};
  for (const naming of ['underscore', 'dotted'] as ToolNaming[]) {
    for (const policyMode of ['read-only', 'standard'] as const) {
      const factory = createMcpServerFactory({
        tools: createTools(definitionServices(policyMode)),
        naming,
        identity: { name: SERVER_NAME, version: SERVER_VERSION, modelCommit: MODEL_COMMIT_PLACEHOLDER },
        logger: silentLogger,
        approvalNonces: new ApprovalNonces(60_000, () => {
          throw new Error('no approvals while recording');
        }),
      })('stdio');
      variants[variantKey(naming, policyMode)] = await recordStartupAnswers(() => factory());
    }
  }
  return { serverVersion: SERVER_VERSION, variants };
}

const out = process.argv[2];
if (!out) throw new Error('usage: startup-answers <output file>');
writeFileSync(out, JSON.stringify(await record()));
