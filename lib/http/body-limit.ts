// The largest form a server action accepts. next.config.ts hands the same figure to Next
// (experimental.serverActions.bodySizeLimit); the proxy refuses anything larger first, with
// a translated 413, because Next itself answers an oversized action with a 500.
export const ACTION_BODY_LIMIT = '1mb';
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

// The public suggestion forms hold a few short fields; nobody needs more than this.
export const PUBLIC_FORM_BODY_LIMIT_BYTES = 64 * 1024;

/** Why a POST is refused before it reaches a server action, or null when it may go on. */
export function oversizedPostProblem(method: string, headers: Headers, limitBytes = ACTION_BODY_LIMIT_BYTES): 413 | 411 | null {
  if (method !== 'POST') return null;
  const length = headers.get('content-length');
  if (length === null) {
    // A chunked body has no length to check up front; browsers always send one for forms.
    return /chunked/i.test(headers.get('transfer-encoding') ?? '') ? 411 : null;
  }
  const bytes = Number(length);
  return !Number.isFinite(bytes) || bytes > limitBytes ? 413 : null;
}

/** Starts the plain-text 413 answer ("[413] message\nbutton label"), so that the staff area's error page can tell it from other errors. */
export const TOO_LARGE_MARKER = '[413] ';
