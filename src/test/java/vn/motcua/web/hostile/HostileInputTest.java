package vn.motcua.web.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.web.OfficeApi;
import vn.motcua.web.OfficeSamples;
import vn.motcua.web.WebTestSupport;

/**
 * An attacker's values (NUL and control characters, 100,000 characters, -1, 10^20, 1.9, unknown choices,
 * nulls inside lists, malformed and huge JSON) in every operation of the OpenAPI document and every form of
 * the portal, the office and the administration, as an anonymous caller, a reception officer and an
 * administrator: no answer is a 5xx and no row of the main tables is added or changed.
 */
@MotcuaIntegrationTest
class HostileInputTest {

    /** The tables a successful attack would change; lock versions count changes to existing dossiers. */
    private static final List<String> COUNTS = List.of("select count(*) from dossier",
            "select coalesce(sum(lock_version), 0) from dossier", "select count(*) from dossier_draft",
            "select count(*) from dossier_step", "select count(*) from dossier_supplement",
            "select count(*) from catalog_procedure", "select count(*) from catalog_procedure_version",
            "select count(*) from organization_unit", "select count(*) from organization_officer",
            "select count(*) from organization_api_token", "select count(*) from organization_calendar_override",
            "select count(*) from feedback_rating", "select count(*) from identity_account",
            "select count(*) from dossier_account_link");
    private static final int PAGES_PER_USER = 40;
    private static final RequestPostProcessor FROM_ELSEWHERE = request -> {
        request.setRemoteAddr("10.66.6.6");
        return request;
    };

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    /**
     * One client per caller, each with its cookies: HTTP Basic is checked (bcrypt) once, then the API
     * session carries the caller, so a thousand calls do not cost a thousand password hashes.
     */
    private final Map<String, HttpClient> clients = new HashMap<>();

    @Test
    void noOperationOfTheApiAnswersA5xxOrSavesAnything() throws Exception {
        String document = send(null, "GET", "/v3/api-docs", null).body();
        List<OpenApiOperations.Call> calls = new OpenApiOperations(document).hostileCalls();
        assertThat(calls).as(abbreviated(document)).hasSizeGreaterThan(100);
        Map<String, Long> before = counts();
        List<String> failures = new ArrayList<>();
        for (String user : new String[] {null, "tiepnhan", "admin"}) {
            for (OpenApiOperations.Call call : calls) {
                HttpResponse<String> response = send(user, call.method(), call.uri(), call.body());
                if (response.statusCode() >= 500) {
                    failures.add(user + " " + call.method() + " " + abbreviated(call.uri()) + " "
                            + abbreviated(call.body()) + " -> " + response.statusCode() + " "
                            + abbreviated(response.body()));
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(counts()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void noFormOfThePagesAnswersA5xxOrSavesAnything() throws Exception {
        MockMvc mvc = WebTestSupport.mockMvc(context);
        OfficeApi.Reply received = new OfficeApi(port).post("tiepnhan", "/api/v1/dossiers",
                OfficeSamples.receptionJson("[]"));
        Map<String, Long> before = counts();
        List<String> failures = new ArrayList<>();
        attack(mvc, FROM_ELSEWHERE, List.of("/"), "/", failures);
        attack(mvc, WebTestSupport.as(context, "tiepnhan"), List.of("/office", "/office/reception/1.013859",
                "/office/dossiers/" + received.json("$.code")), "/office", failures);
        attack(mvc, WebTestSupport.as(context, "admin"), List.of("/admin"), "/admin", failures);
        assertThat(failures).isEmpty();
        assertThat(counts()).as("nothing saved").isEqualTo(before);
    }

    private void attack(MockMvc mvc, RequestPostProcessor user, List<String> starts, String prefix,
            List<String> failures) throws Exception {
        List<PageForms.Form> forms = crawl(mvc, user, starts, prefix);
        assertThat(forms).as("forms under " + prefix).isNotEmpty();
        System.out.println("Hostile values in " + forms.size() + " forms under " + prefix + ": "
                + forms.stream().map(f -> f.method() + " " + f.action()).toList());
        for (PageForms.Form form : forms) {
            for (String value : HostileValues.TEXTS) {
                submit(mvc, user, form, PageForms.filled(form, value), failures);
            }
            for (String field : PageForms.filled(form, "").keySet()) {
                for (String value : HostileValues.ALWAYS_REFUSED) {
                    submit(mvc, user, form, PageForms.oneField(form, field, value), failures);
                }
            }
        }
    }

    private List<PageForms.Form> crawl(MockMvc mvc, RequestPostProcessor user, List<String> starts, String prefix)
            throws Exception {
        Set<String> seen = new LinkedHashSet<>(starts.stream().map(HostileInputTest::shape).toList());
        Deque<String> queue = new ArrayDeque<>(starts);
        Map<String, PageForms.Form> forms = new LinkedHashMap<>();
        for (int visited = 0; !queue.isEmpty() && visited < PAGES_PER_USER; visited++) {
            String page = queue.poll();
            MockHttpServletResponse response = mvc.perform(get(page).with(user).with(FROM_ELSEWHERE)).andReturn()
                    .getResponse();
            if (!String.valueOf(response.getContentType()).startsWith("text/html")) {
                continue;
            }
            String html = response.getContentAsString(StandardCharsets.UTF_8);
            PageForms.forms(page, html).stream().filter(HostileInputTest::worthAttacking)
                    .forEach(f -> forms.putIfAbsent(f.method() + " " + shape(f.action()), f));
            PageForms.links(html).stream().filter(l -> l.startsWith(prefix) && crawlable(l) && seen.add(shape(l)))
                    .forEach(queue::add);
        }
        return List.copyOf(forms.values());
    }

    /** One page of each kind: the address without its query, codes and numbers as {@code *}. */
    private static String shape(String address) {
        return address.replaceAll("\\?.*", "").replaceAll("/[^/]*\\d[^/]*", "/*");
    }

    /** A form with something to type in, other than signing out. */
    private static boolean worthAttacking(PageForms.Form form) {
        return !form.action().contains("logout") && !PageForms.filled(form, "").isEmpty();
    }

    /** Pages, not downloads nor a language switch. */
    private static boolean crawlable(String link) {
        return !(link.contains("/documents/") || link.contains("/files/") || link.contains("/results/")
                || link.contains("export") || link.contains("logout") || link.contains("lang=")
                || link.endsWith(".pdf") || link.endsWith(".csv") || link.endsWith(".xlsx"));
    }

    private void submit(MockMvc mvc, RequestPostProcessor user, PageForms.Form form, Map<String, String> params,
            List<String> failures) {
        AbstractMockHttpServletRequestBuilder<?> request = form.multipart() ? multipart(form.action())
                : request(HttpMethod.valueOf(form.method()), form.action());
        params.forEach(request::param);
        String what = form.method() + " " + form.action() + " (from " + form.page() + ") " + abbreviated(
                params.toString());
        try {
            int status = mvc.perform(request.with(user).with(WebTestSupport.formToken()).with(FROM_ELSEWHERE)).andReturn().getResponse()
                    .getStatus();
            if (status >= 500) {
                failures.add(what + " -> " + status);
            }
        } catch (Exception e) {
            failures.add(what + " -> " + e);
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        COUNTS.forEach(sql -> counts.put(sql, jdbc.sql(sql).query(Long.class).single()));
        return counts;
    }

    private HttpResponse<String> send(String user, String method, String uri, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + uri))
                .header("Accept-Language", "vi").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + OfficeApi.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        HttpClient client = clients.computeIfAbsent(String.valueOf(user), u -> HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build());
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
