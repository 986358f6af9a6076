import { editorHost, onSubmit } from './page';

/** A same-origin <iframe> whose <body> is the editor (the old TinyMCE / webmail pattern). */
const frame = document.createElement('iframe');
frame.id = 'editor-frame';
frame.style.cssText = 'width: 40em; height: 8em; border: 1px solid #999';
editorHost().append(frame);
const doc = frame.contentDocument!;
doc.open();
// The body fills the frame, so a click anywhere in it lands in the editor. Unlike the plain
// contenteditable page, whitespace is normal here (no pre-wrap), as in most iframe editors.
doc.write(
  '<!doctype html><html style="height: 100%"><body contenteditable="true" style="box-sizing: border-box; height: 100%; margin: 0; padding: 4px"></body></html>',
);
doc.close();
onSubmit(() => doc.body.innerText.replace(/\n$/, ''));
