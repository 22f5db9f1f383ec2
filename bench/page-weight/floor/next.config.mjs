import { fileURLToPath } from 'node:url';

// Built in bench/.out/floor with the project's node_modules: the project is the root, not
// bench/ (whose package-lock.json holds the benchmark tools).
const root = fileURLToPath(new URL('../../..', import.meta.url));

export default { turbopack: { root }, outputFileTracingRoot: root };
