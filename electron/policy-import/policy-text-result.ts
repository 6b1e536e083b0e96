// What reading one policy file gives: its text as Markdown, or why it could not be read and what to do instead.

export type PolicyFormat = 'docx' | 'pdf' | 'markdown' | 'text';

/** Why a file could not be used; each comes with a sentence a clerk can act on. */
export type PolicyImportProblem = 'too-large' | 'not-supported' | 'unreadable' | 'encrypted' | 'no-text' | 'too-long';

export type PolicyText =
  { ok: true; markdown: string; format: PolicyFormat } | { ok: false; problem: PolicyImportProblem; message: string };

export const importFailure = (problem: PolicyImportProblem, message: string): PolicyText => ({
  ok: false,
  problem,
  message,
});
