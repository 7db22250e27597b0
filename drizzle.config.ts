// drizzle-kit: `npx drizzle-kit generate` writes a new versioned migration after a schema change.
import { defineConfig } from 'drizzle-kit'

export default defineConfig({
  dialect: 'postgresql',
  schema: './server/store/schema.ts',
  out: './server/store/migrations',
})
