import { BASIC_NEEDS_TEMPLATES } from './service-templates-basic-needs';
import { COMMUNITY_TEMPLATES } from './service-templates-community';
import { HEALTH_TEMPLATES } from './service-templates-health';
import { LEARNING_TEMPLATES } from './service-templates-learning';
import { LEGAL_TEMPLATES } from './service-templates-legal';
import { WORK_MONEY_TEMPLATES } from './service-templates-work-money';
import type { ServiceTemplate } from './types';

/** Each template becomes one service per instance: slug = `${template.slug}-${org slug}`. */
export const SERVICE_TEMPLATES: ServiceTemplate[] = [
  ...LEGAL_TEMPLATES,
  ...LEARNING_TEMPLATES,
  ...HEALTH_TEMPLATES,
  ...BASIC_NEEDS_TEMPLATES,
  ...WORK_MONEY_TEMPLATES,
  ...COMMUNITY_TEMPLATES,
];
