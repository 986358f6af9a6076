/**
 * Pages the content script is declared on. Only the local demo helpdesk for now; real helpdesks are
 * added together with their adapters, and custom domains are granted at run time.
 */
export const CONTENT_SCRIPT_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'] as const;
