package org.stance;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The project's version, as written once in pom.xml (copied into version.properties at build time). */
public final class Version {

    private static final String RESOURCE = "/org/stance/version.properties";
    private static final String VERSION = read();

    private Version() {
    }

    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + "; build with Maven");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }
}
