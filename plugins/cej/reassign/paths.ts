/** Admin path of « Réaffecter des bénéficiaires » (under /admin). */
export const REASSIGN_PATH = '/cej/reaffectation'
