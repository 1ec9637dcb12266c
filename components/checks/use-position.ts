'use client';

// Where the device is while the check is filled: watched from opening the form, the latest fix
// goes with the answers. Refused or unavailable is a state to explain, never a reason not to save.
import { useEffect, useState } from 'react';
import type { Position } from '@/lib/offline/outbox-core';

export type PositionState =
  | { kind: 'locating' }
  | { kind: 'located'; position: Position; at: number }
  | { kind: 'denied' }
  | { kind: 'unavailable' };

// Geolocation needs HTTPS (or localhost); a field laptop serving plain HTTP has none.
const supported = () => typeof navigator !== 'undefined' && 'geolocation' in navigator && window.isSecureContext;

export function usePosition() {
  const [state, setState] = useState<PositionState>(() => (supported() ? { kind: 'locating' } : { kind: 'unavailable' }));
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!supported()) return;
    const id = navigator.geolocation.watchPosition(
      (p) => {
        const accuracy = Number.isFinite(p.coords.accuracy) ? Math.round(p.coords.accuracy) : null;
        setState({ kind: 'located', position: { latitude: p.coords.latitude, longitude: p.coords.longitude, accuracy }, at: p.timestamp });
      },
      // A later timeout does not undo a fix already taken.
      (error) => setState((s) => (s.kind === 'located' ? s : { kind: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable' })),
      { enableHighAccuracy: true, maximumAge: 60_000, timeout: 30_000 },
    );
    return () => navigator.geolocation.clearWatch(id);
  }, [attempt]);

  function retry() {
    setState(supported() ? { kind: 'locating' } : { kind: 'unavailable' });
    setAttempt((n) => n + 1);
  }

  return { state, position: state.kind === 'located' ? state.position : null, retry };
}
