// Failures the staff data layer reports to server actions, which turn them into messages.
import type { DiffRow } from './diff';

export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}

/** The listing moved on since the form loaded it; `changes` says what others changed. */
export class StaleVersionError extends Error {
  constructor(readonly currentVersion: number, readonly changes: DiffRow[]) {
    super(`stale version: the listing is now at version ${currentVersion}`);
    this.name = 'StaleVersionError';
  }
}

/** Publishing needs these fields filled in first. */
export class PublishBlockedError extends Error {
  constructor(readonly missing: string[]) {
    super(`cannot publish without: ${missing.join(', ')}`);
    this.name = 'PublishBlockedError';
  }
}

/** Database refusals a form can explain: a slug already taken, a chosen row gone. */
export function isUniqueViolation(error: unknown) {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}
export function isForeignKeyViolation(error: unknown) {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2003';
}
