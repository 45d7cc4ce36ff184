package vn.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.util.SerializationUtils;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The notices a redirect carries (flash attributes) are kept in the session, and the session in
 * PostgreSQL so that every node sees it: what a form flashes must be serializable. Checked here on
 * every redirect, wherever the session lives, so that the page tests meet a value that could not be
 * stored, not only a second node in production.
 */
@Component("flashMapManager")
class SerializableFlashMaps extends SessionFlashMapManager {

    @Override
    protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request,
            HttpServletResponse response) {
        SerializationUtils.serialize(flashMaps);
        super.updateFlashMaps(flashMaps, request, response);
    }
}
