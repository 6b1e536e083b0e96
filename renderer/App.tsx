// The console's frame: header and views (queue, policy), the policy's warnings, the status line with Undo.
import { useEffect, useState } from 'react';
import type { PolicySettings, PolicyView } from '../electron/api/policy';
import { useApi } from './api/api-context';
import { useApiQuery } from './api/queries';
import { ErrorAlert } from './ErrorAlert';
import type { ViewPreferences } from '../electron/api/preferences';
import { longDay } from './format/relative-time';
import { usePolicy } from './hooks/use-policy';
import { useQueueKeys } from './hooks/use-queue-keys';
import { useStatusMessage } from './hooks/use-status-message';
import { PolicyPage } from './policy/PolicyPage';
import { RepliesPage } from './replies/RepliesPage';
import { RecordsPage } from './records/RecordsPage';
import { RulesPage } from './rules/RulesPage';
import { ReportsPage } from './reports/ReportsPage';
import { SettingsPage, type SettingsSection } from './settings/SettingsPage';
import { DemoBanner } from './setup/DemoBanner';
import { FirstRunSetup } from './setup/FirstRunSetup';
import { useSetup } from './setup/use-setup';
import { ProblemsPage } from './problems/ProblemsPage';
import { RequestsPage } from './requests/RequestsPage';
import { useRequestsSummary } from './requests/use-requests-summary';
import { useChannelHealth } from './hooks/use-channel-health';
import { useOperators } from './hooks/use-operators';
import { HandoverDialog } from './operators/HandoverDialog';
import { OperatorBar } from './operators/OperatorBar';
import { WhoIsWorking } from './operators/WhoIsWorking';
import { QueueView } from './QueueView';
import { ShortcutsDialog } from './queue/ShortcutsDialog';
import { UndoControls, type UndoOffer } from './queue/UndoControls';
import { browserPreferences, desktopPreferences } from './preferences/preferences';

type View = 'queue' | 'requests' | 'records' | 'reports' | 'replies' | 'rules' | 'problems' | 'policy' | 'settings';
const views: { view: View; name: string }[] = [
  { view: 'queue', name: 'Queue' },
  { view: 'requests', name: 'Requests' },
  { view: 'records', name: 'Records' },
  { view: 'reports', name: 'Reports' },
  { view: 'replies', name: 'Replies' },
  { view: 'rules', name: 'Rules' },
  { view: 'problems', name: 'Problems' },
  { view: 'policy', name: 'Policy' },
  { view: 'settings', name: 'Settings' },
];

export function App() {
  const api = useApi();
  const { data: info, refetch: loadInfo } = useApiQuery('app:info', {});
  const [view, setView] = useState<View>('queue');
  const { policy, error: policyError, setPolicy, refresh: loadPolicy } = usePolicy();
  const [section, setSection] = useState<SettingsSection>('council');
  const setup = useSetup();
  const openSettings = (at: SettingsSection) => {
    setSection(at);
    setView('settings');
  };
  const status = useStatusMessage();
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const [shortcuts, setShortcuts] = useState(false);
  // The browser keeps them in browser mode; the desktop window's come from electron-store through the contract.
  const [preferences, setPreferences] = useState(() => browserPreferences(localStorageOrNull()));

  const desktop = info?.mode === 'desktop';
  useEffect(() => {
    if (!desktop) return;
    void api.call('preferences:get', {}).then((result) => {
      if (!result.ok) return;
      const save = async (changes: Partial<ViewPreferences>) => {
        const saved = await api.call('preferences:save', { changes });
        if (!saved.ok) throw new Error(saved.error.message);
      };
      setPreferences(desktopPreferences(result.value, save, () => status.say('The layout could not be saved.')));
    });
  }, [api, desktop]); // eslint-disable-line react-hooks/exhaustive-deps -- status.say is stable in use
  useQueueKeys({ Escape: () => setView('queue'), '?': () => setShortcuts(true) });
  const { troubled, problemCount, refresh: loadHealth } = useChannelHealth();
  const operators = useOperators();
  const requests = useRequestsSummary(operators.chosenHere);
  const overdue = requests.summary?.overdue.length ?? 0;

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
  const changeAccount = async (
    accountId: number,
    change: { removalNotice?: boolean; facebookRemoval?: 'hide' | 'delete' },
  ) => {
    const result = await api.call('account:updateRemovalSettings', { accountId, ...change });
    if (result.ok) void loadInfo();
    else status.say(result.error.message);
  };

  return (
    <div className="app">
      <header className="app-header">
        <h1>
          Moderation console <span className="council">{info?.councilName ?? ''}</span>
        </h1>
        {setup.showing ? null : (
          <nav className="app-nav" aria-label="Views">
            {views.map((entry) => (
              <button
                type="button"
                key={entry.view}
                aria-current={view === entry.view ? 'page' : undefined}
                onClick={() => setView(entry.view)}
              >
                {entry.name}
                {entry.view === 'problems' && problemCount > 0 ? (
                  <span className="count-badge">{problemCount}</span>
                ) : null}
                {entry.view === 'requests' && overdue > 0 ? (
                  <span
                    className="count-badge overdue-badge"
                    role="img"
                    aria-label={`${overdue} overdue`}
                    title={`${overdue} overdue`}
                  >
                    {overdue} overdue
                  </span>
                ) : null}
              </button>
            ))}
          </nav>
        )}
        {operators.view && operators.current && operators.chosenHere ? (
          <OperatorBar
            view={operators.view}
            current={operators.current}
            onSwitch={(id) => void operators.choose(id)}
            say={status.say}
          />
        ) : null}
      </header>
      {info?.demoInFront ? <DemoBanner councilName={info.demoInFront.councilName} say={status.say} /> : null}
      <div className="banners" hidden={setup.showing}>
        <ErrorAlert message={policyError ?? operators.loadError} />
        {policy?.needsSetup ? (
          <p role="alert" className="banner warn">
            The policy&apos;s version and dates are not filled in yet: removals will be recorded without a policy
            version.
            <button type="button" onClick={() => openSettings('policy')}>
              Settings → Policy import
            </button>
          </p>
        ) : null}
        {troubled.map((account) => (
          <p role="alert" className="banner warn" key={account.id}>
            <strong>{account.name}:</strong> {account.healthMessage}
            <button type="button" onClick={() => openSettings('channels')}>
              Settings → Channels
            </button>
          </p>
        ))}
        {policy?.reviewOverdue ? (
          <p role="alert" className="banner warn">
            The Social Media Policy was due for review on {longDay(policy.settings.policyReviewDue)}. Ask the council to
            review it, then record the new version and dates.
          </p>
        ) : null}
      </div>
      {/* One main landmark for whichever view is open. */}
      <main className="view">
        {setup.showing && setup.view && policy ? (
          <FirstRunSetup
            policy={policy}
            setup={setup.view}
            onSavePolicy={savePolicy}
            onPolicyTextSaved={() => void loadPolicy()}
            onProgress={setup.progress}
            onFinishLater={() => {
              setup.finishLater();
              void operators.reload();
            }}
            onConnectChannel={() => {
              void operators.reload();
              openSettings('channels');
            }}
            say={status.say}
          />
        ) : setup.view === null ? null : !operators.chosenHere ? (
          operators.view ? (
            <WhoIsWorking view={operators.view} error={operators.error} onChoose={(id) => void operators.choose(id)} />
          ) : null
        ) : view === 'queue' ? (
          <QueueView
            reasons={policy?.reasons ?? []}
            operatorId={operators.current?.id ?? null}
            say={status.say}
            setUndo={setUndo}
            preferences={preferences}
          />
        ) : view === 'requests' ? (
          <RequestsPage say={status.say} />
        ) : view === 'records' ? (
          <RecordsPage reasons={policy?.reasons ?? []} say={status.say} />
        ) : view === 'reports' ? (
          <ReportsPage say={status.say} />
        ) : view === 'settings' ? (
          <SettingsPage
            policy={policy}
            section={section}
            onSection={setSection}
            onSavePolicy={savePolicy}
            onPolicyTextSaved={() => void loadPolicy()}
            say={status.say}
            demoAvailable={info?.sampleLoaded === false}
          />
        ) : view === 'problems' ? (
          <ProblemsPage say={status.say} onChanged={() => void loadHealth()} />
        ) : view === 'replies' ? (
          <RepliesPage say={status.say} />
        ) : view === 'rules' ? (
          <RulesPage reasons={policy?.reasons ?? []} say={status.say} />
        ) : policy ? (
          <PolicyPage
            policy={policy}
            accounts={info?.accounts ?? []}
            onSave={savePolicy}
            onSaveRepeatOffenders={saveRepeatOffenders}
            onAccountChange={(id, change) => void changeAccount(id, change)}
            say={status.say}
          />
        ) : null}
      </main>
      {operators.handover && operators.current ? (
        <HandoverDialog
          summary={operators.handover}
          name={operators.current.name}
          onClose={operators.dismissHandover}
        />
      ) : null}
      {shortcuts ? <ShortcutsDialog onClose={() => setShortcuts(false)} /> : null}
      <footer className="app-footer">
        <span className="status-line">
          <span role="status" aria-live="polite" className="status-message">
            {status.message}
          </span>
          {undo && view === 'queue' ? <UndoControls offer={undo} /> : null}
        </span>
        <button type="button" className="link-like" onClick={() => setShortcuts(true)}>
          Keyboard shortcuts <kbd aria-hidden="true">?</kbd>
        </button>
      </footer>
    </div>
  );
}

/** localStorage, unless the browser refuses it (then nothing is kept beyond the visit). */
function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
