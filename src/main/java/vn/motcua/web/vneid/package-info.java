/**
 * VNeID, the national SSO, on the web: the portal's OpenID Connect client ({@link vn.motcua.web.vneid.VneidLogin},
 * {@link vn.motcua.web.vneid.VneidRegistration}) on the applicants' filter chain, and the demo's VNeID provider
 * (Spring Authorization Server, its chain in {@code web.VneidSimulatorSecurity}): its login page, its one client,
 * its tokens and their misbehaviours. The accounts themselves are identity's.
 */
package vn.motcua.web.vneid;
