/** Admin path of « Mon agenda » (under /admin). */
export const MY_AGENDA_PATH = '/cej/mon-agenda'
