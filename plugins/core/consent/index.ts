export { SharingConsents, SHARING_CONSENTS_SLUG, sharesWithFollowersField } from './collection'
export { readSharingConsentEndpoint, recordSharingConsentEndpoint } from './endpoints'
export { readSharingConsent, recordSharingConsent } from './operations'
