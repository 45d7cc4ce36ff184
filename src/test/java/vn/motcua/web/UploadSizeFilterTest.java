package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.util.unit.DataSize;

/** Only an administrator's history upload may be larger than the ordinary multipart limit. */
class UploadSizeFilterTest {

    private static final long MB = DataSize.ofMegabytes(1).toBytes();
    private final UploadSizeFilter filter = new UploadSizeFilter(DataSize.ofMegabytes(60));

    @Test
    void aScanUploadOverTheLimitIsRefusedBeforeItsBodyIsRead() throws Exception {
        HttpServletRequest seen = pass(multipart("/office/reception", 200 * MB, "ADMINISTRATOR"));
        assertThatThrownBy(seen::getParts).hasMessageContaining("exceeds");
        assertThat(seen.getParameter("lang")).isEqualTo("en");
        assertThat(seen.getParameter("_csrf")).isNull();
    }

    @Test
    void aScanUploadWithinTheLimitIsUntouched() throws Exception {
        MockHttpServletRequest request = multipart("/office/reception", 59 * MB, "RECEPTION");
        assertThat(pass(request)).isSameAs(request);
    }

    @Test
    void anAdministratorsHistoryFileMayBeLarge() throws Exception {
        MockHttpServletRequest request = multipart("/admin/import", 1500 * MB, "ADMINISTRATOR");
        assertThat(pass(request)).isSameAs(request);
    }

    @Test
    void aLargeHistoryFileFromAnyoneElseIsRefused() throws Exception {
        assertThatThrownBy(pass(multipart("/admin/import", 1500 * MB, "RECEPTION"))::getParts)
                .hasMessageContaining("exceeds");
        assertThatThrownBy(pass(multipart("/admin/import", 1500 * MB, null))::getParts)
                .hasMessageContaining("exceeds");
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
                    new SecurityContextImpl(new UsernamePasswordAuthenticationToken("someone", null,
                            AuthorityUtils.createAuthorityList("ROLE_" + role))));
        }
        return request;
    }
}
