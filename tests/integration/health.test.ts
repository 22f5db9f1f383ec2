import { describe, expect, it } from 'vitest';

// The route handler is called directly with a database that does not answer: nothing
// listens on port 1. It must say 503 quickly, not hang and not throw.
describe('GET /api/health', () => {
  it('answers 503 when the database is unreachable', async () => {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = 'postgresql://nobody:nothing@127.0.0.1:1/none';
    delete (globalThis as { welcomeDeskDb?: unknown }).welcomeDeskDb;
    try {
      const { GET } = await import('../../app/api/health/route');
      const started = Date.now();
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      process.env.DATABASE_URL = saved;
      delete (globalThis as { welcomeDeskDb?: unknown }).welcomeDeskDb;
    }
  });
});
