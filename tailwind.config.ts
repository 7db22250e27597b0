// Theme extensions for Tailwind v4, loaded from src/index.css with @config.
import type { Config } from 'tailwindcss'

export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  darkMode: 'media',
  theme: {
    extend: {
      fontFamily: {
        sans: ['Inter', 'system-ui', 'DejaVu Sans', 'sans-serif'],
        mono: ['ui-monospace', 'DejaVu Sans Mono', 'monospace'],
      },
    },
  },
} satisfies Config
