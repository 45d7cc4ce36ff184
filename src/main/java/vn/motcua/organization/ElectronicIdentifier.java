package vn.motcua.organization;

import java.util.regex.Pattern;
import vn.motcua.platform.UserInputException;

/**
 * A unit's electronic identifier (mã định danh điện tử, Decision 20/2020/QĐ-TTg): dot-separated
 * groups of digits and capital letters, at most 35 characters, e.g. {@code 000.00.12.H18}.
 */
public record ElectronicIdentifier(String value) {

    public static final int MAX_LENGTH = 35;
    private static final Pattern SHAPE = Pattern.compile("[0-9A-Z]+(\\.[0-9A-Z]+)*");

    public ElectronicIdentifier {
        if (value == null || value.isBlank()) {
            throw new UserInputException("identifier", "organization.identifier.required");
        }
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new UserInputException("identifier", "organization.identifier.invalid", value);
        }
    }

    /** Parses user input, accepting surrounding blanks and lower-case letters. */
    public static ElectronicIdentifier parse(String input) {
        return new ElectronicIdentifier(input == null ? null : input.strip().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
