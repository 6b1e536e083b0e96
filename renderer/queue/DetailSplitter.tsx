// The handle between the queue and the detail pane: drag it, or focus it and use the arrow keys
// (Home and End for narrowest and widest, Enter to collapse or bring back the pane).
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { narrowest, widestDetail } from '../hooks/use-detail-width';

interface Props {
  width: number;
  collapsed: boolean;
  /** The element whose --detail-width follows a drag, before the width is kept at the end. */
  workspace: React.RefObject<HTMLDivElement | null>;
  onWidth: (width: number) => void;
  onCollapse: (collapsed: boolean) => void;
}

const step = 32;

export function DetailSplitter({ width, collapsed, workspace, onWidth, onCollapse }: Props) {
  const drag = useRef<{ startX: number; startWidth: number; width: number } | null>(null);
  const widest = widestDetail(window.innerWidth);

  const onKeyDown = (event: KeyboardEvent) => {
    const next =
      event.key === 'ArrowLeft'
        ? width + step
        : event.key === 'ArrowRight'
          ? width - step
          : event.key === 'Home'
            ? narrowest
            : event.key === 'End'
              ? widest
              : null;
    if (event.key === 'Enter') onCollapse(!collapsed);
    else if (next !== null) {
      if (collapsed) onCollapse(false);
      else onWidth(next);
    } else return;
    event.preventDefault();
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (collapsed) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, startWidth: width, width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    // Drawn straight onto the layout while dragging: no React render per mouse move.
    const next = Math.min(widest, Math.max(narrowest, drag.current.startWidth + drag.current.startX - event.clientX));
    drag.current.width = next;
    workspace.current?.style.setProperty('--detail-width', `${next}px`);
  };
  const onPointerUp = () => {
    if (drag.current) onWidth(drag.current.width);
    drag.current = null;
  };

  return (
    <div
      className="detail-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="Width of the detail pane"
      aria-controls="item-detail"
      aria-valuemin={0}
      aria-valuemax={widest}
      aria-valuenow={collapsed ? 0 : width}
      aria-valuetext={collapsed ? 'Detail pane hidden' : `Detail pane ${width} pixels wide`}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onDoubleClick={() => onCollapse(!collapsed)}
    />
  );
}
