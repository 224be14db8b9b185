import { unknownRoute } from '@/lib/api/respond';

const answer = async () => unknownRoute();

export { answer as DELETE, answer as GET, answer as PATCH, answer as POST, answer as PUT };
