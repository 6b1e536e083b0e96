// What every domain's handlers are built from.
import type { AppInfo } from '../api/contract';
import { fail } from '../api/envelope';
import type { PolicyData } from '../core/policy';
import type { DecisionLearning } from '../moderation/learning';
import type { CouncilSuggestions, SuggestionRefresh } from '../moderation/stored-suggestions';
import type { Refusal } from '../moderation/write';
import type { Store } from '../store/store';
import type { SecretStore } from '../secrets/secret-store';
import type { ChannelRuntime } from '../sync/channel-runtime';
import type { EventHub } from '../sync/event-hub';

export interface HandlerContext {
  store: Store;
  events: EventHub;
  now: () => Date;
  /** Who is working; operators arrive with the clerk-and-deputy issue. */
  operator: () => string;
  policy: PolicyData;
  /** Likely removal reasons for an item (core/suggest-reasons, with the council's own contacts allowed), also stored with items. */
  suggestions: CouncilSuggestions;
  /** Works the stored suggestions out again in the background (after the council's contacts change). */
  suggestionRefresh: SuggestionRefresh;
  /** What the suggestions learned from the council's decisions (kept in the store). */
  learning: DecisionLearning;
  info: Omit<AppInfo, 'accounts' | 'councilName'>;
  /** Channel passwords and tokens: only here, never in the store. */
  secrets: SecretStore;
  /** The live connectors and pollers of the connected accounts. */
  channels: ChannelRuntime;
  /** Defaults for settings nobody has filled in yet. */
  defaults: { councilName: string };
}

/** A refusal from moderation/ as the contract's error envelope. */
export const refuse = (refusal: Refusal) => fail(refusal.code, refusal.message);
