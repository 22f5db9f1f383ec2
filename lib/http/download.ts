// A file download from a staff route handler: never cached, always an attachment.
export function attachment(file: { fileName: string; contentType: string; body: string }) {
  return new Response(file.body, {
    headers: { 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${file.fileName}"`, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}
