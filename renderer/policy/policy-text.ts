// The policy document (Markdown) as plain blocks to show: headings, list items and paragraphs.
export type PolicyBlock = { kind: 'heading' | 'item' | 'paragraph'; text: string };

const inline = (text: string) =>
  text
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/\\/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export function policyBlocks(markdown: string): PolicyBlock[] {
  const blocks: PolicyBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    const text = inline(paragraph.join(' '));
    if (text) blocks.push({ kind: 'paragraph', text });
    paragraph = [];
  };
  for (const line of markdown.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') flush();
    else if (/^#{1,6}\s/.test(trimmed)) {
      flush();
      blocks.push({ kind: 'heading', text: inline(trimmed.replace(/^#+\s*/, '')) });
    } else if (/^[-*]\s/.test(trimmed)) {
      flush();
      blocks.push({ kind: 'item', text: inline(trimmed.slice(2)) });
    } else if (/^\*\*[^*]+\*\*\.?$/.test(trimmed) && paragraph.length === 0) {
      blocks.push({ kind: 'heading', text: inline(trimmed) });
    } else paragraph.push(trimmed);
  }
  flush();
  return blocks;
}
