import { describe, expect, it } from 'vitest';
import { createCheckpointMatcher, formatCheckpointLine, latestCheckpoint, parseCheckpointLine, type Checkpoint } from '@/modules/audit/checkpoint-rules';

const SECRET = 'unit-test-audit-secret-0123456789abcdef';
const cp = (id: number, count = id, hash = `h${id}`): Checkpoint => ({ id: String(id), hash, count, at: '2026-12-03T19:30:00.000Z' });

describe('checkpoint line', () => {
  it('reads back what was written, as one JSON line', () => {
    const line = formatCheckpointLine(SECRET, cp(7));
    expect(line.endsWith('\n')).toBe(true);
    expect(line.trim().split('\n')).toHaveLength(1);
    expect(parseCheckpointLine(SECRET, line.trim())).toEqual(cp(7));
  });

  it('refuses a changed field, another secret and a malformed line', () => {
    const json = JSON.parse(formatCheckpointLine(SECRET, cp(7))) as Record<string, unknown>;
    expect(parseCheckpointLine(SECRET, JSON.stringify({ ...json, count: 6 }))).toBeNull();
    expect(parseCheckpointLine(SECRET, JSON.stringify({ ...json, hash: 'h6' }))).toBeNull();
    expect(parseCheckpointLine('another-secret-0123456789abcdef0123', JSON.stringify(json))).toBeNull();
    expect(parseCheckpointLine(SECRET, '{"id":"7"')).toBeNull();
    expect(parseCheckpointLine(SECRET, JSON.stringify({ ...json, sig: 'zz' }))).toBeNull();
  });
});

describe('checkpoint matcher', () => {
  const links = [1, 2, 3, 4, 5].map((i) => ({ id: BigInt(i), hash: `h${i}` }));
  const walk = (checkpoints: Checkpoint[], chain = links) => {
    const m = createCheckpointMatcher(checkpoints);
    for (const [i, link] of chain.entries()) {
      const problem = m.visit(link, i + 1);
      if (problem) return problem;
    }
    return m.finish(chain.length);
  };

  it('accepts checkpoints that match, in any file order', () => {
    expect(walk([cp(5), cp(2)])).toBeNull();
  });

  it('names a checkpoint whose event changed hash or position', () => {
    expect(walk([cp(3, 3, 'forged')])).toMatchObject({ kind: 'checkpointMismatch', checkpoint: { id: '3' }, found: { hash: 'h3' } });
    expect(walk([cp(3, 2)])).toMatchObject({ kind: 'checkpointMismatch', found: { count: 3 } });
  });

  it('names a checkpoint whose event is gone', () => {
    expect(walk([cp(3)], links.filter((l) => l.id !== BigInt(3)))).toMatchObject({ kind: 'checkpointMismatch', checkpoint: { id: '3' }, found: null });
  });

  it('reports the newest events missing, naming the latest checkpoint', () => {
    expect(walk([cp(2), cp(4)], links.slice(0, 3))).toMatchObject({ kind: 'missingTail', checkpoint: { id: '4' }, events: 3 });
    expect(walk([cp(4)], [])).toMatchObject({ kind: 'missingTail', events: 0 });
  });

  it('picks the latest checkpoint by id, not by text', () => {
    expect(latestCheckpoint([cp(9), cp(10), cp(2)])?.id).toBe('10');
    expect(latestCheckpoint([])).toBeNull();
  });
});
