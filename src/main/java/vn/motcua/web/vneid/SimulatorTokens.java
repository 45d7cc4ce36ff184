package vn.motcua.web.vneid;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2AccessTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2AccessTokenResponseAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import vn.motcua.identity.VneidIdentity;
import vn.motcua.identity.VneidSimulator.Misbehaviour;

/**
 * The simulator's ID tokens: signed (RS256) with a key made at start-up and published at its JWKS address,
 * carrying the VNeID claims of the person logged in at the simulator, and misbehaving as that login asked
 * ({@link Misbehaviour}): a nonce the portal never sent, or claims changed after signing.
 */
public final class SimulatorTokens {

    /** The ID number a tampered token claims instead of the real one: well formed, someone else's. */
    static final String FORGED_ID_NUMBER = "011090009999";

    private final RSAKey key = newKey();
    private final JWKSource<SecurityContext> keys = new ImmutableJWKSet<>(new JWKSet(key));
    private final SimulatorAuthorizations authorizations;

    public SimulatorTokens(SimulatorAuthorizations authorizations) {
        this.authorizations = authorizations;
    }

    /** Reads the simulator's own access tokens, at its user-info endpoint. */
    public JwtDecoder decoder() {
        try {
            return NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
        } catch (com.nimbusds.jose.JOSEException impossible) {
            throw new IllegalStateException("The simulator's own key is unreadable", impossible);
        }
    }

    /** The signing keys, public parts published at the JWKS address. */
    public JWKSource<SecurityContext> keys() {
        return keys;
    }

    /** Signed ID tokens with the person's claims; opaque access tokens. */
    public OAuth2TokenGenerator<?> generator() {
        JwtGenerator idTokens = new JwtGenerator(new NimbusJwtEncoder(keys));
        idTokens.setJwtCustomizer(SimulatorTokens::claims);
        return new DelegatingOAuth2TokenGenerator(idTokens, new OAuth2AccessTokenGenerator(),
                new OAuth2RefreshTokenGenerator());
    }

    /** The token answer, tampered with when the login asked for it. */
    public AuthenticationSuccessHandler answers() {
        OAuth2AccessTokenResponseAuthenticationSuccessHandler plain =
                new OAuth2AccessTokenResponseAuthenticationSuccessHandler();
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            OAuth2AccessTokenAuthenticationToken issued = (OAuth2AccessTokenAuthenticationToken) authentication;
            boolean tamper = authorizations.loginOf(issued.getAccessToken().getTokenValue())
                    .filter(login -> login.misbehaviour() == Misbehaviour.TAMPERED_TOKEN).isPresent();
            plain.onAuthenticationSuccess(request, response, tamper ? tampered(issued) : issued);
        };
    }

    private static void claims(JwtEncodingContext context) {
        if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())
                && context.getPrincipal() instanceof SimulatorLogin login) {
            context.getClaims().claims(claims -> claims.putAll(login.person().claims()));
            if (login.misbehaviour() == Misbehaviour.WRONG_NONCE) {
                context.getClaims().claim(IdTokenClaimNames.NONCE, UUID.randomUUID().toString());
            }
        }
    }

    /** The same answer with the ID token's payload claiming another ID number, its signature unchanged. */
    private static OAuth2AccessTokenAuthenticationToken tampered(OAuth2AccessTokenAuthenticationToken issued)
            throws ServletException {
        Map<String, Object> parameters = new HashMap<>(issued.getAdditionalParameters());
        try {
            SignedJWT signed = SignedJWT.parse((String) parameters.get(OidcParameterNames.ID_TOKEN));
            JWTClaimsSet forged = new JWTClaimsSet.Builder(signed.getJWTClaimsSet())
                    .claim(VneidIdentity.PERSONAL_ID, FORGED_ID_NUMBER).build();
            parameters.put(OidcParameterNames.ID_TOKEN, signed.getHeader().toBase64URL() + "."
                    + Base64URL.encode(forged.toString()) + "." + signed.getSignature());
        } catch (ParseException unreadable) {
            throw new ServletException("The simulator's own ID token is unreadable", unreadable);
        }
        return new OAuth2AccessTokenAuthenticationToken(issued.getRegisteredClient(),
                (Authentication) issued.getPrincipal(), issued.getAccessToken(), issued.getRefreshToken(), parameters);
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (com.nimbusds.jose.JOSEException impossible) {
            throw new IllegalStateException("No RSA key generator", impossible);
        }
    }
}
