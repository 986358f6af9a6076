import { browser } from 'wxt/browser';
import { defaultMeta, packFromCsv } from './csv';
import { applyUpdate, type LibraryState, type PackSource, type UpdateOutcome } from './library';
import { libraryItem } from './storage';
import { parsePack } from './validate';

/** Largest pack download accepted (a 50,000-template pack is about this size). */
export const MAX_PACK_BYTES = 20 * 1024 * 1024;
const TIMEOUT_MS = 20_000;
export const REFRESH_ALARM = 'deskmate:refresh-packs';
export const REFRESH_MINUTES = 6 * 60;

/** A pack URL we are willing to fetch: https, or http on this machine (a team's test server). */
export function checkPackUrl(raw: string): { ok: true; url: URL } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, message: `not a URL: "${raw.trim()}"` };
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))
    return { ok: false, message: 'pack URLs must use https://' };
  return { ok: true, url };
}

/**
 * Downloads and validates a pack. Never throws: network, HTTP, size and validation problems come
 * back as a failed outcome naming the URL.
 */
export async function fetchPack(url: string, fetchImpl: typeof fetch = fetch): Promise<UpdateOutcome> {
  try {
    const response = await fetchImpl(url, { signal: AbortSignal.timeout(TIMEOUT_MS), cache: 'no-cache', credentials: 'omit' });
    if (!response.ok) return { ok: false, message: `${url}: HTTP ${response.status}` };
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_PACK_BYTES)
      return { ok: false, message: `${url}: ${declared} bytes is more than the ${MAX_PACK_BYTES}-byte limit` };
    const text = await response.text();
    if (text.length > MAX_PACK_BYTES) return { ok: false, message: `${url}: more than the ${MAX_PACK_BYTES}-byte limit` };
    const csv = /\.csv($|\?)/i.test(new URL(url).pathname) || (response.headers.get('content-type') ?? '').includes('csv');
    const result = csv ? packFromCsv(text, url, defaultMeta(new URL(url).pathname, text, new Date())) : parsePack(text, url);
    return result.ok ? result : { ok: false, message: `${url} is not a valid pack`, errors: result.errors };
  } catch (error) {
    const reason =
      error instanceof Error
        ? error.name === 'TimeoutError'
          ? `no answer in ${TIMEOUT_MS / 1000} s`
          : error.message
        : String(error);
    return { ok: false, message: `${url}: ${reason}` };
  }
}

/** Fetches one source and folds the outcome into the stored library (last good pack kept). */
export async function refreshSource(
  source: Extract<PackSource, { url: string }>,
  fetchImpl?: typeof fetch,
): Promise<UpdateOutcome> {
  const outcome = await fetchPack(source.url, fetchImpl);
  await libraryItem.setValue(applyUpdate(await libraryItem.getValue(), source, outcome, Date.now()));
  return outcome;
}

/** Refreshes every subscription and policy pack; one failing source never stops the others. */
export async function refreshAll(fetchImpl?: typeof fetch): Promise<void> {
  const sources = (await libraryItem.getValue()).installed
    .map((entry) => entry.source)
    .filter((source) => source.kind !== 'file');
  await Promise.allSettled(sources.map((source) => refreshSource(source as Extract<PackSource, { url: string }>, fetchImpl)));
}

/**
 * Team packs pushed by the browser's enterprise policy (`packUrls` in managed storage; see
 * public/managed_schema.json): installs new ones, drops ones the policy no longer lists.
 */
export async function syncPolicyPacks(fetchImpl?: typeof fetch): Promise<void> {
  let urls: string[] = [];
  try {
    const managed = (await browser.storage.managed.get('packUrls')) as { packUrls?: unknown };
    if (Array.isArray(managed.packUrls)) urls = managed.packUrls.filter((url): url is string => typeof url === 'string');
  } catch {
    // No policy configured (Firefox throws when there is no managed storage manifest).
  }
  const wanted = new Set(urls.filter((url) => checkPackUrl(url).ok));
  const state: LibraryState = await libraryItem.getValue();
  const kept = state.installed.filter((entry) => entry.source.kind !== 'policy' || wanted.has(entry.source.url));
  if (kept.length !== state.installed.length) await libraryItem.setValue({ ...state, installed: kept });
  const missing = [...wanted].filter((url) => !kept.some((entry) => entry.source.kind === 'policy' && entry.source.url === url));
  await Promise.allSettled(missing.map((url) => refreshSource({ kind: 'policy', url }, fetchImpl)));
}
