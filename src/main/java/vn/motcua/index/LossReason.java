package vn.motcua.index;

import java.util.List;

/**
 * Lý do mất điểm: why a dossier or procedure loses points on a criterion, as a message of the
 * {@code i18n/index-reasons} bundle and its arguments, so each user reads it in their language.
 *
 * @param key message key, {@code index.reason.*}
 * @param arguments the message's arguments (numbers, dates, names)
 */
public record LossReason(String key, List<Object> arguments) {

    public LossReason {
        arguments = List.copyOf(arguments);
    }

    public static LossReason of(String name, Object... arguments) {
        return new LossReason("index.reason." + name, List.of(arguments));
    }
}
