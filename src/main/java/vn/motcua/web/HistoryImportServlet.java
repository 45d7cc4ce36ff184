package vn.motcua.web;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The history import's form gets a servlet of its own: the servlet container applies its multipart
 * limit per servlet, while it parses, so this is how one address may take a file of gigabytes while
 * every other upload stops at {@code motcua.uploads.max-request-size}. It is the same Spring MVC (same
 * controllers, same security filters); {@link BodyLimitFilter} lets only an administrator's session
 * send it anything.
 */
@Configuration(proxyBeanMethods = false)
class HistoryImportServlet {

    /** The form's address, mapped exactly: its job pages below it are the ordinary servlet's. */
    static final String PATH = "/admin/import";

    @Bean
    ServletRegistrationBean<DispatcherServlet> historyImportServletRegistration(WebApplicationContext context,
            MultipartConfigElement ordinary, @Value("${motcua.uploads.max-import-size:2GB}") DataSize limit) {
        ServletRegistrationBean<DispatcherServlet> registration =
                new ServletRegistrationBean<>(new DispatcherServlet(context), PATH);
        registration.setName("historyImportServlet");
        registration.setLoadOnStartup(1);
        registration.setMultipartConfig(new MultipartConfigElement(ordinary.getLocation(), limit.toBytes(),
                limit.toBytes(), ordinary.getFileSizeThreshold()));
        return registration;
    }
}
