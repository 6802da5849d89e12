import { useEffect, useState, type ComponentType } from 'react';
import { UserMenuButton } from './UserMenuButton';
import type { UserMenuPopupProps } from './UserMenuPopup';

const loadPopup = () => import('./UserMenuPopup');

/** How long after a release the stand-in stays, for the click that follows it (a touch screen's comes a little later). */
const RELEASE_GRACE_MS = 300;

/**
 * The user menu, loaded just after the first screen: its module (Mantine's Menu with Floating UI) is a third of the
 * shell's weight. Until it is there the same button stands in; a click on it opens the menu as soon as it has
 * loaded, and the focus stays on the button.
 *
 * The stand-in is one element from the first render to the swap, and it is not swapped while it is pressed: a menu
 * that arrived between the press and the release would otherwise take the release's click — on the real button it
 * toggles the menu that the press had opened shut again, and on none at all it is lost (both seen in the journeys).
 */
export function UserMenu() {
  const [Popup, setPopup] = useState<ComponentType<UserMenuPopupProps> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);
  const [clicked, setClicked] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pressed, setPressed] = useState(false);

  useEffect(() => {
    let live = true;
    // After the first paint: the menu's code is not needed to show the screen.
    const timer = window.setTimeout(() => {
      loadPopup().then(
        (module) => {
          if (live) setPopup(() => module.UserMenuPopup);
        },
        () => {
          // offline or a new deployment: the next click on the stand-in tries again
          if (live) setFailed(true);
        },
      );
    }, 0);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [attempt]);

  useEffect(() => {
    if (!pressed) return;
    let timer = 0;
    const released = () => {
      timer = window.setTimeout(() => setPressed(false), RELEASE_GRACE_MS);
    };
    window.addEventListener('pointerup', released);
    window.addEventListener('pointercancel', released);
    return () => {
      window.removeEventListener('pointerup', released);
      window.removeEventListener('pointercancel', released);
      window.clearTimeout(timer);
    };
  }, [pressed]);

  if (Popup && !pressed) return <Popup defaultOpened={clicked} focus={focused} />;
  return (
    <UserMenuButton
      data-loading="true"
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerDown={() => setPressed(true)}
      onClick={() => {
        setClicked(true);
        setPressed(false);
        if (failed) {
          setFailed(false);
          setAttempt((n) => n + 1);
        }
      }}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    />
  );
}
