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

    /** A form as a browser would send it. */
    record Form(String page, String method, String action, boolean multipart, List<String> fields) {
    }

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("<(?:input|textarea|select)\\b[^>]*\\bname=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*\\bhref=\"(/[^\"#]*)\"");

    private PageForms() {
    }

    static List<Form> forms(String page, String html) {
        List<Form> forms = new ArrayList<>();
        Matcher m = FORM.matcher(html);
        while (m.find()) {
            String attributes = m.group(1);
            String action = attribute(attributes, "action");
            Set<String> fields = new LinkedHashSet<>();
            Matcher f = FIELD.matcher(m.group(2));
            while (f.find()) {
                fields.add(unescape(f.group(1)));
            }
            String method = attribute(attributes, "method").toUpperCase();
            forms.add(new Form(page, method.isEmpty() ? "GET" : method,
                    action.isEmpty() ? page : unescape(action), attributes.contains("multipart/form-data"),
                    List.copyOf(fields)));
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
        form.fields().stream().filter(f -> !f.equals("_csrf")).forEach(f -> params.put(f, value));
        return params;
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : "";
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'");
    }
}
