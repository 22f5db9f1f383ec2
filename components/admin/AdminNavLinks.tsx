'use client';
import { usePathname } from 'next/navigation';

/** The admin menu; marks the current page for screen readers (aria-current). */
export function AdminNavLinks({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const current = items.filter((i) => pathname === i.href || pathname.startsWith(`${i.href}/`)).sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-2">
      {items.map((item) => (
        <li key={item.href}>
          <a
            href={item.href}
            aria-current={item === current ? 'page' : undefined}
            className="inline-block rounded px-1 py-1 text-blue-900 underline-offset-4 hover:underline focus:outline-2 focus:outline-offset-2 focus:outline-blue-700 aria-[current=page]:font-bold aria-[current=page]:underline"
          >
            {item.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
