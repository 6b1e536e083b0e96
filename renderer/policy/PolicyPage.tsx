// The policy in the app: its text, its eight removal reasons, its settings, and each account's removal settings.
import policyMarkdown from '../../assets/policy/social-media-policy.md?raw';
import type { AccountSummary } from '../../electron/api/contract';
import type { PolicySettings, PolicyView } from '../../electron/api/policy';
import { policyBlocks } from './policy-text';
import { PolicySettingsForm } from './PolicySettingsForm';
import { RepeatOffendersForm } from './RepeatOffendersForm';
import { AddressBookForm } from './AddressBookForm';
import { OperatorsForm } from './OperatorsForm';
import { LearnedDecisions } from './LearnedDecisions';

const responses = {
  ignore: 'Ignore',
  'inform-of-policy': 'Inform of policy',
  'brief-response': 'Brief response',
} as const;
const exampleBlocks = policyBlocks(policyMarkdown);

interface Props {
  policy: PolicyView;
  accounts: AccountSummary[];
  onSave: (settings: PolicySettings) => Promise<string | null>;
  onSaveRepeatOffenders: (rule: PolicyView['repeatOffenders']) => Promise<string | null>;
  onAccountChange: (
    accountId: number,
    change: { removalNotice?: boolean; facebookRemoval?: 'hide' | 'delete' },
  ) => void;
  say: (message: string) => void;
}

export function PolicyPage({ policy, accounts, onSave, onSaveRepeatOffenders, onAccountChange, say }: Props) {
  const own = policy.councilPolicy;
  const blocks = own ? policyBlocks(own.markdown) : exampleBlocks;
  return (
    <div className="page">
      <section>
        <h2>Policy settings</h2>
        <p className="muted">
          The policy document leaves its version and dates blank; every removal records the version it was made under.
        </p>
        <PolicySettingsForm settings={policy.settings} onSave={onSave} />
      </section>
      <section>
        <h2>Clerk and deputy</h2>
        <OperatorsForm say={say} />
      </section>
      <section>
        <h2>Address book</h2>
        <p>
          Councillors and agencies the clerk may forward an item to. Personal data is redacted unless the person&apos;s
          data consent form is recorded as received.
        </p>
        <AddressBookForm />
      </section>
      <section>
        <h2>Repeat offenders</h2>
        <RepeatOffendersForm rule={policy.repeatOffenders} onSave={onSaveRepeatOffenders} />
      </section>
      <section>
        <h2>Learning from your decisions</h2>
        <LearnedDecisions say={say} />
      </section>
      <section>
        <h2>Removal reasons</h2>
        <table className="plain" aria-label="Removal reasons">
          <thead>
            <tr>
              <th>Key</th>
              <th>The policy&apos;s words</th>
              <th>Button</th>
              <th>Usual response</th>
              <th>Removal notice</th>
            </tr>
          </thead>
          <tbody>
            {policy.reasons.map((reason) => (
              <tr key={reason.id}>
                <td>
                  <kbd>{reason.key}</kbd>
                </td>
                <td>{reason.wording}</td>
                <td>{reason.label}</td>
                <td>{responses[reason.defaultResponse]}</td>
                <td>{reason.removalNotice ? 'Yes' : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {accounts.length > 0 ? (
        <section>
          <h2>Removal on each account</h2>
          <table className="plain" aria-label="Account removal settings">
            <tbody>
              {accounts.map((account) => (
                <tr key={account.id}>
                  <td>{account.name}</td>
                  <td>
                    <label>
                      <input
                        type="checkbox"
                        checked={account.removalNotice}
                        onChange={(event) => onAccountChange(account.id, { removalNotice: event.target.checked })}
                      />{' '}
                      Post the removal notice by default
                    </label>
                  </td>
                  <td>
                    {account.channel === 'facebook' ? (
                      <select
                        aria-label={`${account.name}: remove by`}
                        value={account.facebookRemoval}
                        onChange={(event) =>
                          onAccountChange(account.id, { facebookRemoval: event.target.value as 'hide' | 'delete' })
                        }
                      >
                        <option value="hide">Hide the comment (can be restored)</option>
                        <option value="delete">Delete the comment (final)</option>
                      </select>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <section className="policy-text" aria-labelledby="policy-text-title">
        <h2 id="policy-text-title">
          {own ? 'The council’s policy' : 'Social Media and Electronic Communication Policy'}
        </h2>
        {own ? null : (
          <p role="note" className="banner warn">
            This is an example only: West End Parish Council’s policy, shipped with the console. It is not this
            council’s policy. Paste or import yours under Settings → Policy import.
          </p>
        )}
        {blocks.map((block, index) =>
          block.kind === 'heading' ? (
            <h3 key={index}>{block.text}</h3>
          ) : block.kind === 'item' ? (
            <p key={index}>• {block.text}</p>
          ) : (
            <p key={index}>{block.text}</p>
          ),
        )}
      </section>
    </div>
  );
}
