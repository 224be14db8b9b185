import 'server-only';
import { UserFacingError } from '../errors';
import { ApiError, methodNotAllowed } from './api-error';

type Handler = (request: Request) => Promise<Response>;

function errorResponse(
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Response {
  return Response.json({ error: body }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

function unavailable(path: string, error: UserFacingError): Response {
  // The detail (data folder, PID) is for the operator's log, not for whoever called the API.
  console.error(`[api] ${path}: ${error.messageEn}`);
  const body = {
    status: 503,
    message: 'Basis data sedang tidak tersedia. Coba lagi sebentar lagi.',
    message_en: 'The database is unavailable at the moment. Please try again shortly.',
  };
  return errorResponse(503, body, { 'Retry-After': '10' });
}

function unexpected(path: string, error: unknown): Response {
  // Query errors can quote the values of a query: only their kind is logged, unless DEBUG asks for more.
  console.error(`[api] ${path}: unexpected ${error instanceof Error ? error.name : typeof error}`);
  if (process.env.DEBUG) console.error(error);
  return errorResponse(500, {
    status: 500,
    message: 'Terjadi kesalahan di server. Coba lagi sebentar lagi.',
    message_en: 'Something went wrong on the server. Please try again shortly.',
  });
}

/** Wraps a route handler so that every failure is JSON: known errors with their message, anything else a plain 500. */
export function apiRoute(handler: Handler): Handler {
  return async (request) => {
    try {
      return await handler(request);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error.status, error.body);
      const path = new URL(request.url).pathname;
      return error instanceof UserFacingError ? unavailable(path, error) : unexpected(path, error);
    }
  };
}

/** The handlers of a read-only route: GET as given, every other method a JSON 405. */
export function readOnlyRoute(
  handler: Handler,
): Record<'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', Handler> {
  const refuse = apiRoute(async () => {
    throw methodNotAllowed('GET');
  });
  return { GET: apiRoute(handler), POST: refuse, PUT: refuse, PATCH: refuse, DELETE: refuse };
}

export function unknownRoute(): Response {
  return errorResponse(404, {
    status: 404,
    message: 'Alamat API ini tidak ada. Lihat daftar rute di README.',
    message_en: 'There is no such API route. See the list of routes in the README.',
  });
}
