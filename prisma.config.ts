import { defineConfig } from 'prisma/config';

// Prisma 7 reads the connection URL from here, not from schema.prisma. Migrations are
// applied by scripts/db-migrate.ts (WebAssembly engine, no binary download); this file
// keeps the standard `prisma migrate deploy` working wherever the binary is available.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
