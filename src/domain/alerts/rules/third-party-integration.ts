// Third-party integration detected: another integration may override codes and lock commands.
import { pairedRule } from './paired-rule'

export const thirdPartyIntegrationAlerts = pairedRule({
  rule: 'third_party_integration',
  opens: { 'device.third_party_integration_detected': 'warning' },
  closes: {
    'device.third_party_integration_no_longer_detected':
      'third-party integration no longer detected',
  },
  title: (subject) => `${subject.name}: third-party integration detected`,
})
