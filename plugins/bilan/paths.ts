/** Admin path of the activity table view (under /admin). */
export const ACTIVITY_PATH = '/activite-bilans'
