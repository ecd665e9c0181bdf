import type { Access } from 'payload'

export type BilanPluginOptions = {
  /** Who edits phase titles, content and forms; defaults to lead counsellors, academic admins and admins. */
  phaseEditors?: Access
}
