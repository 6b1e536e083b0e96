// The two IPC channels between the window and the main process; nothing else crosses.
export const invokeChannel = 'console:invoke';
export const eventChannel = 'console:event';
/** The renderer's origin under the custom protocol. */
export const appOrigin = 'app://console';
export const appEntry = `${appOrigin}/index.html`;
