package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.util.unit.DataSize;

/**
 * Only an administrator's history upload may be larger than the ordinary multipart limit, and every
 * other body stops at its cap while it is read, whatever length it announced.
 */
class BodyLimitFilterTest {

    private static final long MB = DataSize.ofMegabytes(1).toBytes();
    private final BodyLimitFilter filter = new BodyLimitFilter(DataSize.ofMegabytes(2), DataSize.ofMegabytes(60),
            DataSize.ofGigabytes(2));

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aScanUploadOverTheLimitIsRefusedBeforeItsBodyIsRead() throws Exception {
        HttpServletRequest seen = pass(multipart("/office/reception", 200 * MB, "ADMINISTRATOR"));
        assertThatThrownBy(seen::getParts).hasMessageContaining("exceeds");
        assertThat(seen.getParameter("lang")).isEqualTo("en");
        assertThat(seen.getParameter("_csrf")).isNull();
    }

    @Test
    void aScanUploadWithinTheLimitIsRead() throws Exception {
        assertThat(pass(multipart("/office/reception", 59 * MB, "RECEPTION")).getParameter("_csrf"))
                .isEqualTo("token-in-the-body");
    }

    @Test
    void anUploadTheContainerStoppedAtTheLimitStillHasItsQueryParameters() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/office/reception") {
            @Override
            public Map<String, String[]> getParameterMap() {
                throw new IllegalStateException("the request was rejected because its size exceeds the maximum");
            }
        };
        request.setContentType("multipart/form-data; boundary=x");
        request.setQueryString("_csrf=token-in-the-address&lang=en");
        HttpServletRequest seen = pass(request);
        assertThat(seen.getParameter("_csrf")).isEqualTo("token-in-the-address");
        assertThat(seen.getParameterMap()).containsOnlyKeys("_csrf", "lang");
    }

    @Test
    void anAdministratorsHistoryFileMayBeLarge() throws Exception {
        assertThat(pass(multipart("/admin/import", 1500 * MB, "ADMINISTRATOR")).getParameter("_csrf"))
                .isEqualTo("token-in-the-body");
    }

    @Test
    void aLargeHistoryFileFromAnyoneElseIsRefused() throws Exception {
        assertThatThrownBy(pass(multipart("/admin/import", 1500 * MB, "RECEPTION"))::getParts)
                .hasMessageContaining("exceeds");
        assertThatThrownBy(pass(multipart("/admin/import", 1500 * MB, null))::getParts)
                .hasMessageContaining("exceeds");
    }

    @Test
    void evenASmallHistoryFileFromAnyoneElseIsNotRead() throws Exception {
        // Its servlet takes gigabytes: only an administrator may make it read anything.
        assertThatThrownBy(pass(multipart("/admin/import", MB, "RECEPTION"))::getParts).hasMessageContaining("exceeds");
    }

    @Test
    void aJsonBodyWithoutALengthStopsOneByteAfterItsCap() throws Exception {
        InputStream body = pass(json("/api/v1/dossiers", new byte[(int) (3 * MB)], -1)).getInputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        try {
            for (int n; (n = body.read(buffer)) > 0; ) {
                read += n;
            }
        } catch (BodyTooLargeException expected) {
            assertThat(expected.limitMegabytes()).isEqualTo(2);
        }
        assertThat(read).isEqualTo(2 * MB);
    }

    @Test
    void aJsonBodyAnnouncingMoreThanItsCapIsRefusedBeforeAByteIsRead() throws Exception {
        HttpServletRequest seen = pass(json("/api/v1/dossiers", new byte[10], 3 * MB));
        assertThatThrownBy(seen::getInputStream).isInstanceOf(BodyTooLargeException.class);
    }

    @Test
    void theHistoryImportTakesMoreOnlyFromAnAdministrator() throws Exception {
        byte[] lines = new byte[(int) (3 * MB)];
        HttpServletRequest anonymous = pass(json(BodyLimitFilter.IMPORT_API, lines, -1));
        assertThatThrownBy(() -> anonymous.getInputStream().readAllBytes()).isInstanceOf(BodyTooLargeException.class);

        HttpServletRequest administrator = pass(json(BodyLimitFilter.IMPORT_API, lines, -1));
        SecurityContextHolder.getContext().setAuthentication(login("ADMINISTRATOR"));
        assertThat(administrator.getInputStream().readAllBytes()).hasSize(lines.length);
    }

    @Test
    void aFormReadByAnotherFilterPastItsCapIsAnswered413() throws Exception {
        MockHttpServletRequest put = json("/office/anything", new byte[(int) (3 * MB)], -1);
        put.setMethod("PUT");
        put.setContentType("application/x-www-form-urlencoded");
        MockHttpServletResponse response = new MockHttpServletResponse();
        // As Spring's FormContentFilter reads a PUT form: the whole body, from the stream.
        filter.doFilter(put, response, (request, ignored) -> request.getInputStream().readAllBytes());
        assertThat(response.getStatus()).isEqualTo(413);
    }

    /** A JSON POST with {@code body}, announcing {@code length} (-1: none, chunked). */
    private static MockHttpServletRequest json(String path, byte[] body, long length) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
            @Override
            public long getContentLengthLong() {
                return length;
            }
        };
        request.setContentType("application/json");
        request.setContent(body);
        return request;
    }

    private static UsernamePasswordAuthenticationToken login(String role) {
        return UsernamePasswordAuthenticationToken.authenticated("someone", null,
                AuthorityUtils.createAuthorityList("ROLE_" + role));
    }

    private HttpServletRequest pass(MockHttpServletRequest request) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        return (HttpServletRequest) chain.getRequest();
    }

    /** A multipart POST announcing {@code length} bytes, from a session logged in with {@code role} (null: none). */
    private static MockHttpServletRequest multipart(String path, long length, String role) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
            @Override
            public long getContentLengthLong() {
                return length;
            }
        };
        request.setContentType("multipart/form-data; boundary=x");
        request.setQueryString("lang=en");
        request.setParameter("_csrf", "token-in-the-body");
        if (role != null) {
            request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                    new SecurityContextImpl(login(role)));
        }
        return request;
    }
}
