package vn.motcua.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every request passes before a controller sees it: the limits on parameters and path variables
 * ({@link RequestValueLimits}, after the language switch so refusals speak the chosen language) and the
 * strict reading of JSON bodies ({@link StrictJson}). Boot's own JSON converter is replaced in its place;
 * the application's shared mapper (used to store aggregates) stays as it is.
 */
@Configuration(proxyBeanMethods = false)
class InputSafetyConfiguration implements WebMvcConfigurer {

    private final JsonMapper mapper;

    InputSafetyConfiguration(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** In the JSON converter's own place: a converter bean would go first and turn {@code byte[]} into base64. */
    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.withJsonConverter(new JacksonJsonHttpMessageConverter(StrictJson.of(mapper)));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RequestValueLimits()).order(1);
    }
}
