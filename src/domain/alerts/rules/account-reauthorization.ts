// Reauthorization requested: still connected, but it will disconnect if nobody signs in again.
import { pairedRule } from './paired-rule'

export const accountReauthorizationAlerts = pairedRule({
  rule: 'account_reauthorization_requested',
  opens: { 'connected_account.reauthorization_requested': 'warning' },
  closes: {
    'connected_account.connected': 'account connected again',
    'connected_account.successful_login': 'account signed in again',
    'connect_webview.login_succeeded': 'account signed in again through Connect Webview',
    'connected_account.deleted': 'account was deleted',
  },
  title: (subject) => `Account '${subject.name}' needs reauthorization`,
})
