import 'server-only';
import { cache } from 'react';
import { db } from '../db';
import { cachedPublicRead } from './public-cache';

export type PublicSettings = {
  cityName: string;
  timezone: string;
  enabledLocales: string[];
  emergencyPhone: string;
  cityServicesPhone: string;
  liaisonName: string;
  liaisonPhone: string;
  liaisonEmail: string;
  isDemoData: boolean;
  verifyHideAfterDays: number;
};

const FALLBACK: PublicSettings = {
  cityName: 'Welcome Desk',
  timezone: 'America/New_York',
  enabledLocales: ['en'],
  emergencyPhone: '911',
  cityServicesPhone: '311',
  liaisonName: '',
  liaisonPhone: '',
  liaisonEmail: '',
  isDemoData: false,
  verifyHideAfterDays: 365,
};

/** Settings every public page needs; read once per request, kept between requests (ADR 018). */
export const getPublicSettings = cache(async (): Promise<PublicSettings> => {
  const row = await cachedPublicRead('settings', () => db.settings.findUnique({
    where: { id: 1 },
    select: {
      cityName: true, timezone: true, enabledLocales: true, emergencyPhone: true, cityServicesPhone: true,
      liaisonName: true, liaisonPhone: true, liaisonEmail: true, isDemoData: true, verifyHideAfterDays: true,
    },
  }));
  return row ?? FALLBACK;
});
