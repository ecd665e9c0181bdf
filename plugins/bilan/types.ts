import type { Access } from 'payload'

export type BilanPluginOptions = {
  /** Leave the module's collections in the schema but hide them and stop its seed (migrations stay consistent). */
  disabled?: boolean
  /** Who edits phase titles, content and forms; defaults to lead counsellors, academic admins and admins. */
  phaseEditors?: Access
}
