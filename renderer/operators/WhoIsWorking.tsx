// Asked when the app opens: who is working (the last choice first, one click).
import type { OperatorsView } from '../../electron/api/operators';
import { Modal } from '../dialogs/Modal';
import { ErrorAlert } from '../ErrorAlert';

const roleNames = { clerk: 'Clerk', deputy: 'Deputy Clerk' } as const;

export function WhoIsWorking({
  view,
  error,
  onChoose,
}: {
  view: OperatorsView;
  error: string | null;
  onChoose: (id: number) => void;
}) {
  const ordered = [...view.operators].sort((a, b) => Number(b.id === view.lastId) - Number(a.id === view.lastId));
  return (
    <Modal labelledBy="who-title">
      <h2 id="who-title">Who is working?</h2>
      <p>Everything you do is recorded under your name.</p>
      <ErrorAlert message={error} />
      <div className="operator-choices">
        {ordered.map((operator, index) => (
          <button
            type="button"
            key={operator.id}
            className={index === 0 ? 'primary' : undefined}
            data-autofocus={index === 0 ? true : undefined}
            onClick={() => onChoose(operator.id)}
          >
            {operator.name} <span className="muted">({roleNames[operator.role]})</span>
          </button>
        ))}
      </div>
    </Modal>
  );
}

export { roleNames };
