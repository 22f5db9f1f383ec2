import type { Page } from '@playwright/test';
import { PSEUDO_LETTERS } from '../../../lib/i18n/pseudo-text';

// What may stay un-pseudo-localized on an en-XA page. Kept short on purpose: every entry is
// text that is not UI copy. Content (listings from the database) is recognized by its lang
// attribute, names that are never translated (the product, the city) by translate="no".
const ALLOWED = [
  /^en-XA$/, // the language picker names the current pseudo-locale by its code
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b[\s\d,:–-]*(AM|PM)?/, // dates and times formatted by Intl
  /^[\d\s:–-]*(AM|PM)[\s\d:–-]*(AM|PM)?$/, // times formatted by Intl
  /^(https?:\/\/|www\.)\S+$/, // URLs
  /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/, // email addresses
  /^(TTY|ZIP)$/, // abbreviations with no translation
  /^[a-z]{2,3}(-[A-Z][a-z]{3}|-[A-Z]{2})?$/, // language codes (BCP 47) shown next to language names
];

/** Visible text nodes that are neither pseudo-localized nor content carrying its own lang (a textarea's text is its value). */
export async function unpseudoTextOn(page: Page): Promise<string[]> {
  const offenders = await page.evaluate((pseudoLetters) => {
    const pseudo = new RegExp(`[\\[\\]${pseudoLetters}]`, 'u');
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
      const element = node.parentElement;
      if (!text || !element || element.closest('script, style, noscript, template, textarea, [translate="no"]')) continue;
      if (!/[A-Za-z]/.test(text) || pseudo.test(text)) continue;
      const langOwner = element.closest('[lang]');
      if (langOwner && langOwner.getAttribute('lang') !== 'en-XA') continue;
      const visible = element.closest('option') ? !element.closest('select')?.disabled : element.checkVisibility({ visibilityProperty: true });
      if (visible) found.push(text);
    }
    return found;
  }, [...PSEUDO_LETTERS].join(''));
  return [...new Set(offenders.filter((text) => !ALLOWED.some((allowed) => allowed.test(text))))];
}
