export function startReplicaPair(options: { dir: string; flags?: string[]; stopOnSignal?: boolean }): Promise<{
  primaryUrl: string;
  replicaUrl: string;
  caughtUp: (timeoutMs?: number) => Promise<void>;
  stopReplica: () => Promise<void>;
  stop: () => Promise<void>;
}>;
