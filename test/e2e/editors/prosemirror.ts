import 'prosemirror-view/style/prosemirror.css';
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { editorHost, onSubmit } from './page';

const view = new EditorView(editorHost(), {
  state: EditorState.create({
    schema,
    plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)],
  }),
});
onSubmit(() => view.state.doc.textBetween(0, view.state.doc.content.size, '\n', '\n'));
