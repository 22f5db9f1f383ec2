// Rendered per request like the site's pages (they all read the database).
export const dynamic = 'force-dynamic';

export default function Page() {
  return (
    <main>
      <h1>Hello</h1>
      <p>The bare Next.js App Router page the benchmark compares the site's pages with.</p>
    </main>
  );
}
