import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { editorHost, onSubmit } from './page';

const editor = new Editor({ element: editorHost(), extensions: [StarterKit] });
onSubmit(() => editor.getText({ blockSeparator: '\n' }));
