package vn.motcua.platform;

/** The thing asked for does not exist (or is not visible to the caller); the web answers 404. */
public class NotFoundException extends UserInputException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(null, messageKey, arguments);
    }
}
