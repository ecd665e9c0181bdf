/** Admin path of the directory view (under /admin). */
export const DIRECTORY_PATH = '/annuaire'
