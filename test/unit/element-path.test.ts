// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { elementPath } from '../../utils/element-path';

describe('elementPath', () => {
  it('finds the same element again, skipping hashed and utility classes and volatile ids', () => {
    document.body.innerHTML = `
      <div id="app"><main class="Layout_main__x8k2d flex">
        <section class="panel"><ul class="thread p-4"><li>a</li></ul></section>
        <section class="panel"><ul class="thread p-4" id="ember1234"><li>b</li></ul></section>
      </main></div>`;
    const target = document.querySelectorAll('ul.thread')[1]!;
    const path = elementPath(target);
    expect(path).toBe('#app > main > section.panel:nth-of-type(2) > ul.thread');
    expect(document.querySelector(path)).toBe(target);
  });
});
