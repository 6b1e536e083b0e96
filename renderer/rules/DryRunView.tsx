// What the rule would have matched over the last 30 days, kept up to date as the conditions change.
import type { DryRunResult } from '../../electron/api/rules';
import { itemKindName } from '../../electron/api/channel-words';
import { exactTime } from '../format/relative-time';

export function DryRunView({ state }: { state: { result: DryRunResult | null; problem: string | null } | null }) {
  return (
    <section className="dry-run" aria-label="Tried on the last 30 days" aria-live="polite">
      <h3>Tried on the last 30 days</h3>
      {state === null ? (
        <p className="muted">Choose a condition to see which items it would have matched.</p>
      ) : state.problem ? (
        <p className="alert">{state.problem}</p>
      ) : state.result ? (
        <>
          <p>
            <strong>
              Would have matched {state.result.matched.toLocaleString('en-GB')} item
              {state.result.matched === 1 ? '' : 's'}
            </strong>{' '}
            of {state.result.looked.toLocaleString('en-GB')} received in the last {state.result.days} days.
          </p>
          {state.result.examples.length > 0 ? (
            <ul className="dry-run-examples">
              {state.result.examples.map((example) => (
                <li key={example.itemId}>
                  {itemKindName(example.channel, example.kind)} from {example.authorName},{' '}
                  <time dateTime={example.receivedAt}>{exactTime(example.receivedAt)}</time>: “{example.excerpt}”
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
