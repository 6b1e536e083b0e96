// What automation rules did to this item, each with its Undo; a drafted reply is shown for the clerk to review.
import type { RuleEffectView } from '../../electron/api/rules';
import { exactTime } from '../format/relative-time';

export function RuleEffects({ effects, onUndo }: { effects: RuleEffectView[]; onUndo: (actionId: number) => void }) {
  if (effects.length === 0) return null;
  return (
    <section className="rule-effects" aria-label="Done by rules">
      <h3>Done by rules</h3>
      <ul>
        {effects.map((effect) => (
          <li key={effect.actionId}>
            <p>
              By rule “{effect.ruleName}”, <time dateTime={effect.at}>{exactTime(effect.at)}</time>
              {effect.done.length > 0 ? `: ${effect.done.join('; ')}` : ''}{' '}
              <button
                type="button"
                className="secondary"
                aria-label={`Undo what rule ${effect.ruleName} did`}
                onClick={() => onUndo(effect.actionId)}
              >
                Undo
              </button>
            </p>
            {effect.draft ? (
              <details open>
                <summary>Reply drafted for you to review: {effect.draft.templateName}</summary>
                <p className="draft-reply">{effect.draft.text}</p>
                <p className="muted">Nothing has been sent. Use Reply to send it as it is or changed.</p>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
