import { SERVICE_TEXT_FIELDS } from '../validation/admin/service';

// Which text fields of each kind of listing are translated (docs/decisions/002), in one
// place for the translation matrix and the translators' exchange files. Names of
// organizations are proper names and stay as written; their other texts are translated.

export type TranslatableKind = 'service' | 'organization' | 'category' | 'guide' | 'event';

type KindInfo = {
  /** Table and translation table as PostgreSQL knows them; only these fixed names ever reach SQL. */
  table: string;
  translationTable: string;
  foreignKey: string;
  fields: readonly string[];
  /** The column that names a row for people. */
  labelField: string;
  /** Services and events of different organizations may share a name: the organization tells them apart. */
  organizationField?: string;
  /** Kinds with a publication status count only published rows (drafts are still being written). */
  hasStatus: boolean;
};

export const TRANSLATABLE: Record<TranslatableKind, KindInfo> = {
  service: { table: 'Service', translationTable: 'ServiceTranslation', foreignKey: 'serviceId', fields: SERVICE_TEXT_FIELDS, labelField: 'name', organizationField: 'organizationId', hasStatus: true },
  organization: { table: 'Organization', translationTable: 'OrganizationTranslation', foreignKey: 'organizationId', fields: ['alternateName', 'description'], labelField: 'name', hasStatus: true },
  category: { table: 'Category', translationTable: 'CategoryTranslation', foreignKey: 'categoryId', fields: ['name', 'plainLabel', 'description'], labelField: 'name', hasStatus: false },
  guide: { table: 'Guide', translationTable: 'GuideTranslation', foreignKey: 'guideId', fields: ['title', 'summary', 'body'], labelField: 'title', hasStatus: true },
  event: { table: 'Event', translationTable: 'EventTranslation', foreignKey: 'eventId', fields: ['title', 'summary', 'description', 'costDescription', 'accessibilityNotes'], labelField: 'title', organizationField: 'organizationId', hasStatus: true },
};

export const TRANSLATABLE_KINDS = Object.keys(TRANSLATABLE) as TranslatableKind[];

export const isTranslatableKind = (value: string): value is TranslatableKind => Object.hasOwn(TRANSLATABLE, value);
