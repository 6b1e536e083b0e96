// The refusal grounds are plain data the renderer's picker needs too, so they live in api/.
export * from '../api/refusal-grounds';
