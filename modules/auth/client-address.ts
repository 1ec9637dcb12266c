// The client's address for throttling. Behind a reverse proxy every request seems to come from
// the proxy, so the address is taken from X-Forwarded-For — counted from the right, skipping the
// hops the operator says are their own proxies (TRUSTED_PROXY_HOPS), because anything further
// left was written by the client and can be forged.
import { getEnv } from '@/lib/env';

type Headers = Record<string, string | string[] | undefined> | undefined;

export function addressFromForwardedFor(forwardedFor: string | null, trustedHops: number): string | null {
  if (!forwardedFor) return null;
  const hops = forwardedFor.split(',').map((h) => h.trim()).filter(Boolean);
  const address = hops[hops.length - 1 - trustedHops] ?? hops[0];
  return address && /^[0-9a-fA-F:.]{2,45}$/.test(address) ? address : null;
}

export function clientAddress(headers: Headers): string | null {
  const value = headers?.['x-forwarded-for'];
  return addressFromForwardedFor(Array.isArray(value) ? value.join(',') : (value ?? null), getEnv().TRUSTED_PROXY_HOPS);
}
