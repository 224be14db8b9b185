import { unknownRoute } from '@/lib/api/respond';

/** Any other path under /api answers JSON, never the HTML not-found page. */
const answer = async () => unknownRoute();

export { answer as DELETE, answer as GET, answer as PATCH, answer as POST, answer as PUT };
