'use client';

import { usePathname } from 'next/navigation';

type Option = { code: string; endonym: string; dir: 'ltr' | 'rtl' };

/**
 * A <details> disclosure of plain links, one per language, each written in its own
 * script. It works without JavaScript; the client side only reads the current path so
 * that switching language keeps the visitor on the same page. Each link goes through
 * `/<locale>/language`, which remembers the choice in the visitor's only cookie.
 */
export function LanguagePicker({ current, options, label }: { current: string; options: Option[]; label: string }) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/[^/]+/, '');
  const currentOption = options.find((o) => o.code === current);
  return (
    <details className="relative">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded border border-brand-600 px-3 py-2 font-medium text-brand-800 hover:bg-brand-50">
        <span className="sr-only">{label}: </span>
        <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth={1.8} aria-hidden="true">
          <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm-9-9h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9" />
        </svg>
        <span lang={current}>{currentOption?.endonym ?? current}</span>
      </summary>
      <ul className="absolute end-0 z-20 mt-1 w-56 rounded border border-gray-300 bg-white py-1 shadow-lg">
        {options.map((o) => (
          <li key={o.code}>
            <a
              href={o.code === current ? `/${o.code}${rest}` : `/${current}/language?to=${o.code}&path=${encodeURIComponent(rest)}`}
              hrefLang={o.code}
              lang={o.code}
              dir={o.dir}
              aria-current={o.code === current ? 'true' : undefined}
              className="block min-h-11 px-4 py-2 text-start hover:bg-brand-50 aria-[current]:font-bold"
            >
              {o.endonym}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
