import { chatwootAdapter } from './chatwoot';
import { crispAdapter } from './crisp';
import { demoAdapter } from './demo';
import { freshdeskAdapter } from './freshdesk';
import { frontAdapter } from './front';
import { gorgiasAdapter } from './gorgias';
import { helpscoutAdapter } from './helpscout';
import { hubspotAdapter } from './hubspot';
import { intercomAdapter } from './intercom';
import { livechatAdapter } from './livechat';
import { meiqiaAdapter } from './meiqia';
import { qiyuAdapter } from './qiyu';
import { sobotAdapter } from './sobot';
import { tawktoAdapter } from './tawkto';
import { udeskAdapter } from './udesk';
import { zammadAdapter } from './zammad';
import { zendeskAdapter } from './zendesk';
import { zohoDeskAdapter } from './zoho-desk';
import type { SiteAdapter } from './types';

/**
 * Every site adapter, most specific first. Add one line per helpdesk; the registry, the content
 * script's host list and the README meta-test all read this list.
 */
export const ADAPTERS: readonly SiteAdapter[] = [
  demoAdapter,
  zendeskAdapter,
  freshdeskAdapter,
  intercomAdapter,
  hubspotAdapter,
  helpscoutAdapter,
  frontAdapter,
  gorgiasAdapter,
  zohoDeskAdapter,
  livechatAdapter,
  crispAdapter,
  tawktoAdapter,
  udeskAdapter,
  sobotAdapter,
  meiqiaAdapter,
  qiyuAdapter,
  // Self-hosted on any domain, recognised by their DOM: after the host-specific adapters.
  chatwootAdapter,
  zammadAdapter,
];
