import type { RequestHandler } from 'express'
import helmet from 'helmet'

/**
 * Security headers that keep the admin working: Next and the admin use inline scripts and
 * styles, and images come from our own uploads or data URLs.
 */
export const securityHeaders = ({ isProduction }: { isProduction: boolean }): RequestHandler =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'", ...(isProduction ? [] : ["'unsafe-eval'"])],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...(isProduction ? [] : ['ws:', 'wss:'])],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    // Not `no-referrer`: with it browsers send `Origin: null` on form posts, which the site's
    // server actions refuse as cross-site (the questionnaire works without JavaScript through
    // them). `same-origin` still tells other sites nothing.
    referrerPolicy: { policy: 'same-origin' },
    hsts: isProduction,
  })
