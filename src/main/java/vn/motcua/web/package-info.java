/**
 * Web: the public portal (citizens), the office (officers), the admin pages and the public JSON API —
 * controllers, templates and their configuration only. Every rule lives in a domain module; this
 * module calls only the modules' public faces (an ArchUnit rule checks it).
 *
 * <ul>
 *   <li>{@code web.portal}: public pages, no login;</li>
 *   <li>{@code web.admin}: administrators' pages (units, officers, catalog, calendar);</li>
 *   <li>{@code web.api}: JSON under {@code /api/v1}, described in the OpenAPI document.</li>
 * </ul>
 */
package vn.motcua.web;
