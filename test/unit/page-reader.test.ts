// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { PageReader } from '../../utils/page-reader';
import { loadPage } from '../support/dom';

beforeEach(() => {
  loadPage('demo/site/index.html');
});

const composer = () =>
  document.querySelector<HTMLTextAreaElement>('section.ticket[data-active="true"] textarea.composer__input')!;

describe('PageReader on the demo helpdesk', () => {
  it('reports the conversation and that a reply box exists', () => {
    const state = new PageReader(document).state();
    expect(state).toMatchObject({ status: 'ok', adapter: 'demo', composer: true });
    expect(state.conversation?.messages.at(-1)?.text).toContain('投诉');
  });

  it('only reports a change when something changed', () => {
    const reader = new PageReader(document);
    expect(reader.changedState()).not.toBeNull();
    expect(reader.changedState()).toBeNull();
    const item = document.createElement('li');
    item.className = 'msg msg--customer';
    item.setAttribute('data-role', 'customer');
    item.innerHTML = '<div class="msg__body">还在吗?</div>';
    document.querySelector('section.ticket[data-active="true"] .thread')!.append(item);
    expect(reader.changedState()?.conversation?.messages.at(-1)?.text).toBe('还在吗?');
  });

  it('inserts where the agent left the caret, after focus has moved away', () => {
    const reader = new PageReader(document);
    const box = composer();
    box.value = '您好,请问';
    box.focus();
    box.setSelectionRange(3, 3);
    reader.noteSelection();
    box.blur();
    expect(reader.insert('王女士,')).toMatchObject({ ok: true });
    expect(box.value).toBe('您好,王女士,请问');
  });

  it('says so when there is no reply box', () => {
    composer().remove();
    expect(new PageReader(document).insert('x')).toEqual({ ok: false, reason: 'No reply box found on this page.' });
  });

  it('says the page is unsupported on other sites', () => {
    document.body.removeAttribute('data-helpdesk');
    expect(new PageReader(document).state()).toEqual({ status: 'unsupported', composer: false });
  });
});
