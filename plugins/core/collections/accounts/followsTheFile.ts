import { followedThroughFollowUp } from '../../../../src/kernel/access'

/**
 * The file's administrators: the structure of first contact, through its open follow-up
 * programme (issue 18: never `accounts.structure` itself, so closing that programme ends it). A
 * structure following the person through another programme (a DABM's bilan, an establishment's
 * placement) reads the shared identity but does not rewrite it nor move the file (its
 * `structure`, referents, lifecycle): it writes its own module's data, scoped by its programme.
 */
export const followsTheFile = followedThroughFollowUp()
