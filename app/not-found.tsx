// Reached only for paths outside every locale (the proxy prefixes all others).
export default function RootNotFound() {
  return (
    <html lang="en">
      <body className="p-8 font-sans">
        <main>
          <h1>Page not found</h1>
          <p>
            <a href="/">Go to the home page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
