import type { ReactNode } from 'react';

// The framework floor (bench/page-weight): the smallest App Router page Next.js builds,
// a server component with no client code, built with the project's own next and react.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
