// Who is working, always in view but small: one menu to switch operator or leave a note for the other.
import { useState } from 'react';
import type { OperatorsView, OperatorView } from '../../electron/api/operators';
import { MenuButton } from '../menus/MenuButton';
import { HandoverNoteDialog } from './HandoverNoteDialog';
import { roleNames } from './WhoIsWorking';

interface Props {
  view: OperatorsView;
  current: OperatorView;
  onSwitch: (id: number) => void;
  say: (message: string) => void;
}

export function OperatorBar({ view, current, onSwitch, say }: Props) {
  const others = view.operators.filter((operator) => operator.id !== current.id);
  const [noteFor, setNoteFor] = useState<OperatorView | null>(null);
  const entries = others.flatMap((operator) => [
    { key: `switch-${operator.id}`, label: `Switch to ${operator.name}`, onChoose: () => onSwitch(operator.id) },
    { key: `note-${operator.id}`, label: `Note for ${operator.name}…`, onChoose: () => setNoteFor(operator) },
  ]);
  return (
    <div className="operator-bar" aria-label="Who is working" role="group">
      <MenuButton
        label={
          <>
            {current.name} <span className="role">({roleNames[current.role]})</span> <span aria-hidden="true">▾</span>
          </>
        }
        name={`Working: ${current.name} (${roleNames[current.role]})`}
        menuName="Operator"
        entries={entries}
      />
      {noteFor ? (
        <HandoverNoteDialog
          to={noteFor}
          onClose={() => setNoteFor(null)}
          onSent={() => {
            say(`Note left for ${noteFor.name}.`);
            setNoteFor(null);
          }}
        />
      ) : null}
    </div>
  );
}
