package org.stance.serve;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The analysts' page at {@code GET /} and its few static files, read from the jar once at start-up
 * (no internet, no build step). Every answer forbids inline script and style, so user text that
 * slipped into markup could still not run.
 */
final class WebPage {

    static final String RESOURCES = "/org/stance/serve/web/";

    /** Scripts, styles and calls only from this origin; nothing may frame the page or post forms elsewhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private record Asset(byte[] body, String type) {
    }

    private final Map<String, Asset> assets = new LinkedHashMap<>();

    WebPage() {
        add("/", "index.html", "text/html; charset=utf-8");
        add("/web/app.js", "app.js", "text/javascript; charset=utf-8");
        add("/web/style.css", "style.css", "text/css; charset=utf-8");
        add("/web/favicon.svg", "favicon.svg", "image/svg+xml");
    }

    /** The paths served, each to be routed to {@link #serve}. */
    Iterable<String> paths() {
        return assets.keySet();
    }

    void serve(Context ctx) {
        Asset asset = assets.get(ctx.path());
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-cache")
                .status(200).contentType(asset.type()).result(asset.body());
    }

    private void add(String path, String file, String type) {
        try (InputStream in = WebPage.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + file);
            }
            assets.put(path, new Asset(in.readAllBytes(), type));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCES + file, e);
        }
    }
}
