import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT_BYTES, oversizedPostProblem } from './body-limit';

describe('oversized POST bodies', () => {
  const h = (init: Record<string, string>) => new Headers(init);
  it('lets through GETs and POSTs up to the limit', () => {
    expect(oversizedPostProblem('GET', h({ 'content-length': String(10 * ACTION_BODY_LIMIT_BYTES) }))).toBeNull();
    expect(oversizedPostProblem('POST', h({ 'content-length': String(ACTION_BODY_LIMIT_BYTES) }))).toBeNull();
    expect(oversizedPostProblem('POST', h({}))).toBeNull();
  });
  it('refuses larger POSTs (413), nonsense lengths (413) and chunked bodies without a length (411)', () => {
    expect(oversizedPostProblem('POST', h({ 'content-length': String(ACTION_BODY_LIMIT_BYTES + 1) }))).toBe(413);
    expect(oversizedPostProblem('POST', h({ 'content-length': 'lots' }))).toBe(413);
    expect(oversizedPostProblem('POST', h({ 'transfer-encoding': 'chunked' }))).toBe(411);
  });
});
