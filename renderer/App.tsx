// The console's frame: header and views (queue, policy), the policy's warnings, the status line with Undo.
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../electron/api/client';
import type { AppInfo } from '../electron/api/contract';
import type { PolicySettings, PolicyView } from '../electron/api/policy';
import { longDay } from './format/relative-time';
import { usePolicy } from './hooks/use-policy';
import { useQueueKeys } from './hooks/use-queue-keys';
import { useStatusMessage } from './hooks/use-status-message';
import { PolicyPage } from './policy/PolicyPage';
import { RepliesPage } from './replies/RepliesPage';
import { RecordsPage } from './records/RecordsPage';
import { ReportsPage } from './reports/ReportsPage';
import { ChannelsPage } from './settings/ChannelsPage';
import { BackupPage } from './settings/BackupPage';
import { ProblemsPage } from './problems/ProblemsPage';
import { useChannelHealth } from './hooks/use-channel-health';
import { useOperators } from './hooks/use-operators';
import { HandoverDialog } from './operators/HandoverDialog';
import { OperatorBar } from './operators/OperatorBar';
import { WhoIsWorking } from './operators/WhoIsWorking';
import { QueueView } from './QueueView';

type View = 'queue' | 'records' | 'reports' | 'replies' | 'channels' | 'problems' | 'backup' | 'policy';

export function App({ api }: { api: ApiClient }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [view, setView] = useState<View>('queue');
  const { policy, setPolicy } = usePolicy(api);
  const status = useStatusMessage();
  const [undo, setUndoState] = useState<(() => void) | null>(null);
  const setUndo = useCallback((next: (() => void) | null) => setUndoState(() => next), []);

  const loadInfo = useCallback(async () => {
    const result = await api.call('app:info', {});
    if (result.ok) setInfo(result.value);
  }, [api]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching when the inputs change is this effect's job
    void loadInfo();
  }, [loadInfo]);
  useQueueKeys({ Escape: () => setView('queue') });
  const { troubled, problemCount, refresh: loadHealth } = useChannelHealth(api);
  const operators = useOperators(api);

  const savePolicy = async (settings: PolicySettings): Promise<string | null> => {
    const result = await api.call('settings:updatePolicy', settings);
    if (!result.ok) return result.error.message;
    setPolicy(result.value);
    void loadInfo();
    return null;
  };
  const saveRepeatOffenders = async (rule: PolicyView['repeatOffenders']): Promise<string | null> => {
    const result = await api.call('settings:updateRepeatOffenders', rule);
    if (!result.ok) return result.error.message;
    setPolicy(result.value);
    return null;
  };
  const changeAccount = async (accountId: number, change: { removalNotice?: boolean; facebookRemoval?: 'hide' | 'delete' }) => {
    const result = await api.call('account:updateRemovalSettings', { accountId, ...change });
    if (result.ok) void loadInfo();
    else status.say(result.error.message);
  };

  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1>Moderation console</h1>
          <p className="council">{info?.councilName ?? ' '}</p>
        </div>
        {operators.view && operators.current && operators.chosenHere ? (
          <OperatorBar api={api} view={operators.view} current={operators.current} onSwitch={(id) => void operators.choose(id)} say={status.say} />
        ) : null}
        <nav className="app-nav" aria-label="Views">
          <button type="button" aria-current={view === 'queue' ? 'page' : undefined} onClick={() => setView('queue')}>
            Queue
          </button>
          <button type="button" aria-current={view === 'records' ? 'page' : undefined} onClick={() => setView('records')}>
            Records
          </button>
          <button type="button" aria-current={view === 'reports' ? 'page' : undefined} onClick={() => setView('reports')}>
            Reports
          </button>
          <button type="button" aria-current={view === 'replies' ? 'page' : undefined} onClick={() => setView('replies')}>
            Replies
          </button>
          <button type="button" aria-current={view === 'channels' ? 'page' : undefined} onClick={() => setView('channels')}>
            Channels
          </button>
          <button type="button" aria-current={view === 'problems' ? 'page' : undefined} onClick={() => setView('problems')}>
            Problems{problemCount > 0 ? <span className="count-badge">{problemCount}</span> : null}
          </button>
          <button type="button" aria-current={view === 'backup' ? 'page' : undefined} onClick={() => setView('backup')}>
            Backup
          </button>
          <button type="button" aria-current={view === 'policy' ? 'page' : undefined} onClick={() => setView('policy')}>
            Policy
          </button>
        </nav>
      </header>
      <div className="banners">
        {policy?.needsSetup ? (
          <p role="alert" className="banner warn">
            The policy&apos;s version and dates are not filled in yet: removals will be recorded without a policy version.
            <button type="button" onClick={() => setView('policy')}>
              Policy settings
            </button>
          </p>
        ) : null}
        {troubled.map((account) => (
          <p role="alert" className="banner warn" key={account.id}>
            <strong>{account.name}:</strong> {account.healthMessage}
            <button type="button" onClick={() => setView('channels')}>
              Channels
            </button>
          </p>
        ))}
        {policy?.reviewOverdue ? (
          <p role="alert" className="banner warn">
            The Social Media Policy was due for review on {longDay(policy.settings.policyReviewDue)}. Ask the council to review it, then record the new version and dates.
          </p>
        ) : null}
      </div>
      {/* One main landmark for whichever view is open. */}
      <main className="view">
        {!operators.chosenHere ? (
          operators.view ? <WhoIsWorking view={operators.view} error={operators.error} onChoose={(id) => void operators.choose(id)} /> : null
        ) : view === 'queue' ? (
          <QueueView api={api} reasons={policy?.reasons ?? []} say={status.say} setUndo={setUndo} />
        ) : view === 'records' ? (
          <RecordsPage api={api} reasons={policy?.reasons ?? []} say={status.say} />
        ) : view === 'reports' ? (
          <ReportsPage api={api} say={status.say} />
        ) : view === 'backup' ? (
          <BackupPage api={api} say={status.say} />
        ) : view === 'channels' ? (
          <ChannelsPage api={api} say={status.say} />
        ) : view === 'problems' ? (
          <ProblemsPage api={api} say={status.say} onChanged={() => void loadHealth()} />
        ) : view === 'replies' ? (
          <RepliesPage api={api} say={status.say} />
        ) : policy ? (
          <PolicyPage api={api} policy={policy} accounts={info?.accounts ?? []} onSave={savePolicy} onSaveRepeatOffenders={saveRepeatOffenders} onAccountChange={(id, change) => void changeAccount(id, change)} say={status.say} />
        ) : null}
      </main>
      {operators.handover && operators.current ? <HandoverDialog summary={operators.handover} name={operators.current.name} onClose={operators.dismissHandover} /> : null}
      <footer className="app-footer">
        <span>Keyboard: j/k move · Enter open · / search · i no action needed · 1–8 remove · z undo · x select · r reply · p sender</span>
        <span className="status-line">
          <span role="status" aria-live="polite" className="status-message">
            {status.message}
          </span>
          {undo ? (
            <button type="button" onClick={undo}>
              Undo <kbd>z</kbd>
            </button>
          ) : null}
        </span>
      </footer>
    </div>
  );
}
