package vn.motcua.web;

import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import vn.motcua.platform.InputLimits;

/**
 * JSON bodies read as they are written, never guessed: {@code 1.9} is not an integer version, a missing
 * or null number is not 0, a null inside a list is not an item, text after the document is an error, and
 * every string is within {@link InputLimits#ANY_VALUE} characters without control characters (new lines
 * and tabs allowed). Each refusal carries the path of the field, so the API names it in its 400.
 */
public final class StrictJson {

    private StrictJson() {
    }

    static JsonMapper of(JsonMapper shared) {
        return shared.rebuild()
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .changeDefaultNullHandling(handling -> handling.withContentNulls(Nulls.FAIL))
                .addModule(new SimpleModule("motcua-input-limits").addDeserializer(String.class, new LimitedString()))
                .build();
    }

    /** The field a refusal is about, as a client writes it: {@code applicant.name}, {@code components[2].name}. */
    public static String field(JacksonException refusal) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference step : refusal.getPath()) {
            if (step.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? null : field.toString();
    }

    /** A string the limits refuse, with the message key that says why. */
    public static final class RefusedText extends InvalidFormatException {

        private final String messageKey;
        private final transient List<Object> arguments;

        RefusedText(JsonParser parser, String messageKey, Object... arguments) {
            super(parser, messageKey, null, String.class);
            this.messageKey = messageKey;
            this.arguments = List.of(arguments);
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] arguments() {
            return arguments.toArray();
        }
    }

    private static final class LimitedString extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (value != null && value.length() > InputLimits.ANY_VALUE) {
                throw new RefusedText(parser, "limits.text.tooLong", InputLimits.ANY_VALUE);
            }
            if (value != null && InputLimits.hasControl(value, true)) {
                throw new RefusedText(parser, "limits.text.control");
            }
            return value;
        }
    }
}
