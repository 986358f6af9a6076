import 'ckeditor5/ckeditor5.css';
import { ClassicEditor, Essentials, Paragraph } from 'ckeditor5';
import { editorHost, htmlToLines, onSubmit } from './page';

/**
 * CKEditor 5 whose integration swallows pasted content before the editor inserts it (as helpdesks
 * with their own paste handling do): insertion has to go through the model API in the page world.
 * The page counts the pastes it swallowed.
 */
const source = document.createElement('div');
editorHost().append(source);
const editor = await ClassicEditor.create({ attachTo: source, licenseKey: 'GPL', plugins: [Essentials, Paragraph], toolbar: [] });
let swallowed = 0;
editor.editing.view.document.on(
  'clipboardInput',
  (event) => {
    event.stop();
    document.body.dataset.swallowedPastes = String(++swallowed);
  },
  { priority: 'highest' },
);
onSubmit(() => htmlToLines(editor.getData()));
