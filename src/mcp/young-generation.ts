// A small young generation while a warm server opens its models and loads its search index.
// Nearly everything allocated then lives as long as the server (modules, the catalog's services,
// the index), and V8 doubles its nursery (up to 2 x 16 MB on Node 20) each time a collection finds
// that much surviving. Left to grow, the nursery stays committed (30 MB of RSS that held 2-4 MB)
// and the survivors are only promoted by the first scavenge after the load, which then lands in
// the host's first tool call. Kept at its initial size, the survivors are promoted as they are
// loaded, in small steps, and the nursery is back to growing by V8's own rule once the load is
// done, so calls under load get the nursery they need. `--semi-space-growth-factor` is read at
// each resize, so it takes effect when set at run time (unlike `--max-semi-space-size`); an
// operator who set either semi-space flag keeps theirs untouched.

import { setFlagsFromString } from 'node:v8';

/** V8's default growth factor, restored once the load is done. */
const DEFAULT_GROWTH_FACTOR = 2;

/** When `hold`, caps the nursery's growth now; the function returned lifts the cap (idempotent). */
export function holdYoungGeneration(
  hold: boolean,
  execArgv: readonly string[],
  nodeOptions: string | undefined,
): () => void {
  const operatorSet = [...execArgv, nodeOptions ?? ''].some((a) => /semi[-_]space/.test(a));
  if (!hold || operatorSet) return () => undefined;
  setFlagsFromString('--semi-space-growth-factor=1');
  let held = true;
  return () => {
    if (held) setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH_FACTOR}`);
    held = false;
  };
}
