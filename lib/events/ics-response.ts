// How calendar files are served: RFC 5545's media type with an explicit charset, no
// cookies, and a short shared cache so subscribed apps polling every hour stay cheap.
export function calendarResponse(body: string, filename: string, download: boolean): Response {
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `${download ? 'attachment' : 'inline'}; filename="${filename}"`,
      'Cache-Control': 'public, max-age=300',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

export function badCalendarRequest(message: string, status = 400): Response {
  return new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}
