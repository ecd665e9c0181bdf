import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

import { renderWorkflowDocs, withWorkflowDocs } from '../../scripts/workflowDocs'

describe('README', () => {
  it('décrit chaque machine telle qu’elle est (sinon : npm run docs:workflows)', async () => {
    const readme = readFileSync('README.md', 'utf8')
    expect(withWorkflowDocs(readme, await renderWorkflowDocs())).toBe(readme)
  })
})
