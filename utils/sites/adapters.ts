import { demoAdapter } from './demo';
import type { SiteAdapter } from './types';

/**
 * Every site adapter, most specific first. Add one line per helpdesk; the registry, the content
 * script's host list and the README meta-test all read this list.
 */
export const ADAPTERS: readonly SiteAdapter[] = [demoAdapter];
