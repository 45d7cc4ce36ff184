package vn.motcua.events;

/**
 * A test event whose listener ({@link FlakyListener}) refuses its first {@code failures} deliveries.
 *
 * @param code names the event, as a dossier code does, and shows as its key
 */
record FlakyEvent(String code, int failures) {
}
