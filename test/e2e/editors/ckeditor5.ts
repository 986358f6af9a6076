import 'ckeditor5/ckeditor5.css';
import { ClassicEditor, Essentials, Paragraph } from 'ckeditor5';
import { editorHost, htmlToLines, onSubmit } from './page';

const source = document.createElement('div');
editorHost().append(source);
const editor = await ClassicEditor.create({ attachTo: source, licenseKey: 'GPL', plugins: [Essentials, Paragraph], toolbar: [] });
onSubmit(() => htmlToLines(editor.getData()));
