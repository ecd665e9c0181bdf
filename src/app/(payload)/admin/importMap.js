import { StatusCell as StatusCell_f1bb081f2faff8e96bc7737e1303144b } from '../../../../plugins/lifecycle/components/StatusCell'
import { LifecyclePanel as LifecyclePanel_e34ef33eff1b2c065a1a168dffd28829 } from '../../../../plugins/lifecycle/components/LifecyclePanel'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/plugins/lifecycle/components/StatusCell#StatusCell": StatusCell_f1bb081f2faff8e96bc7737e1303144b,
  "/plugins/lifecycle/components/LifecyclePanel#LifecyclePanel": LifecyclePanel_e34ef33eff1b2c065a1a168dffd28829,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
