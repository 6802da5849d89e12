import { lazy, Suspense, useEffect, useState } from 'react';
import { UserMenuButton } from './UserMenuButton';

const loadPopup = () => import('./UserMenuPopup');
const UserMenuPopup = lazy(async () => ({ default: (await loadPopup()).UserMenuPopup }));

/**
 * The user menu, loaded just after the first screen: its module (Mantine's Menu with Floating UI) is a third of the
 * shell's weight. Until it is there the same button stands in; a click on it opens the menu as soon as it has
 * loaded, and the focus stays on the button.
 */
export function UserMenu() {
  const [load, setLoad] = useState(false);
  const [clicked, setClicked] = useState(false);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    // After the first paint: the menu's code is not needed to show the screen.
    const timer = window.setTimeout(() => setLoad(true), 0);
    return () => window.clearTimeout(timer);
  }, []);
  const open = () => {
    setClicked(true);
    setLoad(true);
  };
  const standIn = (
    <UserMenuButton
      data-loading="true"
      aria-haspopup="menu"
      aria-expanded={false}
      // pressed, not only clicked: when the menu arrives between the press and the release, the click goes to no
      // button at all (its press was on this one, now gone), and the menu must open all the same
      onPointerDown={open}
      onClick={open}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    />
  );
  if (!load) return standIn;
  return (
    <Suspense fallback={standIn}>
      <UserMenuPopup defaultOpened={clicked} focus={focused} />
    </Suspense>
  );
}
