// Just enough typing for the two editor packages that ship none, as the test pages use them.

declare module 'quill1' {
  export default class Quill {
    constructor(container: HTMLElement, options?: { placeholder?: string });
    getText(): string;
  }
}

declare module 'draft-js' {
  import type { ComponentType } from 'react';

  export class EditorState {
    static createEmpty(): EditorState;
    getCurrentContent(): { getPlainText(delimiter?: string): string };
  }
  export const Editor: ComponentType<{
    editorState: EditorState;
    onChange(state: EditorState): void;
    placeholder?: string;
  }>;
}
