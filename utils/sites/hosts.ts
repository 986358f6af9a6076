import { ADAPTERS } from './adapters';

/**
 * Pages the content script is declared on: every adapter's own hosts. Self-hosted helpdesks on
 * other domains are enabled per site at run time (optional host permissions).
 */
export const CONTENT_SCRIPT_MATCHES: readonly string[] = [...new Set(ADAPTERS.flatMap((adapter) => adapter.hosts))];
