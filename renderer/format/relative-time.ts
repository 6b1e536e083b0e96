// The old names of the renderer's time formatting, kept so the views need no edit; all of it is UK time now
// (electron/api/uk-time), whatever the browser's own zone. New code imports uk-time directly.
export { relativeTime, ukDateTime as exactTime, ukLongDate as longDay } from '../../electron/api/uk-time';
