// Parses a sample file ({ items: [...] }, documented in README) into incoming items, all or nothing.
import { z } from 'zod';
import { channelSchema, itemKindSchema, kindsByChannel, policyReasonIdSchema } from '../api/domain';
import type { IncomingItem } from './incoming-item';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

const sampleAuthor = z.strictObject({
  id: text(200),
  name: text(200),
  handle: text(100).optional(),
  email: text(320).optional(),
  phone: text(40).optional(),
});

const sampleItem = z
  .strictObject({
    channel: channelSchema,
    kind: itemKindSchema,
    id: text(300),
    author: sampleAuthor,
    text: z.string().max(100_000),
    html: z.string().max(500_000).optional(),
    subject: z.string().max(1000).optional(),
    receivedAt: z.iso.datetime({
      offset: true,
      message: 'must be an ISO 8601 date and time, e.g. 2026-11-03T09:41:00Z',
    }),
    threadId: text(300).optional(),
    parentId: text(300).optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    fromCouncil: z.boolean().optional(),
    expectedReasons: z.array(policyReasonIdSchema).optional(),
  })
  .superRefine((item, context) => {
    if (!kindsByChannel[item.channel].includes(item.kind)) {
      context.addIssue({
        code: 'custom',
        path: ['kind'],
        message: `"${item.kind}" is not a kind of ${item.channel} item (expected ${kindsByChannel[item.channel].join(' or ')})`,
      });
    }
  });

const sampleFile = z.strictObject({ items: z.array(sampleItem) });

export type SampleParseResult = { ok: true; items: IncomingItem[] } | { ok: false; message: string };

export function parseSampleFile(json: unknown): SampleParseResult {
  const parsed = sampleFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) return { ok: false, message: 'the file is not a valid sample' };
    return { ok: false, message: `${describePath(issue.path)}: ${issue.message}` };
  }
  const seen = new Map<string, number>();
  const items: IncomingItem[] = [];
  for (const [index, item] of parsed.data.items.entries()) {
    const key = `${item.channel}\u0000${item.id}`;
    const first = seen.get(key);
    if (first !== undefined) {
      return {
        ok: false,
        message: `items[${index}].id: "${item.id}" is used twice on ${item.channel} (first at items[${first}])`,
      };
    }
    seen.set(key, index);
    items.push({
      externalId: item.id,
      channel: item.channel,
      kind: item.kind,
      author: {
        externalId: item.author.id,
        name: item.author.name,
        handle: item.author.handle ?? null,
        email: item.author.email ?? null,
        phone: item.author.phone ?? null,
      },
      subject: item.subject ?? null,
      text: item.text,
      html: item.html ?? null,
      receivedAt: new Date(item.receivedAt).toISOString(),
      threadId: item.threadId ?? null,
      parentExternalId: item.parentId ?? null,
      url: item.url ?? null,
      fromCouncil: item.fromCouncil ?? false,
      expectedReasons: item.expectedReasons ?? null,
    });
  }
  return { ok: true, items };
}

function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the file';
  return path
    .map((part, position) =>
      typeof part === 'number' ? `[${part}]` : position === 0 ? String(part) : `.${String(part)}`,
    )
    .join('');
}
