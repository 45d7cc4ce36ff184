package vn.motcua.nationalcatalog;

/**
 * One part of a national procedure that changed since the province's catalog took it in.
 *
 * @param field the part's name (as in {@link NationalProcedure}: name, decision, field, …)
 * @param before what the province took in; null when it was not listed
 * @param after what the national database lists now; null when it no longer lists it
 */
public record FieldChange(String field, String before, String after) {
}
