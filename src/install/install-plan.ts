import { crmTabs, LEFT_MENU, type TabPlace } from '../chat/places/crm-places.ts';
import type { PlacementOverview } from '../chat/places/placement-bindings.ts';

/** A place to bind: a CRM tab, or the left-menu item (no CRM type). */
export type InstallTarget = TabPlace | { placement: typeof LEFT_MENU };

export interface InstallPlan {
  /** Every place the app lives in, in the order shown. */
  targets: InstallTarget[];
  /** Of those, the ones already bound to this handler: never bound twice. */
  boundBefore: ReadonlySet<string>;
  toBind: string[];
  smartProcessTypeIds: number[];
}

export function planInstall(overview: PlacementOverview): InstallPlan {
  const targets: InstallTarget[] = [
    ...crmTabs(overview.smartProcessTypes),
    { placement: LEFT_MENU },
  ];
  const boundBefore = new Set(
    targets.map((target) => target.placement).filter((code) => overview.bound.has(code)),
  );
  return {
    targets,
    boundBefore,
    toBind: targets.map((target) => target.placement).filter((code) => !boundBefore.has(code)),
    smartProcessTypeIds: overview.smartProcessTypes.map((type) => type.entityTypeId),
  };
}
