// The council's details as the setup and Settings ask for them, each with one plain sentence.
import type { SettingsField } from '../policy/PolicySettingsForm';

export const councilFields: SettingsField[] = [
  {
    key: 'councilName',
    label: 'Council name',
    type: 'text',
    hint: 'As residents know it, for example "Ashcombe Parish Council"; it heads the console and every export.',
  },
  {
    key: 'councilAddress',
    label: 'Council address',
    type: 'textarea',
    hint: 'The postal address of the council or the clerk, as it appears on the council’s letters.',
  },
];

export const contactFields: SettingsField[] = [
  {
    key: 'policyUrl',
    label: 'Policy web address',
    type: 'url',
    hint: 'Where residents can read the policy on the council’s website; the "please read our policy" reply links to it.',
  },
  {
    key: 'clerkEmail',
    label: 'Clerk email',
    type: 'email',
    hint: 'Where replies tell residents to write to the clerk.',
  },
  {
    key: 'complaintsAddress',
    label: 'Complaints address',
    type: 'textarea',
    hint: 'Where a formal complaint is sent by post; the reply for an alleged breach gives it.',
  },
  {
    key: 'complaintsEmail',
    label: 'Complaints email',
    type: 'email',
    hint: 'Where a formal complaint is sent by email (it may be the clerk’s).',
  },
  {
    key: 'consentFormUrl',
    label: 'Data consent form address',
    type: 'url',
    hint: 'The web address of the form a resident fills in to let the council pass on their details (optional).',
  },
];
