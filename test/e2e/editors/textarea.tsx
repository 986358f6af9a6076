import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { editorHost, onSubmit } from './page';

/** A React-controlled <textarea>: the model is React state, which only onChange updates. */
function Composer() {
  const [value, setValue] = useState('');
  const latest = useRef(value);
  latest.current = value;
  useEffect(() => onSubmit(() => latest.current), []);
  return <textarea rows={6} cols={60} placeholder="Reply…" value={value} onChange={(event) => setValue(event.target.value)} />;
}

createRoot(editorHost()).render(<Composer />);
