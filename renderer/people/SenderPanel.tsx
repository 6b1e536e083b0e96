// Loads the selected item's sender history and keeps it current as the clerk acts.
import type { PersonHistory } from '../../electron/api/people';
import { usePerson } from '../hooks/use-person';
import { SenderHistory } from './SenderHistory';
import { ErrorAlert } from '../ErrorAlert';

interface Props {
  personId: number;
  /** Changes whenever the selected item does (a removal adds a strike, for instance). */
  version: unknown;
  onShowAll: (person: PersonHistory) => void;
  onChanged: (message: string, itemsMoved: boolean) => void;
}

export function SenderPanel({ personId, version, onShowAll, onChanged }: Props) {
  const { person, error, show } = usePerson(personId, version);
  if (error) {
    return <ErrorAlert message={error} />;
  }
  if (!person) return <p className="muted">Loading the sender&apos;s history…</p>;
  return (
    <SenderHistory
      person={person}
      onShowAll={() => onShowAll(person)}
      onChanged={(next, message, itemsMoved) => {
        show(next);
        onChanged(message, itemsMoved ?? false);
      }}
    />
  );
}
