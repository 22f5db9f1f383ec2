'use server';
import type { IntakeFormState } from '@/lib/suggestions/form-state';
import { handleIntake } from '@/lib/suggestions/intake';

// Public, no account: anyone may post this (PRODUCT P7). handleIntake does the checks.
export async function submitProblemReportAction(_state: IntakeFormState, formData: FormData): Promise<IntakeFormState> {
  return handleIntake('report', formData);
}
