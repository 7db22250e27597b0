// Mounts the app into index.html's #root.
import './lib/zod-without-eval'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import './index.css'

const root = document.getElementById('root')
if (root === null)
  throw new Error('index.html has no element with id "root" to mount Doorboard in.')

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
