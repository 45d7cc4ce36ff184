package vn.motcua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.motcua.Await;
import vn.motcua.MotcuaApplication;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.web.OfficeSamples;

/**
 * Two application nodes on one database, as a province runs them behind a load balancer: the shared
 * test application is node A; node B is a second application started on A's database and file folder.
 * One browser (one cookie jar) is sent to either node, as a load balancer without sticky sessions does.
 */
@MotcuaIntegrationTest
class TwoNodesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static ConfigurableApplicationContext nodeB;

    @LocalServerPort int portA;
    @Autowired NodeLeases leasesA;

    private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startNodeB(@Autowired DataSource dataSource) {
        HikariDataSource pool = (HikariDataSource) dataSource;
        nodeB = new SpringApplicationBuilder(MotcuaApplication.class).profiles("test").run(
                "--server.port=0", "--motcua.db.url=" + pool.getJdbcUrl(), "--motcua.db.user=" + pool.getUsername(),
                "--motcua.db.password=" + pool.getPassword(), "--motcua.db.max-pool-size=4",
                "--motcua.node.name=node-b");
    }

    @AfterAll
    static void stopNodeB() {
        nodeB.close();
    }

    @Test
    void anOfficerLogsInOnOneNodeAndWalksADossierAcrossBoth() throws Exception {
        String a = "http://localhost:" + portA;
        String b = "http://localhost:" + ((WebServerApplicationContext) nodeB).getWebServer().getPort();
        HttpResponse<String> login = post(a + "/login", "application/x-www-form-urlencoded",
                "username=tiepnhan&password=motcua-demo&_csrf=" + URLEncoder.encode(csrf(get(a + "/login")),
                        StandardCharsets.UTF_8), null);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/office"));

        HttpResponse<String> officeOnB = get(b + "/office");
        assertThat(officeOnB.statusCode()).as("node B knows the session node A opened").isEqualTo(200);
        String token = csrf(officeOnB);

        HttpResponse<String> received = post(b + "/api/v1/dossiers", "application/json",
                OfficeSamples.receptionJson("[]"), token);
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        String code = JsonPath.read(received.body(), "$.code");
        int version = JsonPath.read(received.body(), "$.lockVersion");

        HttpResponse<String> handedOver = post(a + "/api/v1/dossiers/" + code + "/actions", "application/json",
                "{\"action\": \"COMPLETE_STEP\", \"version\": " + version + ", \"note\": \"Chuyển Sở Tư pháp\"}", token);
        assertThat(handedOver.statusCode()).as(handedOver.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(get(b + "/api/v1/dossiers/" + code).body(), "$.status"))
                .as("node B reads what node A wrote").isEqualTo("PROCESSING");

        post(b + "/logout", "application/x-www-form-urlencoded", "_csrf=" + URLEncoder.encode(token,
                StandardCharsets.UTF_8), null);
        assertThat(get(a + "/office").statusCode()).as("logging out on B ends the session on A").isEqualTo(302);
    }

    @Test
    void periodicWorkIsDoneByOneNodeUntilItStopsComingBack() throws InterruptedException {
        NodeLeases leasesB = nodeB.getBean(NodeLeases.class);
        String work = "two-nodes-test-" + System.nanoTime();
        assertThat(leasesA.claim(work, Duration.ofMillis(300))).isTrue();
        assertThat(leasesB.claim(work, Duration.ofMillis(300))).as("A holds it").isFalse();
        assertThat(leasesA.claim(work, Duration.ofMillis(300))).as("A keeps it by coming back").isTrue();
        Await.until(() -> leasesB.claim(work, Duration.ofHours(1)));
        assertThat(leasesA.claim(work, Duration.ofHours(1))).as("B took it over once A's period passed").isFalse();
    }

    @Test
    void lookUpsAreCountedByBothNodesTogether() throws Exception {
        String a = "http://localhost:" + portA;
        String b = "http://localhost:" + ((WebServerApplicationContext) nodeB).getWebServer().getPort();
        String client = "10.77." + (System.nanoTime() % 200) + ".1";
        startOfAMinute();
        for (int i = 0; i < 10; i++) {
            assertThat(lookUp(i % 2 == 0 ? a : b, client).statusCode()).isEqualTo(200);
        }
        assertThat(lookUp(b, client).statusCode()).as("the eleventh look-up, whichever node gets it").isEqualTo(429);
    }

    /**
     * Waits, when the minute is late, for the next to begin: the limit counts clock minutes (node B's clock is
     * the real one), and eleven look-ups split over a minute's boundary are rightly all allowed.
     */
    private static void startOfAMinute() throws InterruptedException {
        int second = LocalTime.now().getSecond();
        if (second > 40) {
            Thread.sleep(Duration.ofSeconds(61 - second));
        }
    }

    /** A look-up by code and ID number through the public form, from {@code client}'s address. */
    private HttpResponse<String> lookUp(String node, String client) throws IOException, InterruptedException {
        String token = csrf(get(node + "/follow"));
        return browser.send(HttpRequest.newBuilder(URI.create(node + "/follow"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString("code=000.00.01.H18-260101-0001&idNumber=011090000000&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String type, String body, String csrfHeader)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (csrfHeader != null) {
            request.header("X-CSRF-TOKEN", csrfHeader);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("a form with a CSRF token").isTrue();
        return token.group(1);
    }
}
