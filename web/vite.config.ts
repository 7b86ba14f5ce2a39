// Builds the explorer into dist/web, with relative asset paths so any server
// (newsgraph serve, a static host) can serve it from any folder.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    sourcemap: true,
  },
  worker: { format: "es" },
});
