// A small, recognisable mark per channel (drawn here: no remote images, no icon fonts).
import type { Channel } from '../../electron/api/domain';

const paths: Record<Channel, string> = {
  facebook: 'M14 8h-2a1 1 0 0 0-1 1v2h3l-.5 3H11v7H8v-7H6v-3h2V8.5A3.5 3.5 0 0 1 11.5 5H14z',
  x: 'M6 5h3.2l3.3 4.6L16.4 5H18l-4.8 5.7L18.5 19h-3.2l-3.6-5-4.2 5H6l5.1-6z',
  email: 'M4 7h16v10H4zM4 7l8 6 8-6',
  website: 'M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16zM4 12h16M12 4c2.5 2.5 2.5 13.5 0 16M12 4c-2.5 2.5-2.5 13.5 0 16',
  sms: 'M5 6h14v9H10l-4 3v-3H5z',
};

export function ChannelIcon({ channel }: { channel: Channel }) {
  const filled = channel === 'facebook' || channel === 'x';
  return (
    <svg
      className={`channel-icon channel-${channel}`}
      viewBox="0 0 24 24"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={paths[channel]}
        fill={filled ? 'currentColor' : 'none'}
        stroke={filled ? 'none' : 'currentColor'}
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
    </svg>
  );
}
