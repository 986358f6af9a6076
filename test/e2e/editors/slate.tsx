import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';
import { editorHost, onSubmit } from './page';

const INITIAL: Descendant[] = [{ children: [{ text: '' }] } as Descendant];

/** Slate: the model is `editor.children`. */
function Composer() {
  const [editor] = useState(() => withHistory(withReact(createEditor())));
  useEffect(() => onSubmit(() => editor.children.map((node) => Node.string(node)).join('\n')), [editor]);
  return (
    <Slate editor={editor} initialValue={INITIAL}>
      <Editable placeholder="Reply…" style={{ minHeight: '6em', border: '1px solid #999' }} />
    </Slate>
  );
}

createRoot(editorHost()).render(<Composer />);
