import { CreditCard, KeyRound, RotateCcw, Settings, WifiOff } from 'lucide-react';
import { useEffect, useState, type ReactNode } from 'react';
import type { RunRecord } from '@/lib/db/records';
import { Button } from '@/components/ui/button';
import { Message } from '@/components/ui/message';

const PROVIDER: Record<string, string> = { openai: 'OpenAI', anthropic: 'Anthropic', google: 'Google Gemini', mistral: 'Mistral', custom: 'The custom endpoint' };

/** "1 min 30 s", "45 s". */
function waitWords(ms: number): string {
  const s = Math.max(1, Math.ceil(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}` : `${s} s`;
}

/** The time now, every second while `until` is ahead (for the rate limit's countdown). */
function useNow(until: number | undefined): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (until === undefined || until <= Date.now()) return;
    const timer = setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= until) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);
  return now;
}

export interface FailureActions {
  onRetry?: () => void;
  /** The same run with the offline tailor (no model): there is always a way to a PDF. */
  onRetryOffline?: () => void;
  onOpenSettings?: () => void;
  busy: boolean;
}

/**
 * Why a run stopped, with the next step for that cause: a rejected key → the key in Settings;
 * a rate limit → the time the provider gave (Retry waits for it) or the offline tailor now;
 * quota → the provider's billing; no provider or locked keys → Settings or the offline tailor.
 * Anything else: the message and Retry.
 */
export function RunFailureMessage({ run, onRetry, onRetryOffline, onOpenSettings, busy }: { run: RunRecord } & FailureActions) {
  const failure = run.failure;
  const now = useNow(failure?.retryAt);
  const provider = PROVIDER[failure?.provider ?? run.provider] ?? run.provider;
  const waiting = failure?.kind === 'rate-limited' && failure.retryAt !== undefined && failure.retryAt > now;
  const retry = onRetry ? (
    <Button size="sm" onClick={onRetry} disabled={busy || waiting} data-testid="run-retry">
      <RotateCcw aria-hidden />
      {waiting ? `Retry in ${waitWords(failure!.retryAt! - now)}` : 'Retry'}
    </Button>
  ) : null;
  const settings = (label: string, icon: ReactNode = <Settings aria-hidden />) =>
    onOpenSettings ? <Button size="sm" variant="primary" onClick={onOpenSettings} data-testid="run-open-settings">{icon}{label}</Button> : null;
  const offline = onRetryOffline ? <Button size="sm" variant="ghost" onClick={onRetryOffline} disabled={busy} data-testid="run-offline">Use the offline tailor</Button> : null;

  if (run.status === 'cancelled') {
    return <Message tone="info" data-testid="run-error" title="Cancelled" action={retry}>{run.error}</Message>;
  }
  // The live countdown below replaces the provider error's own "Try again in 150 s." (stale a second later).
  const said = failure?.kind === 'rate-limited' ? run.error?.replace(/\s*Try again (in \d+ s|shortly)\./, '') : run.error;
  const body = (next: ReactNode) => (
    <>
      <p className="m-0">{said}</p>
      <p className="m-0 mt-1" data-testid="run-next-step">{next}</p>
    </>
  );
  const common = { tone: 'error' as const, 'data-testid': 'run-error', 'data-kind': failure?.kind ?? 'other' };
  switch (failure?.kind) {
    case 'bad-key':
    case 'no-access':
      return (
        <Message {...common} title={failure.kind === 'bad-key' ? 'API key rejected' : 'No access with this key'} action={<>{settings('Check the key in Settings', <KeyRound aria-hidden />)}{retry}</>}>
          {body('Check the key in Settings (paste it again and Test connection), then retry.')}
        </Message>
      );
    case 'rate-limited':
      return (
        <Message {...common} title="Rate limit reached" action={<>{retry}{offline}</>}>
          {body(failure.retryAt !== undefined
            ? <>{provider} accepts requests again at <time dateTime={new Date(failure.retryAt).toISOString()} data-testid="retry-at">{new Date(failure.retryAt).toLocaleTimeString()}</time>{waiting ? ` (in ${waitWords(failure.retryAt - now)})` : ' — now'}. Retry then, or tailor offline now.</>
            : `${provider} gave no time; retry in a minute, or tailor offline now.`)}
        </Message>
      );
    case 'quota':
      return (
        <Message {...common} title="Out of credit" action={<>{settings('Open Settings', <CreditCard aria-hidden />)}{offline}</>}>
          {body(`Add credit on ${provider}'s billing page, or use another provider in Settings, or tailor offline.`)}
        </Message>
      );
    case 'model-not-found':
      return (
        <Message {...common} title="Unknown model" action={<>{settings('Pick another model')}{retry}</>}>
          {body('Pick a model from the list in Settings, then retry.')}
        </Message>
      );
    case 'no-provider':
    case 'locked':
      return (
        <Message {...common} title={failure.kind === 'locked' ? 'Your keys are locked' : 'No model is set up'} action={<>{settings(failure.kind === 'locked' ? 'Unlock in Settings' : 'Add a model in Settings', <WifiOff aria-hidden />)}{offline}</>}>
          {body(failure.kind === 'locked' ? 'Unlock them with your passphrase in Settings, or tailor offline.' : 'Add a provider in Settings, or use the offline tailor (it needs no key).')}
        </Message>
      );
    default:
      return <Message {...common} title="The run stopped" action={retry}>{run.error}</Message>;
  }
}
