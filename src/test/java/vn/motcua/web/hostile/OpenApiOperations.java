package vn.motcua.web.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations of the OpenAPI document ({@code /v3/api-docs}) and, for each, the hostile requests: every
 * path and query parameter set to one hostile value, JSON bodies built from the schema with hostile strings
 * or hostile numbers in every field, and bodies that are no JSON of the schema at all.
 */
final class OpenApiOperations {

    /** One call: method, path with its query, JSON body or null. */
    record Call(String method, String uri, String body) {
    }

    /** What fills a body: a JSON token for strings, one for numbers, and whether lists carry a null. */
    private record Fill(String text, String number, boolean nullItems) {
    }

    private static final int DEPTH = 4;
    /** An ordinary string: a body with it everywhere tests the numbers and lists alone. */
    private static final String PLAIN = "\"x\"";

    private final JsonNode document;

    OpenApiOperations(String json) {
        this.document = JsonMapper.builder().build().readTree(json);
    }

    List<Call> hostileCalls() {
        List<Call> calls = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                calls.addAll(calls(path.getKey(), operation.getKey().toUpperCase(), operation.getValue()));
            }
        }
        return calls;
    }

    private List<Call> calls(String path, String method, JsonNode operation) {
        List<Call> calls = new ArrayList<>();
        JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
        String validBody = body.isMissingNode() ? null : json(body, new Fill(PLAIN, "1", false), 0);
        for (String value : HostileValues.TEXTS) {
            calls.add(new Call(method, uri(path, operation, value), validBody));
        }
        if (body.isMissingNode() && !"POST".equals(method)) {
            return calls;
        }
        String plain = uri(path, operation, "x");
        for (String value : HostileValues.TEXTS) {
            calls.add(new Call(method, plain, body.isMissingNode() ? null : json(body, new Fill(quoted(value), "1", false), 0)));
        }
        for (String number : HostileValues.NUMBER_TOKENS) {
            calls.add(new Call(method, plain, body.isMissingNode() ? null : json(body, new Fill(PLAIN, number, false), 0)));
        }
        if (!body.isMissingNode()) {
            calls.add(new Call(method, plain, json(body, new Fill(PLAIN, "1", true), 0)));
        }
        HostileValues.MALFORMED_BODIES.forEach(malformed -> calls.add(new Call(method, plain, malformed)));
        return calls;
    }

    private String uri(String template, JsonNode operation, String value) {
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        String path = template.replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(encoded));
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asString())) {
                query.add(parameter.path("name").asString() + "=" + encoded);
            }
        }
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    /** A JSON value of the schema filled as {@code fill} says. */
    private String json(JsonNode schema, Fill fill, int depth) {
        JsonNode resolved = resolve(schema);
        String type = resolved.path("type").asString("object");
        if (resolved.has("enum")) {
            return fill.text().equals(PLAIN) ? quoted(resolved.path("enum").get(0).asString()) : fill.text();
        }
        return switch (type) {
            case "string" -> fill.text();
            case "integer", "number" -> fill.number();
            case "boolean" -> "true";
            case "array" -> depth >= DEPTH ? "[]"
                    : "[" + json(resolved.path("items"), fill, depth + 1) + (fill.nullItems() ? ", null]" : "]");
            default -> depth >= DEPTH ? "{}" : object(resolved, fill, depth);
        };
    }

    private String object(JsonNode schema, Fill fill, int depth) {
        List<String> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            fields.add(quoted(property.getKey()) + ": " + json(property.getValue(), fill, depth + 1));
        }
        return fields.stream().collect(Collectors.joining(", ", "{", "}"));
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.isEmpty()) {
            return schema;
        }
        return document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static String quoted(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
