// The first-run setup: the council, its clerk and deputy, its policy and contacts, its address book; then a channel.
import { useState } from 'react';
import type { PolicySettings, PolicyView } from '../../electron/api/policy';
import { setupSteps, type SetupStep, type SetupView } from '../../electron/api/setup';
import { AddressBookForm } from '../policy/AddressBookForm';
import { OperatorsForm } from '../policy/OperatorsForm';
import { PolicySettingsForm } from '../policy/PolicySettingsForm';
import { PolicyTextForm } from './PolicyTextForm';
import { TryDemoButton } from './TryDemoButton';
import { contactFields, councilFields } from './setup-fields';

const stepNames: Record<SetupStep | 'finish', string> = {
  council: 'Your council',
  people: 'Clerk and deputy',
  policy: 'Your policy',
  contacts: 'Policy and contact addresses',
  'address-book': 'Address book',
  finish: 'Start',
};
const order = [...setupSteps, 'finish'] as const;
type Shown = (typeof order)[number];

interface Props {
  policy: PolicyView;
  setup: SetupView;
  onSavePolicy: (settings: PolicySettings) => Promise<string | null>;
  onPolicyTextSaved: () => void;
  onProgress: (change: { step?: SetupStep; finished?: boolean }) => Promise<string | null>;
  onFinishLater: () => void;
  onConnectChannel: () => void;
  say: (message: string) => void;
}

export function FirstRunSetup(props: Props) {
  const { policy, setup, onSavePolicy, onProgress, say } = props;
  // Carries on at the first step not yet done.
  const [shown, setShown] = useState<Shown>(
    () => order.find((step) => !setup.stepsDone.includes(step as SetupStep)) ?? 'finish',
  );
  const done = async (step: SetupStep) => {
    const error = await onProgress({ step });
    if (error) return say(error);
    setShown(order[order.indexOf(step) + 1] ?? 'finish');
  };
  const saveThen = (step: SetupStep) => async (settings: PolicySettings) => {
    const error = await onSavePolicy(settings);
    if (!error) await done(step);
    return error;
  };

  return (
    <section className="page setup" aria-labelledby="setup-title">
      <h2 id="setup-title">Set up the console for your council</h2>
      <p className="muted">
        About ten minutes. Each step is saved as you go: you can stop and carry on next time, and change all of it later
        under Settings.
      </p>
      <nav aria-label="Setup steps">
        <ol className="setup-steps">
          {order.map((step, index) => (
            <li key={step}>
              <button
                type="button"
                className="link-like"
                aria-current={shown === step ? 'step' : undefined}
                onClick={() => setShown(step)}
              >
                {index + 1}. {stepNames[step]}
                {setup.stepsDone.includes(step as SetupStep) ? <span className="muted"> (done)</span> : null}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <h3>{stepNames[shown]}</h3>
      {shown === 'council' ? (
        <PolicySettingsForm
          settings={policy.settings}
          fields={councilFields}
          name="Your council"
          submitLabel="Save and continue"
          onSave={saveThen('council')}
        />
      ) : shown === 'people' ? (
        <>
          <p>Who works in the console: their names show in the record, their signatures under email replies.</p>
          <OperatorsForm say={say} />
          <p>
            <button type="button" className="primary" onClick={() => void done('people')}>
              Continue
            </button>
          </p>
        </>
      ) : shown === 'policy' ? (
        <>
          <p>
            The council’s own Social Media Policy, as agreed. The console comes with West End Parish Council’s policy as
            an example only; it is not yours and is never used as yours.
          </p>
          <PolicyTextForm
            policy={policy}
            onSaveSettings={onSavePolicy}
            submitLabel="Save and continue"
            onSaved={() => {
              props.onPolicyTextSaved();
              void done('policy');
            }}
          />
        </>
      ) : shown === 'contacts' ? (
        <PolicySettingsForm
          settings={policy.settings}
          fields={contactFields}
          name="Policy and contact addresses"
          submitLabel="Save and continue"
          onSave={saveThen('contacts')}
        />
      ) : shown === 'address-book' ? (
        <>
          <p>Councillors and agencies the clerk may forward an item to (you can add them later too).</p>
          <AddressBookForm />
          <p>
            <button type="button" className="primary" onClick={() => void done('address-book')}>
              Continue
            </button>
          </p>
        </>
      ) : (
        <>
          <p>The council is set up. Connect the council’s first channel, or look round the demo parish first.</p>
          <p className="row-buttons">
            <button
              type="button"
              className="primary"
              onClick={() => void onProgress({ finished: true }).then(props.onConnectChannel)}
            >
              Connect a channel
            </button>
            <TryDemoButton say={say} />
          </p>
          <p className="muted">
            The demo parish (Ashcombe, 177 made-up messages) opens in front of your council’s record and none of it
            enters it; “Back to your council” at the top of the demo brings you back to the setup, where you left it.
          </p>
        </>
      )}
      <p>
        <button type="button" className="secondary" onClick={props.onFinishLater}>
          Finish later
        </button>
      </p>
    </section>
  );
}
