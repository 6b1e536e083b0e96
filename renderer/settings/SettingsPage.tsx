// Settings: the council, its people, its policy, the address book, the channels and the backup, in one place.
import type { PolicySettings, PolicyView } from '../../electron/api/policy';
import { TryDemoButton } from '../setup/TryDemoButton';
import { AddressBookForm } from '../policy/AddressBookForm';
import { OperatorsForm } from '../policy/OperatorsForm';
import { PolicySettingsForm } from '../policy/PolicySettingsForm';
import { PolicyTextForm } from '../setup/PolicyTextForm';
import { contactFields, councilFields } from '../setup/setup-fields';
import { BackupPage } from './BackupPage';
import { ChannelsPage } from './ChannelsPage';

export const settingsSections = [
  { id: 'council', name: 'Council' },
  { id: 'people', name: 'People' },
  { id: 'policy', name: 'Policy import' },
  { id: 'address-book', name: 'Address book' },
  { id: 'channels', name: 'Channels' },
  { id: 'backup', name: 'Backup' },
] as const;
export type SettingsSection = (typeof settingsSections)[number]['id'];

interface Props {
  policy: PolicyView | null;
  section: SettingsSection;
  onSection: (section: SettingsSection) => void;
  onSavePolicy: (settings: PolicySettings) => Promise<string | null>;
  onPolicyTextSaved: () => void;
  say: (message: string) => void;
  /** A council's own console can open the demo parish in front of it (not the demo itself, nor a sample). */
  demoAvailable: boolean;
}

export function SettingsPage(props: Props) {
  const { policy, section, onSection, onSavePolicy, onPolicyTextSaved, say, demoAvailable } = props;
  return (
    <div className="settings">
      <nav aria-label="Settings" className="settings-nav">
        {settingsSections.map((entry) => (
          <button
            type="button"
            key={entry.id}
            aria-current={section === entry.id ? 'page' : undefined}
            onClick={() => onSection(entry.id)}
          >
            {entry.name}
          </button>
        ))}
      </nav>
      {section === 'channels' ? (
        <ChannelsPage say={say} />
      ) : section === 'backup' ? (
        <BackupPage say={say} />
      ) : (
        <div className="page">
          {section === 'council' && policy ? (
            <section>
              <h2>Council</h2>
              <PolicySettingsForm
                key={`council-${policy.settings.councilName}`}
                settings={policy.settings}
                fields={[...councilFields, ...contactFields]}
                name="Council"
                onSave={onSavePolicy}
              />
              {demoAvailable ? (
                <>
                  <h3>The demo parish</h3>
                  <p className="muted">
                    Ashcombe’s 177 made-up messages, to try things on: they open in front of the council’s record and
                    none of them enters it. The council’s channels go on syncing meanwhile.
                  </p>
                  <p>
                    <TryDemoButton say={say} />
                  </p>
                </>
              ) : null}
            </section>
          ) : section === 'people' ? (
            <section>
              <h2>People</h2>
              <p className="muted">The clerk and the deputy clerk: names, email addresses and email signatures.</p>
              <OperatorsForm say={say} />
            </section>
          ) : section === 'policy' && policy ? (
            <section>
              <h2>Policy import</h2>
              <p className="muted">
                The council’s own Social Media Policy, pasted or imported from a Word, PDF, Markdown or text file.
              </p>
              <PolicyTextForm policy={policy} onSaveSettings={onSavePolicy} onSaved={onPolicyTextSaved} />
            </section>
          ) : section === 'address-book' ? (
            <section>
              <h2>Address book</h2>
              <p>Councillors and agencies the clerk may forward an item to.</p>
              <AddressBookForm />
            </section>
          ) : null}
        </div>
      )}
    </div>
  );
}
