// T3: which listings show the "notario" fraud warning. Legal and citizenship categories (and
// their subcategories) carry `showsFraudWarning`; any listing that states a legal
// authorization is legal help too. Trust data being incomplete never removes the warning.

type CategoryFlags = { showsFraudWarning: boolean; parent?: { showsFraudWarning: boolean } | null };

export function showsFraudWarning(legalAuthorization: string, categories: CategoryFlags[]): boolean {
  return legalAuthorization !== 'not_applicable' || categories.some((c) => c.showsFraudWarning || c.parent?.showsFraudWarning === true);
}
