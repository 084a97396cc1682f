// Renders the settings table as Markdown so the README and .env.example never drift from the code.

import { SETTINGS } from './settings.js';

export function settingsMarkdownTable(): string {
  const rows = Object.values(SETTINGS).map(
    (s) => `| \`${s.env}\` | ${s.defaultDoc} | ${s.doc.replace(/\|/g, '\\|')} |`,
  );
  return ['| Variable | Default | What it does |', '| --- | --- | --- |', ...rows].join('\n');
}

export function envExample(): string {
  const lines = ['# aws-tool-mcp settings. Copy to .env and uncomment what you change.', ''];
  for (const s of Object.values(SETTINGS)) {
    lines.push(`# ${s.doc}`, `# Default: ${s.defaultDoc.replace(/`/g, '')}`, `# ${s.env}=`, '');
  }
  lines.push(
    '# Per-service endpoint overrides, read the way the AWS SDKs read them (sdkId upper-cased,',
    '# spaces to underscores), e.g. for local emulators:',
    '# AWS_ENDPOINT_URL=http://127.0.0.1:4566',
    '# AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:8000',
    '',
  );
  return lines.join('\n');
}
