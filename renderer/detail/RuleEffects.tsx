// What automation rules did to this item, each with its Undo; a drafted reply is shown for the clerk to review.
import type { RuleEffectView } from '../../electron/api/rules';
import { exactTime } from '../format/relative-time';

interface Props {
  effects: RuleEffectView[];
  onUndo: (actionId: number) => void;
  /** Opens the reply composer with this canned reply, filled in for the item as the rule drafted it. */
  onReview: (templateId: number) => void;
}

export function RuleEffects({ effects, onUndo, onReview }: Props) {
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
            {effect.draft ? <DraftedReply draft={effect.draft} onReview={onReview} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function DraftedReply({
  draft,
  onReview,
}: {
  draft: NonNullable<RuleEffectView['draft']>;
  onReview: Props['onReview'];
}) {
  const { templateId } = draft;
  return (
    <details open>
      <summary>Reply drafted for you to review: {draft.templateName}</summary>
      <p className="draft-reply">{draft.text}</p>
      <p className="muted">
        Nothing has been sent.{' '}
        {templateId !== null ? (
          <button type="button" onClick={() => onReview(templateId)}>
            Review and send…
          </button>
        ) : (
          'Its canned reply has been deleted: use Reply to send one like it.'
        )}
      </p>
    </details>
  );
}
