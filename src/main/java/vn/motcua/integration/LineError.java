package vn.motcua.integration;

import java.util.List;

/**
 * Why a line of an import was rejected (dòng bị từ chối). The reason is a message key of the
 * {@code integration} bundle with its arguments, so each reader sees it in their own language.
 *
 * @param line the line's number in the file, from 1 (blank lines counted)
 * @param code the line's MaHoSo when it has one, else null
 * @param messageKey e.g. {@code integration.date.invalid}
 * @param arguments the message's arguments, as text
 */
public record LineError(long line, String code, String messageKey, List<String> arguments) {

    public LineError {
        arguments = List.copyOf(arguments);
    }
}
