package vn.motcua.platform;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with an input, then refuses it once with all of it. */
public final class Problems {

    private final List<UserInputException.Problem> found = new ArrayList<>();

    /** Records a problem when the condition is true. */
    public Problems when(boolean condition, String field, String messageKey, Object... arguments) {
        if (condition) {
            add(field, messageKey, arguments);
        }
        return this;
    }

    public Problems add(String field, String messageKey, Object... arguments) {
        found.add(new UserInputException.Problem(field, messageKey, arguments));
        return this;
    }

    /** Runs a check that throws {@link UserInputException} and keeps its problems instead. */
    public Problems check(Runnable validation) {
        try {
            validation.run();
        } catch (UserInputException e) {
            found.addAll(e.problems());
        }
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws when anything was found. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new UserInputException(found);
        }
    }
}
