// One line of an item for the queue: the subject of an email, then its text, whitespace collapsed.
export function excerpt(text: string, subject: string | null, maxLength = 240): string {
  const body = text.replace(/^>.*$/gm, '').replace(/\s+/g, ' ').trim();
  const line = subject ? `${subject} — ${body}` : body;
  return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line;
}
