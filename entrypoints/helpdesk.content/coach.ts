import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { coachLintOptions, DEFAULT_COACH_SETTINGS, DraftCoach, teamRulesInUse, type CoachSettings } from '../../utils/coach';
import type { Conversation } from '../../utils/conversation/types';
import { detectEditor, insertText, type InsertResult, type PageWorld } from '../../utils/editors';
import { t, uiLanguage } from '../../utils/i18n';
import { lintDraft, RULE_INFO, type Finding, type PackRule, type RuleId } from '../../utils/lint';
import { broadcast } from '../../utils/messaging';
import { BUILTIN_PACKS } from '../../utils/packs/builtin';
import { EMPTY_LIBRARY } from '../../utils/packs/library';
import { libraryItem } from '../../utils/packs/storage';
import type { PageReader } from '../../utils/page-reader';
import { coachItem } from '../../utils/settings';

export interface CoachHost {
  reader: PageReader;
  /** The editor bridge in the page's JS world (connected on first use). */
  pageWorld(): PageWorld;
}

/** What the rest of the content script asks of the coach. */
export interface CoachHandle {
  /** What the reader reads changed (another ticket, a new message): follow the reply box, lint again. */
  pageChanged(conversation: Conversation | undefined): void;
  findings(): Finding[];
  apply(finding: Finding, index?: number): Promise<InsertResult>;
}

const EDITABLE = 'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

/**
 * Wires the draft coach (utils/coach) to this page: the reply box the reader found, the agent's
 * coach settings and the team rules of the packs in use, and the messages to the side panel and
 * toolbar badge. Everything ends with the content script (ctx).
 */
export function startCoach(ctx: ContentScriptContext, host: CoachHost): CoachHandle {
  const language = uiLanguage();
  let settings: CoachSettings = DEFAULT_COACH_SETTINGS;
  let teamRules: PackRule[] = [];
  let loaded = false;
  // The conversation as last read (kept fresh by pageChanged), not re-read on every pause in typing.
  let conversation: { value: Conversation | undefined } | undefined;
  const readConversation = () => {
    if (!conversation) {
      try {
        conversation = { value: host.reader.state().conversation };
      } catch {
        conversation = { value: undefined };
      }
    }
    return conversation.value;
  };

  const coach = new DraftCoach(document, {
    signal: ctx.signal,
    lint: (text) =>
      settings.enabled
        ? lintDraft(
            text,
            coachLintOptions({ settings, teamRules, conversation: readConversation(), now: new Date(), uiLanguage: language }),
          )
        : [],
    insert: (editor, text, selection) => insertText(editor, text, selection, { pageWorld: host.pageWorld() }),
    onFindings: (findings) => void broadcast({ type: 'deskmate:findings', findings: [...findings] }),
    labels: {
      title: (finding) => (finding.rule in RULE_INFO ? RULE_INFO[finding.rule as RuleId].title[language] : t('coachTeamRule')),
      advice: t('coachAdvice'),
      hintReplace: t('coachHintReplace'),
      hintClose: t('coachHintClose'),
      replaceWith: (suggestion) => t('coachReplaceWith', suggestion),
    },
  });

  /**
   * The reply box to coach: the adapter's composer (or the editor the agent last used on pages no
   * adapter knows), as the editor root its insertion strategy works on. Text inputs (search boxes)
   * and editors inside iframes are left alone.
   */
  const editorNow = (): HTMLElement | null => {
    if (!loaded || !settings.enabled) return null;
    const composer = host.reader.composer();
    if (!composer) return null;
    const root = detectEditor(composer)?.root ?? composer.querySelector<HTMLElement>(EDITABLE);
    if (!root || root.ownerDocument !== document || root.tagName === 'INPUT') return null;
    return root;
  };
  const follow = () => {
    try {
      coach.watch(editorNow());
    } catch {
      // Never into the host page; the next focus or page change tries again.
    }
  };
  ctx.addEventListener(document, 'focusin', follow);

  const apply = (next: CoachSettings | null, library = EMPTY_LIBRARY) => {
    settings = next ?? DEFAULT_COACH_SETTINGS;
    teamRules = teamRulesInUse(library, BUILTIN_PACKS);
    loaded = true;
    follow();
    coach.refresh();
  };
  void Promise.all([coachItem.getValue(), libraryItem.getValue()])
    .then(([stored, library]) => apply(stored, library))
    .catch(() => apply(null));
  ctx.onInvalidated(
    coachItem.watch(
      (next) =>
        void libraryItem.getValue().then(
          (library) => apply(next, library),
          () => apply(next),
        ),
    ),
  );
  ctx.onInvalidated(libraryItem.watch((library) => apply(settings, library ?? EMPTY_LIBRARY)));

  return {
    pageChanged(next) {
      conversation = { value: next };
      follow();
      coach.refresh();
    },
    findings: () => coach.findings(),
    apply: (finding, index) => coach.apply(finding, index),
  };
}
