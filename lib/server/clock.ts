// The app's clock. Deadlines, reminders, escalation and "overdue" read the time here rather than
// from `new Date()`, so that a test can move it forward: when TEST_CLOCK_FILE is set (only by the
// test runner), the file holds a number of milliseconds added to the real time. Web server and
// worker read the same file, so both see the same moved clock.
import { readFileSync } from 'node:fs';
import { getEnv } from '@/lib/env';

function offsetMs(file: string): number {
  try {
    const value = Number(readFileSync(file, 'utf8').trim());
    return Number.isFinite(value) ? value : 0;
  } catch {
    return 0; // no file yet: the real time
  }
}

export function now(): Date {
  const file = getEnv().TEST_CLOCK_FILE;
  return file ? new Date(Date.now() + offsetMs(file)) : new Date();
}
