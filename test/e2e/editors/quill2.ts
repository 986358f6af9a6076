import 'quill/dist/quill.core.css';
import Quill from 'quill';
import { editorHost, onSubmit } from './page';

const quill = new Quill(editorHost(), { placeholder: 'Reply…' });
onSubmit(() => quill.getText().replace(/\n$/, ''));
