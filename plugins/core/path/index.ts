export { pathEndpoint } from './endpoint'
export { readPath, type PathProgramme, type YoungPersonPath } from './readPath'
export { withPathPanel } from './withPathPanel'
export { pathQueries } from './graphql'
