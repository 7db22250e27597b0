// The sign-in page: server-rendered HTML with no script and no inline style, so the strict CSP holds.

export const SIGN_IN_STYLESHEET_PATH = '/sign-in.css'

export interface SignInPageOptions {
  /** Path to return to after signing in (already checked by safeNextPath). */
  next: string
  /** Shown when a wrong token was sent. */
  rejected: boolean
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

export function renderSignInPage(options: SignInPageOptions): string {
  const problem = options.rejected
    ? `<p class="problem" role="alert" id="token-problem">That token is not the dashboard token. Check for a typo, or ask whoever runs Doorboard for the current DASHBOARD_TOKEN (changing it signs everyone out).</p>`
    : ''
  const describedBy = options.rejected ? 'token-help token-problem' : 'token-help'
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<title>Sign in · Doorboard</title>
<link rel="stylesheet" href="${SIGN_IN_STYLESHEET_PATH}">
</head>
<body>
<main>
<h1><span class="mark" aria-hidden="true">D</span> Doorboard</h1>
<p class="lead">This dashboard is reachable from other computers, so it asks for the dashboard token first.</p>
<form method="post" action="/sign-in">
<input type="hidden" name="next" value="${escapeHtml(options.next)}">
<label for="token">Dashboard token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required autofocus maxlength="512" aria-describedby="${describedBy}"${options.rejected ? ' aria-invalid="true"' : ''}>
<p class="help" id="token-help">The value of DASHBOARD_TOKEN on the server. This browser stays signed in for 180 days.</p>
${problem}
<button type="submit">Sign in</button>
</form>
</main>
</body>
</html>
`
}

export const SIGN_IN_STYLESHEET = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; }
body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #f8fafc; color: #0f172a; }
main { width: min(26rem, calc(100vw - 2rem)); background: #fff; border: 1px solid #e2e8f0; border-radius: 0.75rem; padding: 2rem; box-shadow: 0 1px 3px rgb(0 0 0 / 0.08); }
h1 { margin: 0 0 0.75rem; font-size: 1.5rem; display: flex; align-items: center; gap: 0.6rem; }
.mark { display: inline-grid; place-items: center; width: 2rem; height: 2rem; border-radius: 0.45rem; background: #4f46e5; color: #fff; font-size: 1.1rem; }
.lead { margin: 0 0 1.5rem; color: #475569; line-height: 1.5; }
form { display: grid; gap: 0.5rem; }
label { font-weight: 600; }
input[type='password'] { font: inherit; padding: 0.6rem 0.75rem; border: 1px solid #94a3b8; border-radius: 0.5rem; background: #fff; color: inherit; }
input:focus-visible, button:focus-visible { outline: 3px solid #6366f1; outline-offset: 2px; }
input[aria-invalid='true'] { border-color: #dc2626; }
.help { margin: 0; font-size: 0.875rem; color: #64748b; }
.problem { margin: 0.25rem 0 0; padding: 0.6rem 0.75rem; border-radius: 0.5rem; background: #fef2f2; color: #991b1b; border: 1px solid #fecaca; line-height: 1.4; }
button { margin-top: 0.75rem; font: inherit; font-weight: 600; padding: 0.65rem; border: 0; border-radius: 0.5rem; background: #4f46e5; color: #fff; cursor: pointer; }
button:hover { background: #4338ca; }
@media (prefers-color-scheme: dark) {
  body { background: #020617; color: #e2e8f0; }
  main { background: #0f172a; border-color: #1e293b; }
  .lead { color: #94a3b8; }
  .help { color: #94a3b8; }
  input[type='password'] { background: #020617; border-color: #475569; }
  .problem { background: #450a0a; color: #fecaca; border-color: #7f1d1d; }
}
`
