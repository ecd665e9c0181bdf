/** Admin path of the directory view (under /admin). */
export const DIRECTORY_PATH = '/annuaire'

/** Admin path of « Importer des candidats » (under /admin). */
export const IMPORT_PATH = '/import-candidats'
