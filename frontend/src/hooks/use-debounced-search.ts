import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { SEARCH_DEBOUNCE_MS } from '@/config/constants';

/**
 * A search box's text: typed into local state at once, written out (to the URL) after a pause. When the outside
 * value changes (back button, "reset filters"), the box follows it.
 */
export function useDebouncedSearch(value: string, onCommit: (value: string) => void) {
  const [text, setText] = useState(value);
  const [committed, setCommitted] = useState(value);
  const commit = useDebouncedCallback((next: string) => onCommit(next.trim()), SEARCH_DEBOUNCE_MS);

  // Adjusting state while rendering (not in an effect): https://react.dev/learn/you-might-not-need-an-effect
  if (value !== committed) {
    setCommitted(value);
    if (text.trim() !== value) setText(value);
  }

  const onChange = (next: string) => {
    setText(next);
    commit(next);
  };
  return { text, onChange };
}
