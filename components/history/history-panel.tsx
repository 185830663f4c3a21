export function HistoryPanel({ onOpenRun }: { onOpenRun(): void }) {
  void onOpenRun;
  return <p className="muted">History</p>;
}
