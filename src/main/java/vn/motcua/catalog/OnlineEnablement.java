package vn.motcua.catalog;

import java.time.Instant;

/**
 * An administrator's decision to offer online submission (nộp trực tuyến) for a version whose online
 * level is not published: who took it and when, shown on the administrators' page of the version.
 *
 * @param by the administrator's username ({@code seed:demo} for the demo catalog's own choice)
 * @param at when
 */
public record OnlineEnablement(String by, Instant at) {
}
