import { z } from 'zod';
import { checkbox, optional, phone, requiredText, text } from './common';

// A place where a service is given (Location): address, neighborhood, coordinates (optional),
// confidential flag (T6: only neighborhood and phone reach the public), access and phone.

const coordinate = (limit: number) =>
  optional(z.coerce.number({ error: 'number' }).refine(Number.isFinite, { error: 'number' }).min(-limit, { error: 'range' }).max(limit, { error: 'range' }));

export const placeInputSchema = z
  .object({
    name: requiredText(200),
    address1: text(200),
    address2: optional(text(200)),
    city: text(100),
    region: text(100),
    postalCode: z.string().trim().max(10, { error: 'tooLong' }).regex(/^[A-Za-z0-9 -]*$/, { error: 'postalCode' }),
    neighborhood: text(100),
    latitude: coordinate(90),
    longitude: coordinate(180),
    phone: optional(phone),
    isConfidential: checkbox,
    wheelchairAccessible: checkbox,
    accessibilityNotes: text(1_000),
    transitDirections: text(1_000),
  })
  // Coordinates come as a pair; a confidential place needs a neighborhood (all the public sees).
  .superRefine((v, ctx) => {
    if ((v.latitude === null) !== (v.longitude === null)) ctx.addIssue({ code: 'custom', path: [v.latitude === null ? 'latitude' : 'longitude'], message: 'coordinatePair' });
    if (v.isConfidential && !v.neighborhood) ctx.addIssue({ code: 'custom', path: ['neighborhood'], message: 'confidentialNeedsNeighborhood' });
    if (!v.isConfidential && !v.address1) ctx.addIssue({ code: 'custom', path: ['address1'], message: 'required' });
  });
export type PlaceInput = z.output<typeof placeInputSchema>;

export const PLACE_FIELDS = ['name', 'address1', 'address2', 'city', 'region', 'postalCode', 'neighborhood', 'latitude', 'longitude', 'phone', 'isConfidential', 'wheelchairAccessible', 'accessibilityNotes', 'transitDirections'] as const;
export type PlaceFormValues = Record<(typeof PLACE_FIELDS)[number], string>;

export function placeFormToValues(fd: FormData): PlaceFormValues {
  return Object.fromEntries(PLACE_FIELDS.map((k) => [k, typeof fd.get(k) === 'string' ? (fd.get(k) as string) : ''])) as PlaceFormValues;
}
