import { COMMUNITY_ORGANIZATIONS } from './organizations-community';
import { PUBLIC_ORGANIZATIONS } from './organizations-public';
import type { OrganizationData } from './types';

export const ORGANIZATIONS: OrganizationData[] = [...PUBLIC_ORGANIZATIONS, ...COMMUNITY_ORGANIZATIONS];
