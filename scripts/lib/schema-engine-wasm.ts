// Loads Prisma's schema engine compiled to WebAssembly (`@prisma/schema-engine-wasm`), the
// same engine as the native binary the CLI downloads from a server our networks block.
// The package targets bundlers (`import * as wasm from "./x.wasm"`), which Node cannot do,
// so we instantiate the .wasm file ourselves and hand it to the wasm-bindgen glue code.
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaContainer, SchemaEngine } from '@prisma/schema-engine-wasm';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import { createMigrationAdapterFactory } from './migration-adapter';

// A Rust panic inside the engine calls `global.PRISMA_WASM_PANIC_REGISTRY.set_message(...)`
// (the Prisma CLI installs this object), then traps with a bare "RuntimeError: unreachable",
// often outside any promise we could catch. So print the message as soon as it arrives.
declare global {
  var PRISMA_WASM_PANIC_REGISTRY: { set_message(message: string): void } | undefined;
}
const panicRegistry = {
  set_message(message: string) {
    console.error(`[schema-engine] panic: ${message}`);
  },
};

let initialised: Promise<void> | undefined;

/** Instantiates the WebAssembly module once per process (about 50 ms). */
function initialiseWasm(): Promise<void> {
  initialised ??= (async () => {
    // The .wasm file is not in the package's "exports", so find it next to the glue code.
    const gluePath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await fs.readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
    globalThis.PRISMA_WASM_PANIC_REGISTRY ??= panicRegistry;
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return initialised;
}

/**
 * Runs `work` with an engine that reaches `connectionString` through our driver adapter, then
 * frees the engine and closes every connection (and shadow database) it opened.
 * Note: after some calls (e.g. applyMigrations) the engine leaves a 10 s timer pending, which
 * keeps a short-lived script alive; CLI scripts should exit explicitly when done.
 */
export async function withSchemaEngine<T>(
  connectionString: string,
  schema: SchemaContainer,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await initialiseWasm();
  const adapterFactory = createMigrationAdapterFactory(connectionString);
  const engineLog: string[] = [];
  let engine: SchemaEngine | undefined;
  try {
    engine = await glue.SchemaEngine.new(
      { datamodels: [[schema.path, schema.content]] },
      (line: string) => engineLog.push(line),
      bindMigrationAwareSqlAdapterFactory(adapterFactory),
    );
    return await work(engine);
  } catch (error) {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(engineLog.join('\n'));
    throw error;
  } finally {
    engine?.free();
    await adapterFactory.close();
  }
}
