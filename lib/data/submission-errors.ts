// Failures of partner proposals and their review, which server actions turn into messages.
import type { FieldErrors } from '../validation/admin/common';

/** The proposal breaks the editor's rules (or is too large); `errors` are keyed like the form. */
export class ProposalInvalidError extends Error {
  constructor(readonly errors: FieldErrors) {
    super(`invalid proposal: ${Object.keys(errors).join(', ')}`);
    this.name = 'ProposalInvalidError';
  }
}

/** Archived listings take no proposals and no approvals. */
export class ArchivedListingError extends Error {
  constructor() {
    super('the listing is archived');
    this.name = 'ArchivedListingError';
  }
}

/** Someone decided this submission already (a second click, or a colleague): nothing applied. */
export class AlreadyDecidedError extends Error {
  constructor(readonly status: string, readonly decidedAt: Date | null, readonly reviewerName: string | null) {
    super(`submission already ${status}`);
    this.name = 'AlreadyDecidedError';
  }
}
