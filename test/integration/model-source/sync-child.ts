// One model sync in its own process, for the concurrency and crash tests. Prints its outcome
// as JSON on stdout.

import { syncModels } from '../../../src/model/source/sync.js';

const [modelPath, syncUrl] = process.argv.slice(2);
try {
  const r = await syncModels({ autoSync: true, syncUrl: syncUrl!, modelPath: modelPath! });
  const out = { ok: true, action: r.action, commit: r.tree.commit, services: r.tree.files.length };
  process.stdout.write(JSON.stringify(out));
} catch (e) {
  process.stdout.write(JSON.stringify({ ok: false, message: (e as Error).message }));
  process.exitCode = 1;
}
