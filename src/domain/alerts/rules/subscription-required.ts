// Subscription required: the provider stopped serving the device until someone pays.
import { pairedRule } from './paired-rule'

export const subscriptionRequiredAlerts = pairedRule({
  rule: 'subscription_required',
  opens: { 'device.error.subscription_required': 'warning' },
  closes: { 'device.error.subscription_required.resolved': 'subscription no longer required' },
  title: (subject) => `${subject.name} needs a provider subscription`,
})
