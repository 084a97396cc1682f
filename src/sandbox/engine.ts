// The JavaScript engine scripts run in: QuickJS compiled to WebAssembly (quickjs-emscripten).
// Why QuickJS-in-WebAssembly rather than V8 isolates (isolated-vm): it is pure WebAssembly, so it
// installs with no install script or native build (npm 11 `allowScripts` stays as it is) and runs
// unchanged on Node 20, 22 and 24; a script sees only the globals of the ECMAScript standard (no
// Node, no network, no files, no timers); and the WebAssembly boundary is a hard wall: the only
// way out is a host function we install.
//
// Each script gets a fresh WebAssembly instance with its own linear memory, created with a
// `maximum`: the memory limit holds even where QuickJS's own accounting misses an allocation,
// the memory is returned when the script ends (a linear memory never shrinks), and a script that
// crashes the engine takes down only its own instance. The compiled module is shared (~10 ms to
// instantiate, against ~100 ms to compile).

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import variantExport from '@jitl/quickjs-wasmfile-release-sync';
import {
  type CustomizeVariantOptions,
  newQuickJSWASMModuleFromVariant,
  newVariant,
  type QuickJSContext,
  type QuickJSRuntime,
  type QuickJSSyncVariant,
} from 'quickjs-emscripten-core';
import type { ScriptLimits } from './types.js';

/**
 * The variant is the package's default export; its typings describe a CommonJS module, so
 * TypeScript sees the namespace where Node's ES module loader hands over the variant itself.
 */
const variant: QuickJSSyncVariant =
  (variantExport as { default?: QuickJSSyncVariant }).default ??
  (variantExport as unknown as QuickJSSyncVariant);

/** The WebAssembly global (lib ES2023 types its namespace but not the value). */
const wasm = (
  globalThis as unknown as {
    WebAssembly: {
      compile(bytes: Uint8Array): Promise<WebAssembly.Module>;
      Memory: new (limits: { initial: number; maximum: number }) => { readonly buffer: ArrayBuffer };
    };
  }
).WebAssembly;

const PAGE_BYTES = 64 * 1024;
/** The engine's static data, C stack and first heap: the module's initial memory (16 MiB). */
const BASE_PAGES = 256;

let compiled: Promise<WebAssembly.Module> | undefined;

function compiledEngine(): Promise<WebAssembly.Module> {
  compiled ??= (async () => {
    const wasmPath = createRequire(import.meta.url).resolve('@jitl/quickjs-wasmfile-release-sync/wasm');
    return wasm.compile(await readFile(wasmPath));
  })();
  compiled.catch(() => (compiled = undefined)); // a failed load is retried by the next script
  return compiled;
}

export interface Vm {
  readonly runtime: QuickJSRuntime;
  readonly context: QuickJSContext;
  /** How much of its memory cap the engine's WebAssembly memory has grown to, 0..1. */
  memoryUsed(): number;
  /** Frees the engine's objects; safe to call twice and never throws (the instance is dropped anyway). */
  dispose(): void;
}

/** A new engine instance with the script's limits, its interrupt handler asking `shouldStop`. */
export async function openVm(limits: ScriptLimits, shouldStop: () => boolean): Promise<Vm> {
  const maximum = BASE_PAGES + Math.ceil(limits.memoryBytes / PAGE_BYTES);
  const memory = new wasm.Memory({ initial: BASE_PAGES, maximum });
  const quiet = (): void => undefined; // the engine's own prints (an abort message) are not ours to show
  const printers = { print: quiet, printErr: quiet } as CustomizeVariantOptions['emscriptenModule'];
  const module = await newQuickJSWASMModuleFromVariant(
    newVariant(variant, {
      wasmModule: await compiledEngine(),
      wasmMemory: memory as CustomizeVariantOptions['wasmMemory'],
      emscriptenModule: printers,
    }),
  );
  const runtime = module.newRuntime();
  runtime.setMemoryLimit(limits.memoryBytes);
  runtime.setMaxStackSize(limits.stackBytes);
  runtime.setInterruptHandler(shouldStop);
  const context = runtime.newContext();
  let open = true;
  return {
    runtime,
    context,
    memoryUsed: () => memory.buffer.byteLength / (maximum * PAGE_BYTES),
    dispose() {
      if (!open) return;
      open = false;
      try {
        context.dispose();
        runtime.dispose();
      } catch {
        // A handle still alive (a call settling late) makes QuickJS refuse to free the runtime;
        // nothing else uses this instance, so it goes with the garbage.
      }
    },
  };
}
