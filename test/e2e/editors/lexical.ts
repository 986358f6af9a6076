import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, createEditor } from 'lexical';
import { editorHost, onSubmit } from './page';

const root = document.createElement('div');
root.contentEditable = 'true';
root.style.cssText = 'min-height: 6em; border: 1px solid #999';
editorHost().append(root);
const editor = createEditor({ namespace: 'deskmate-test', onError: (error) => console.error(error) });
editor.setRootElement(root);
mergeRegister(registerRichText(editor), registerHistory(editor, createEmptyHistoryState(), 1000));
onSubmit(() =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((block) => block.getTextContent())
      .join('\n'),
  ),
);
