package ru.nastavnik.publication.application.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The widget page's one stylesheet and the Content-Security-Policy that admits exactly it: no script of any kind,
 * nothing loaded from anywhere, no forms, a sandbox without scripts - and any site may frame the page.
 */
public final class WidgetPageStyle {

    public static final String CSS = """
            :root{color-scheme:light;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2933}\
            body{margin:0;padding:12px;background:#fff}\
            h1{font-size:16px;margin:0 0 8px}h2{font-size:15px;margin:12px 0 6px;color:#3e4c59}\
            ol{list-style:none;margin:0;padding:0}li{padding:6px 0;border-bottom:1px solid #e4e7eb}\
            a{color:#1d4ed8}time{display:block;color:#616e7c;font-size:12px}p{margin:4px 0}\
            .empty,.source{color:#616e7c;font-size:12px}details{font-size:13px}\
            """;

    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + hash(CSS) + "'; "
            + "img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors *; "
            + "sandbox allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation";

    private WidgetPageStyle() {
    }

    private static String hash(String css) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
