// The status line's undo: a button naming exactly what z undoes, and the last five in Recent actions.
import type { UndoableAction } from '../../electron/api/undo';
import { MenuButton } from '../menus/MenuButton';

export interface UndoOffer {
  recent: UndoableAction[];
  offered: UndoableAction | null;
  undo: (actionId?: number) => void;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function UndoControls({ offer }: { offer: UndoOffer }) {
  const { recent, offered, undo } = offer;
  if (recent.length === 0) return null;
  return (
    <>
      {offered ? (
        <button type="button" className="undo" onClick={() => undo(offered.actionId)}>
          Undo: {offered.description}
          {offered.actionId === recent[0]?.actionId ? <kbd aria-hidden="true">z</kbd> : null}
        </button>
      ) : null}
      <MenuButton
        label={`Recent actions (${recent.length})`}
        menuName="Recent actions"
        up
        entries={recent.map((entry, index) => ({
          key: String(entry.actionId),
          label: (
            <>
              <span className="visually-hidden">Undo: </span>
              {capitalised(entry.description)}
              {index === 0 ? <kbd aria-hidden="true">z</kbd> : null}
            </>
          ),
          onChoose: () => undo(entry.actionId),
        }))}
      />
    </>
  );
}
