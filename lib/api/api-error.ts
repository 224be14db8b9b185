/** An error an API route answers with as JSON; the message names what was wrong and what is accepted. */
export class ApiError extends Error {
  readonly status: number;
  readonly body: Record<string, unknown>;

  constructor(status: number, body: { message: string; message_en: string } & Record<string, unknown>) {
    super(body.message_en);
    this.status = status;
    this.body = { status, ...body };
  }
}

export function badParameter(
  parameter: string,
  accepted: { id: string; en: string },
  received: string,
): ApiError {
  // Echo what was sent so the caller sees the mistake, but not a whole pasted document.
  const shown = received.length > 80 ? `${received.slice(0, 80)}…` : received;
  return new ApiError(400, {
    parameter,
    accepted: accepted.en,
    message: `Parameter \`${parameter}\` tidak sah: "${shown}". Nilai yang diterima: ${accepted.id}.`,
    message_en: `Invalid parameter \`${parameter}\`: "${shown}". Accepted values: ${accepted.en}.`,
  });
}

export function methodNotAllowed(allowed: string): ApiError {
  return new ApiError(405, {
    allowed,
    message: `Rute ini hanya menerima ${allowed}.`,
    message_en: `This route accepts ${allowed} only.`,
  });
}

export function notFound(message: string, messageEn: string, extra: Record<string, unknown> = {}): ApiError {
  return new ApiError(404, { ...extra, message, message_en: messageEn });
}
