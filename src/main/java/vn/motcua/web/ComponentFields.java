package vn.motcua.web;

import java.util.List;
import vn.motcua.dossier.ComponentInput;

/**
 * A dossier component as a client sends it, where every flag and count may be left out: a component
 * listed counts as handed in unless {@code submitted} is false; counts default to 0. Files are named by
 * reference only ({@link FileReference}).
 */
public record ComponentFields(String name, Integer originals, Integer copies, Boolean submitted, Boolean reused,
        Boolean fromNationalStore, List<FileReference> files) {

    public ComponentInput toInput() {
        return new ComponentInput(name, orZero(originals), orZero(copies), !Boolean.FALSE.equals(submitted),
                Boolean.TRUE.equals(reused), Boolean.TRUE.equals(fromNationalStore), FileReference.toAttached(files));
    }

    public static List<ComponentInput> toInputs(List<ComponentFields> components) {
        return components == null ? List.of() : components.stream().map(ComponentFields::toInput).toList();
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }
}
