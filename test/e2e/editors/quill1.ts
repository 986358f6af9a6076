import 'quill1/dist/quill.core.css';
import Quill from 'quill1';
import { editorHost, onSubmit } from './page';

const quill = new Quill(editorHost(), { placeholder: 'Reply…' });
onSubmit(() => quill.getText().replace(/\n$/, ''));
