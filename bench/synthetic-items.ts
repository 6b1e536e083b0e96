// 100,000 believable items made from the demo parish's own texts, spread over two years.
import demoSample from '../assets/sample/ashcombe.json';
import type { IncomingItem } from '../electron/core/incoming-item';
import { parseSampleFile } from '../electron/core/sample-file';

export function demoItems(): IncomingItem[] {
  const parsed = parseSampleFile(demoSample);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.items.filter((item) => !item.fromCouncil);
}

export function* syntheticItems(count: number, start = Date.parse('2024-11-24T00:00:00Z')): Generator<IncomingItem> {
  const templates = demoItems();
  const span = 2 * 365 * 24 * 3600 * 1000;
  for (let index = 0; index < count; index++) {
    const template = templates[index % templates.length] as IncomingItem;
    const authorNumber = index % 4000;
    yield {
      ...template,
      externalId: `bench-${index}`,
      author: {
        ...template.author,
        externalId: `${template.author.externalId}-${authorNumber}`,
        name: `${template.author.name} ${authorNumber}`,
      },
      receivedAt: new Date(start + Math.floor((index / count) * span)).toISOString(),
      threadId: null,
      parentExternalId: null,
    };
  }
}
