package vn.motcua.web.portal.submit;

/** A radio button's value as an enum constant; null when none was chosen or the value was tampered with. */
final class Choices {

    private Choices() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
