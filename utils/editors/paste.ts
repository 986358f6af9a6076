import { expectInsertion, moveCaretBack, pause, placeSelection, squash, textOf, verify } from './dom';
import type { BridgeRequest } from './page-world';
import type { InsertRequest, Outcome } from './types';

/** How long editors get to pick up a selection the content script moved (selectionchange). */
const SELECTION_SETTLE_MS = 30;

/**
 * Puts the caret back where the agent left it, runs `op` in the page world, and checks the editor's
 * text afterwards. Without the page world (its injection was blocked) it declines, so a strategy
 * further down the list (execCommand) can try.
 */
export async function insertThroughPage(root: HTMLElement, request: InsertRequest, op: BridgeRequest): Promise<Outcome> {
  const { pageWorld, text, cursor } = request;
  if (!pageWorld) return 'declined';
  const range = placeSelection(root, request.selection);
  if (!range) return 'declined';
  const expected = expectInsertion(root, range, text);
  await pause(root, SELECTION_SETTLE_MS);
  const reply = await pageWorld.run(root, op);
  const unchanged = () => squash(textOf(root)) === expected.untouched;
  if (!reply?.ok) return unchanged() ? 'declined' : 'failed';
  // An event nobody handled had no effect (synthetic events have no default action).
  if ((op.op === 'paste' || op.op === 'beforeinput') && !reply.handled) return unchanged() ? 'declined' : 'failed';
  const outcome = await verify(root, expected);
  if (outcome === 'inserted' && !reply.caretPlaced) moveCaretBack(root, text, cursor);
  return outcome;
}

/** A synthetic paste of plain text: what editors do with Ctrl+V of text copied from a plain-text app. */
export const pastePlain = (text: string): BridgeRequest => ({ op: 'paste', text });
