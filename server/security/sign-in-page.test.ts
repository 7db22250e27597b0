import { describe, expect, it } from 'vitest'
import { renderSignInPage } from './sign-in-page'

describe('renderSignInPage', () => {
  it('escapes the return path, so a crafted link cannot inject markup', () => {
    const html = renderSignInPage({ next: '/x"><script>alert(1)</script>', rejected: false })
    expect(html).not.toContain('<script>')
    expect(html).toContain('value="/x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"')
  })

  it('says in words that the token was wrong, tied to the field for screen readers', () => {
    const html = renderSignInPage({ next: '/', rejected: true })
    expect(html).toContain('role="alert" id="token-problem"')
    expect(html).toContain('aria-describedby="token-help token-problem"')
    expect(html).toContain('aria-invalid="true"')
    expect(renderSignInPage({ next: '/', rejected: false })).not.toContain('role="alert"')
  })
})
