import { describe, expect, it } from 'vitest';
import { checkFormStamp, issueFormStamp, MAX_AGE_MS, MIN_FILL_MS } from './form-stamp';
import { isIntakeLimited, MAX_CLIENTS, MAX_SUBMISSIONS_PER_CLIENT, INTAKE_WINDOW_MS, recordIntake, resetIntakeLimits, trackedClientCount } from './intake-rate-limit';

describe('form stamp', () => {
  const now = 1_800_000_000_000;
  it('accepts a person-paced form and refuses too fast, too old, tampered or another form’s stamp', () => {
    const stamp = issueFormStamp('report', now);
    expect(checkFormStamp('report', stamp, now + MIN_FILL_MS + 1)).toBe('ok');
    expect(checkFormStamp('report', stamp, now + 1_000)).toBe('tooFast');
    expect(checkFormStamp('report', stamp, now + MAX_AGE_MS + 1)).toBe('expired');
    expect(checkFormStamp('suggest', stamp, now + 10_000)).toBe('invalid');
    expect(checkFormStamp('report', stamp.replace(/^\d+/, String(now - 60_000)), now + 10_000)).toBe('invalid');
    expect(checkFormStamp('report', '', now)).toBe('invalid');
  });
});

describe('intake rate limit', () => {
  it('slides: refused at the limit, allowed again once the window has passed', () => {
    resetIntakeLimits();
    const t0 = 1_000_000;
    for (let i = 0; i < MAX_SUBMISSIONS_PER_CLIENT; i++) recordIntake('192.0.2.1', t0 + i);
    expect(isIntakeLimited('192.0.2.1', t0 + 100)).toBe(true);
    expect(isIntakeLimited('192.0.2.2', t0 + 100)).toBe(false);
    expect(isIntakeLimited('192.0.2.1', t0 + INTAKE_WINDOW_MS + MAX_SUBMISSIONS_PER_CLIENT)).toBe(false);
  });

  it('keeps a bounded number of clients', () => {
    resetIntakeLimits();
    for (let i = 0; i < MAX_CLIENTS + 50; i++) recordIntake(`client-${i}`, 5);
    expect(trackedClientCount()).toBe(MAX_CLIENTS);
  });
});
