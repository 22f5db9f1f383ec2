'use client';
import { TOO_LARGE_MARKER } from '@/lib/http/body-limit';
import ErrorPage from '../error';

/**
 * The staff area's error page. A form sent with JavaScript that is too large comes back as
 * the proxy's translated plain text (lib/http/too-large-response.ts), which Next's client
 * raises as an error: show that text, and a way back to the form. Anything else gets the
 * site's usual error page.
 */
export default function AdminError(props: { error: Error & { digest?: string }; reset: () => void }) {
  if (!props.error.message.startsWith(TOO_LARGE_MARKER)) return <ErrorPage {...props} />;
  const [text, back] = props.error.message.slice(TOO_LARGE_MARKER.length).split('\n');
  return (
    <div className="space-y-4">
      <p role="alert" className="rounded bg-red-100 p-3 text-red-900">{text}</p>
      <button type="button" onClick={props.reset} className="rounded bg-blue-800 px-4 py-2 font-semibold text-white focus:outline-2 focus:outline-offset-2 focus:outline-blue-700">{back}</button>
    </div>
  );
}
