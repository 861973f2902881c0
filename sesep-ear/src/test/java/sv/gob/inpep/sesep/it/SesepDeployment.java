package sv.gob.inpep.sesep.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The EAR this build produced (sesep-ear/target/sesep.ear), as Arquillian deploys it: the real
 * artifact, plus a library jar with the test classes for tests that run inside the server.
 */
public final class SesepDeployment {

    private SesepDeployment() {
    }

    public static EnterpriseArchive ear() {
        File earFile = new File(System.getProperty("sesep.ear", "target/sesep.ear"));
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile);
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "sesep-it.jar")
                .addPackages(true, SesepDeployment.class.getPackage());
        return ear.addAsLibrary(tests);
    }

    /** The jar a class was loaded from, to ship a test-only library into the server. */
    public static File jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
