// `npm run db:generate`: `prisma generate` never runs the schema-engine binary, but the CLI
// still tries to download it first, which fails offline. Pointing PRISMA_SCHEMA_ENGINE_BINARY
// at any existing file satisfies that check; the file is never executed. /bin/false is the
// choice because, if a future CLI did run it, it would fail at once instead of misbehaving.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PROJECT_ROOT } from './lib/migrations-folder';

// The CLI entry point is the package's "bin", which its "exports" map does not expose.
const prismaPackageJson = createRequire(import.meta.url).resolve('prisma/package.json');
const prismaCli = path.join(path.dirname(prismaPackageJson), 'build', 'index.js');
const result = spawnSync(process.execPath, [prismaCli, 'generate', ...process.argv.slice(2)], {
  cwd: PROJECT_ROOT,
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? stubEngineBinary(),
    // Skip the CLI's update check, another request our networks would block or delay.
    CHECKPOINT_DISABLE: '1',
  },
});
process.exit(result.status ?? 1);

function stubEngineBinary() {
  return existsSync('/bin/false') ? '/bin/false' : process.execPath; // Windows has no /bin/false
}
