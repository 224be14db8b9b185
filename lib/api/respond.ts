import 'server-only';
import { UserFacingError } from '../errors';
import { ApiError } from './api-error';

function errorResponse(status: number, body: Record<string, unknown>): Response {
  return Response.json({ error: body }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * Wraps a route handler so that every failure is JSON: known errors with their message, anything else as a
 * plain 500 without a stack trace (the detail goes to the server log, which never holds personal data).
 */
export function apiRoute(
  handler: (request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      return await handler(request);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error.status, error.body);
      if (error instanceof UserFacingError)
        return errorResponse(503, { status: 503, message: error.messageId, message_en: error.messageEn });
      console.error(
        `[api] ${new URL(request.url).pathname}:`,
        error instanceof Error ? error.message : error,
      );
      return errorResponse(500, {
        status: 500,
        message: 'Terjadi kesalahan di server. Coba lagi sebentar lagi.',
        message_en: 'Something went wrong on the server. Please try again shortly.',
      });
    }
  };
}

export function unknownRoute(): Response {
  return errorResponse(404, {
    status: 404,
    message: 'Alamat API ini tidak ada. Lihat daftar rute di README.',
    message_en: 'There is no such API route. See the list of routes in the README.',
  });
}
