// Search reference data and index for the demo directory (issue 3). Runs last in the seed:
// the index is derived from everything loaded before it.
import type { Prisma } from '../../lib/generated/prisma/client';
import { SEARCH_AREAS } from './data/search-areas';

export async function seedSearch(tx: Prisma.TransactionClient): Promise<void> {
  await tx.searchArea.createMany({ data: SEARCH_AREAS, skipDuplicates: true });
  await tx.$executeRaw`SELECT refresh_service_search(NULL)`;
}
