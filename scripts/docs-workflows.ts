/** `npm run docs:workflows`: rewrites the README's lifecycle section from the machines. */
import { readFileSync, writeFileSync } from 'node:fs'

import { renderWorkflowDocs, withWorkflowDocs } from './workflowDocs'

const readme = readFileSync('README.md', 'utf8')
writeFileSync('README.md', withWorkflowDocs(readme, await renderWorkflowDocs()))
console.log('README.md : section « Cycles de vie » à jour')
