import { useDoor } from '../b24/door-context.ts';
import { appHandlerUrl } from '../chat/places/placement-bindings.ts';
import { InstallNotAdmin } from './install-not-admin.tsx';
import { InstallProgress } from './install-progress.tsx';
import './install.css';

/** `data-view="install"`: INSTALL = true in the init data (contract §4). */
export function InstallView() {
  const door = useDoor();
  // placement.bind is admin-only: a non-admin gets an explanation and no request at all.
  if (!door.init.isAdmin) return <InstallNotAdmin />;
  return <InstallProgress handler={appHandlerUrl(window.location)} />;
}
