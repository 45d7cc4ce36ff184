package vn.motcua.web.portal.follow;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.util.UriComponentsBuilder;

/** A dossier page opened without a look-up or a login goes to the look-up form, its code filled in. */
@ControllerAdvice(basePackageClasses = FollowAdvice.class)
class FollowAdvice {

    @ExceptionHandler(FollowedDossiers.NotFollowed.class)
    String lookUpFirst(FollowedDossiers.NotFollowed notFollowed) {
        return "redirect:" + UriComponentsBuilder.fromPath("/follow").queryParam("code", notFollowed.code())
                .encode().build().toUriString();
    }
}
