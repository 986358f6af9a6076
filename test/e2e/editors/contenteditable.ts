import { editorHost, onSubmit } from './page';

/** A plain contenteditable: the DOM is the model; the page reads it as a helpdesk would (innerText). */
const editor = document.createElement('div');
editor.id = 'editor';
editor.contentEditable = 'true';
editor.setAttribute('role', 'textbox');
editor.style.cssText = 'min-height: 6em; border: 1px solid #999; padding: 4px; white-space: pre-wrap';
editorHost().append(editor);
onSubmit(() => editor.innerText.replace(/\n$/, ''));
