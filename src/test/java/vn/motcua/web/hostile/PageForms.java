package vn.motcua.web.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms and links of our own server-rendered pages, read with patterns: the templates are ours and
 * regular, so a small reader is enough to find every {@code <form>} with its fields.
 */
final class PageForms {

    /** A form as a browser would send it: its fields with the values the page filled in. */
    record Form(String page, String method, String action, boolean multipart, Map<String, String> fields) {
    }

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");
    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*\\bhref=\"(/[^\"#]*)\"");

    private PageForms() {
    }

    static List<Form> forms(String page, String html) {
        List<Form> forms = new ArrayList<>();
        Matcher m = FORM.matcher(html);
        while (m.find()) {
            String attributes = m.group(1);
            String action = attribute(attributes, "action");
            Map<String, String> fields = fields(m.group(2));
            String method = attribute(attributes, "method").toUpperCase();
            forms.add(new Form(page, method.isEmpty() ? "GET" : method,
                    action.isEmpty() ? page : unescape(action), attributes.contains("multipart/form-data"),
                    fields));
        }
        return forms;
    }

    static List<String> links(String html) {
        Set<String> links = new LinkedHashSet<>();
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            links.add(unescape(m.group(1)));
        }
        return List.copyOf(links);
    }

    /** The form fields other than the CSRF token, each set to {@code value}. */
    static Map<String, String> filled(Form form, String value) {
        Map<String, String> params = new LinkedHashMap<>();
        form.fields().keySet().stream().filter(f -> !f.equals("_csrf")).forEach(f -> params.put(f, value));
        return params;
    }

    /** The form as the page filled it, but {@code field} set to {@code value}. */
    static Map<String, String> oneField(Form form, String field, String value) {
        Map<String, String> params = new LinkedHashMap<>(form.fields());
        params.remove("_csrf");
        params.put(field, value);
        return params;
    }

    /** Each named field with its value: checked boxes and choices only, a select's chosen (or first) option. */
    private static Map<String, String> fields(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            String a = input.group(1);
            String type = attribute(a, "type");
            boolean choice = type.equals("checkbox") || type.equals("radio");
            if (!attribute(a, "name").isEmpty() && !type.equals("file") && (!choice || a.contains("checked"))) {
                fields.putIfAbsent(unescape(attribute(a, "name")), unescape(attribute(a, "value")));
            }
        }
        Matcher textarea = TEXTAREA.matcher(form);
        while (textarea.find()) {
            fields.putIfAbsent(unescape(attribute(textarea.group(1), "name")), unescape(textarea.group(2)));
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            fields.putIfAbsent(unescape(attribute(select.group(1), "name")), chosen(select.group(2)));
        }
        fields.remove("");
        return fields;
    }

    private static String chosen(String options) {
        String first = null;
        Matcher option = OPTION.matcher(options);
        while (option.find()) {
            String value = unescape(attribute(option.group(1), "value"));
            if (option.group(1).contains("selected")) {
                return value;
            }
            first = first == null ? value : first;
        }
        return first == null ? "" : first;
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : "";
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'");
    }
}
