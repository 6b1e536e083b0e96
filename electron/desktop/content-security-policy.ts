// The one Content-Security-Policy for the renderer, in the desktop window and in browser mode alike.
import { emailFrameStyleHash } from '../api/email-frame';

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // An email is shown in a srcdoc frame, which inherits this policy: its one stylesheet is allowed by hash.
  `style-src 'self' ${emailFrameStyleHash}`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  // The email frame is srcdoc, which frame-src does not govern; no frame may load or navigate to anything.
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
