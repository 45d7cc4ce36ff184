/**
 * Web: the public portal (citizens), the office (officers), the admin pages and the public JSON API —
 * controllers, templates and their configuration only. Every rule lives in a domain module; this
 * module calls only the modules' public faces (an ArchUnit rule checks it).
 *
 * <ul>
 *   <li>{@code web.portal}: public pages, no login;</li>
 *   <li>{@code web.admin}: administrators' pages (units, officers, catalog, calendar);</li>
 *   <li>{@code web.api}: JSON under {@code /api/v1}, described in the OpenAPI document;</li>
 *   <li>{@code web.serviceindex} and {@code web.export}: what the service index's pages share (names and
 *       numbers in the reader's language, the trend chart's geometry, tables as CSV and xlsx downloads);
 *       the pages themselves are {@code web.portal.serviceindex} (public dashboard),
 *       {@code web.office.serviceindex} (leaders' view, drill-down, early warning) and
 *       {@code web.admin} (recompute).</li>
 * </ul>
 */
package vn.motcua.web;
