// Shapes of the demo directory data. The data files hold text and facts only; the loader
// (prisma/seed/directory.ts) turns them into rows. Every listing text is written in English
// (the source locale) and translated here by machine (an AI, not reviewed by a person), so
// its translation rows get status `machine`. A locale or field left out is honestly missing.
import type { IdDocument } from '../../../lib/generated/prisma/enums';
import type { HoursPattern } from './hours';

export const TARGET_LOCALES = ['es', 'ar', 'fr', 'ht', 'pt', 'zh-Hans', 'fa-AF'] as const;
export type TargetLocale = (typeof TARGET_LOCALES)[number];
export type SeedLocale = 'en' | TargetLocale;

/** Complete: every enabled locale. */
export type Full = Record<SeedLocale, string>;

export type CategorySlug =
  | 'legal-immigration'
  | 'english-classes'
  | 'citizenship-civic'
  | 'education-schools'
  | 'health'
  | 'housing-shelter'
  | 'food-basic-needs'
  | 'jobs-training'
  | 'money-taxes-benefits'
  | 'business'
  | 'transportation'
  | 'family-children'
  | 'safety-emergencies'
  | 'digital-skills'
  | 'interpretation-translation'
  | 'community-recreation';

export type NeighborhoodKey =
  | 'downtown'
  | 'northEnd'
  | 'frogHollow'
  | 'parkville'
  | 'asylumHill'
  | 'southGreen'
  | 'riverside'
  | 'elmHeights';

export type AccessNoteKey = 'ramp' | 'elevator' | 'groundFloor' | 'stairs';

/** T3: who may give immigration legal advice at an organization. */
export type LegalAuthorizationSpec = {
  kind: 'doj_accredited_representative' | 'licensed_attorney' | 'none';
  reference?: string;
};

export type LocationData = {
  name: string;
  address1: string;
  address2?: string;
  neighborhood: NeighborhoodKey;
  /** Offset from the neighborhood centre, in thousandths of a degree (lat, lng). */
  offset: [number, number];
  wheelchairAccessible: boolean;
  access: AccessNoteKey;
  /** Bus route, stop name, minutes on foot (3–10). Omitted for a confidential place. */
  transit?: [route: string, stop: string, walkMinutes: number];
  phone?: string;
  /** T6: a shelter. The public sees only the neighborhood and the phone. */
  confidential?: boolean;
};

export type ContactData = {
  name: string;
  title: string;
  email?: string;
  phone?: string;
  phoneExtension?: string;
  languages: string[];
  isPublic?: boolean;
};

export type OrganizationData = {
  slug: string;
  name: string;
  alternateName?: string;
  legalStatus: string;
  yearFounded: number;
  website: string;
  email: string;
  phone: string;
  /** BCP 47 codes of languages staff speak; services inherit them. */
  languages: string[];
  legal?: LegalAuthorizationSpec;
  verifiedDaysAgo: number;
  description: Full;
  locations: LocationData[];
  contacts?: ContactData[];
};

export type ServiceText = {
  name: string;
  summary: string;
  description: string;
  eligibility: string;
  howToApply: string[];
};

/** T2 presets: what a service asks and shares about immigration status. */
export type SafetyPreset = 'welcoming' | 'programRules' | 'government' | 'workAuthorization' | 'unknown';

export type ServiceTraits = {
  isFree: boolean;
  acceptsWalkIns: boolean;
  appointmentNeeded: boolean;
  interpreterAvailable: boolean;
  offeredOnline: boolean;
  offeredByPhone: boolean;
  ids: IdDocument[];
  safety: SafetyPreset;
};

export type ServiceInstance = {
  org: string;
  /** Indices into the organization's locations; default [0]. [] = phone or online only. */
  at?: number[];
  hours?: HoursPattern;
  fee?: FeeKey;
  languages?: string[];
  /** Default: a recent date derived from the slug. 190–300 = stale, > 400 = hidden. */
  verifiedDaysAgo?: number;
  traits?: Partial<ServiceTraits>;
  /** T3 for this instance when it differs from the organization's (e.g. a partner's lawyer). */
  legal?: LegalAuthorizationSpec;
  /** Shows the renovation alert (phrases.ALERT_RENOVATION). */
  alert?: boolean;
  contacts?: ContactData[];
};

export type ServiceTemplate = {
  slug: string;
  primary: CategorySlug;
  secondary?: CategorySlug;
  text: { en: ServiceText } & Partial<Record<TargetLocale, Partial<ServiceText>>>;
  documents: DocumentKey[];
  fee: FeeKey;
  hours: HoursPattern;
  traits: ServiceTraits;
  instances: ServiceInstance[];
};

// Keys of the shared phrase dictionaries (data/phrases.ts), declared here so that the
// templates type-check against them.
export type DocumentKey =
  | 'photoId'
  | 'proofOfAddress'
  | 'immigrationPapers'
  | 'courtNotice'
  | 'passport'
  | 'i94'
  | 'greenCard'
  | 'dacaApproval'
  | 'tpsNotice'
  | 'childBirthCert'
  | 'childVaccines'
  | 'proofOfIncome'
  | 'taxForms'
  | 'lastTaxReturn'
  | 'taxIds'
  | 'bankAccount'
  | 'lease'
  | 'payRecords'
  | 'employerInfo'
  | 'insuranceCard'
  | 'medicines'
  | 'resume'
  | 'diplomas'
  | 'documentsToTranslate'
  | 'passportPhotos'
  | 'notebook'
  | 'householdInfo'
  | 'businessIdea'
  | 'phoneOrLaptop';

export type FeeKey =
  | 'free'
  | 'freeGovFees'
  | 'slidingScale'
  | 'booksFee'
  | 'paidForms'
  | 'paidTranslation'
  | 'reducedFare'
  | 'freeVaccines'
  | 'trainingGrant'
  | 'freeForPatient'
  | 'smallMembership';

export type EventText = { title: string; summary: string; description: string };

/** When an event happens, relative to the seed's `now` in the city's time zone. */
export type EventWhen = {
  /** Days from today (local), then moved forward to `weekday` if given (1 = Monday). */
  daysFromNow: number;
  weekday?: number;
  /** Monthly events: the nth `weekday` of the month after today instead (1SA, 2WE...). */
  nthOfNextMonth?: number;
  /** "HH:MM" local; omitted for all-day events. */
  start?: string;
  end?: string;
  /** All-day events: number of days, the first and last included. */
  days?: number;
};

export type EventPlace =
  | number // index into the organizing organization's locations
  | { org: string; index: number } // a location of another organization
  | { online: string };

export type EventInstance = {
  slug: string;
  /** Key of EVENT_TEXTS in data/events.ts. */
  text: string;
  org: string;
  at: EventPlace;
  category: CategorySlug;
  when: EventWhen;
  /** RRULE; "{until:N}" becomes the UTC end of the local day N days after the first. */
  recurrence?: string;
  languages: string[];
  cost?: FeeKey;
  registrationRequired?: boolean;
  registrationUrl?: string;
  wheelchairAccessible: boolean;
  noIdNeeded: boolean;
  featured?: boolean;
};
