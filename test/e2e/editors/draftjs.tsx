import 'draft-js/dist/Draft.css';
import { Editor, EditorState } from 'draft-js';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { editorHost, onSubmit } from './page';

/** Draft.js: the model is the EditorState in React state. */
function Composer() {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const latest = useRef(state);
  latest.current = state;
  useEffect(() => onSubmit(() => latest.current.getCurrentContent().getPlainText('\n')), []);
  return <Editor editorState={state} onChange={setState} placeholder="Reply…" />;
}

createRoot(editorHost()).render(<Composer />);
