/** A download: the browser saves it under `fileName` instead of showing it. */
export function attachment(content: BodyInit, fileName: string, contentType: string): Response {
  return new Response(content, {
    headers: {
      'Content-Type': contentType,
      // exportFileName gives ASCII without quotes, so the plain quoted form is enough.
      'Content-Disposition': `attachment; filename="${fileName}"`,
    },
  });
}
