// The "When" half of the rule form: which items the rule acts on. An unticked group means "any".
import type { Channel, ItemKind, PolicyReasonId } from '../../electron/api/domain';
import type { PolicyReason } from '../../electron/api/policy';
import type { RuleDraft } from './rule-draft';

interface Props {
  draft: RuleDraft;
  change: (next: Partial<RuleDraft>) => void;
  reasons: PolicyReason[];
  channelOptions: { value: Channel; label: string }[];
  kindOptions: { value: ItemKind; label: string }[];
}

function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((entry) => entry !== value);
}

export function RuleConditionFields({ draft, change, reasons, channelOptions, kindOptions }: Props) {
  return (
    <fieldset className="rule-group">
      <legend>When an item arrives that matches all of these</legend>
      <fieldset className="rule-choices">
        <legend>Channel (none ticked: any channel)</legend>
        {channelOptions.map((option) => (
          <label key={option.value}>
            <input
              type="checkbox"
              checked={draft.channels.includes(option.value)}
              onChange={(event) => change({ channels: toggled(draft.channels, option.value, event.target.checked) })}
            />{' '}
            {option.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="rule-choices">
        <legend>Kind (none ticked: any kind)</legend>
        {kindOptions.map((option) => (
          <label key={option.value}>
            <input
              type="checkbox"
              checked={draft.kinds.includes(option.value)}
              onChange={(event) => change({ kinds: toggled(draft.kinds, option.value, event.target.checked) })}
            />{' '}
            {option.label}
          </label>
        ))}
      </fieldset>
      <div className="rule-fields">
        <label htmlFor="rule-words">Words or phrases</label>
        <input
          id="rule-words"
          value={draft.words}
          aria-describedby="rule-words-hint"
          onChange={(event) => change({ words: event.target.value })}
        />
        <p className="field-hint" id="rule-words-hint">
          Any of them, as whole words, capitals or not. Separate them with commas: bitcoin, free trial.
        </p>
        <label htmlFor="rule-link">Links</label>
        <select
          id="rule-link"
          value={draft.link}
          onChange={(event) => change({ link: event.target.value as RuleDraft['link'] })}
        >
          <option value="any">Links or not</option>
          <option value="link">Has a link</option>
          <option value="domains">Has a link to one of these websites</option>
        </select>
        {draft.link === 'domains' ? (
          <>
            <label htmlFor="rule-domains">Websites</label>
            <input
              id="rule-domains"
              value={draft.domains}
              placeholder="cheap-shop.com, example.co.uk"
              onChange={(event) => change({ domains: event.target.value })}
            />
          </>
        ) : null}
      </div>
      <div className="rule-line">
        <label>
          <input
            type="checkbox"
            checked={draft.reasonOn}
            onChange={(event) => change({ reasonOn: event.target.checked })}
          />{' '}
          A reason is suggested
        </label>
        {draft.reasonOn ? (
          <>
            <label>
              <span className="visually-hidden">Suggested reason</span>
              <select
                value={draft.reasonId}
                onChange={(event) => change({ reasonId: event.target.value as PolicyReasonId | 'any' })}
              >
                <option value="any">Any reason</option>
                {reasons.map((reason) => (
                  <option key={reason.id} value={reason.id}>
                    {reason.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span className="visually-hidden">How strongly</span>
              <select
                value={draft.minConfidence}
                onChange={(event) => change({ minConfidence: event.target.value === 'medium' ? 'medium' : 'high' })}
              >
                <option value="high">Strongly suggested</option>
                <option value="medium">Suggested at all</option>
              </select>
            </label>
          </>
        ) : null}
      </div>
      <div className="rule-line">
        <label>
          <input
            type="checkbox"
            checked={draft.strikesOn}
            onChange={(event) => change({ strikesOn: event.target.checked })}
          />{' '}
          The sender has at least this many strikes
        </label>
        {draft.strikesOn ? (
          <label>
            <span className="visually-hidden">Strikes</span>
            <input
              type="number"
              min={1}
              max={100}
              className="narrow"
              value={draft.minStrikes}
              onChange={(event) => change({ minStrikes: event.target.value })}
            />
          </label>
        ) : null}
      </div>
      <div className="rule-line">
        <label>
          <input
            type="checkbox"
            checked={draft.senderBlocked}
            onChange={(event) => change({ senderBlocked: event.target.checked })}
          />{' '}
          The sender is blocked
        </label>
      </div>
      <div className="rule-line">
        <label>
          <input
            type="checkbox"
            checked={draft.outsideOfficeHours}
            onChange={(event) => change({ outsideOfficeHours: event.target.checked })}
          />{' '}
          It arrives outside office hours
        </label>
      </div>
    </fieldset>
  );
}
