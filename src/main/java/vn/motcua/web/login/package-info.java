/**
 * Web side of the login module: how a refused login form is answered (the login page, saying when
 * to try again). The HTTP Basic side is {@code web.api.ApiSecurityRefusals}.
 */
package vn.motcua.web.login;
