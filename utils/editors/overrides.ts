import { insertWithCkeditorApi } from './ckeditor5';
import { findRoot } from './dom';
import type { EditorStrategy } from './types';

/**
 * Site overrides: helpdesk + editor pairs where the generic order (index.ts) is known to do the
 * wrong thing. Tried before every generic strategy; each says why it exists. Keep them few: an
 * override is a bet on one site's markup, re-check it when the site changes.
 */

function onHost(element: HTMLElement, suffix: string): boolean {
  const host = element.ownerDocument.location?.hostname ?? '';
  return host === suffix || host.endsWith(`.${suffix}`);
}

/**
 * Zendesk Agent Workspace (CKEditor 5 composer): an insert-at-cursor extension reported that text
 * put in through the DOM kept only its first line there (pixiebrix/pixiebrix-extension#7774, 2024)
 * and settled on the editor's model API (#5882, #7683). We can't test against Zendesk itself, so we
 * go straight to the API (page world) there instead of trying a paste first. Should the API be
 * unreachable, the generic CKEditor 5 strategy still runs after this one.
 */
const zendeskCkeditor: EditorStrategy = {
  id: 'override:zendesk-ckeditor5',
  detect: (element) => (onHost(element, 'zendesk.com') ? findRoot(element, '.ck-editor__editable') : null),
  insert: insertWithCkeditorApi,
};

export const OVERRIDES: readonly EditorStrategy[] = [zendeskCkeditor];
