package sv.gob.inpep.sesep.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The EAR this build produced (sesep-ear/target/sesep.ear), as Arquillian deploys it: the real
 * artifact, plus a library jar with the test classes for tests that run inside the server. Deployed
 * once for the whole run by {@link SuiteDeployment}; test classes declare no deployment of their own.
 */
public final class SesepDeployment {

    private SesepDeployment() {
    }

    @Deployment
    public static EnterpriseArchive ear() {
        File earFile = new File(System.getProperty("sesep.ear", "target/sesep.ear"));
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile);
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "sesep-it.jar")
                .addPackages(true, SesepDeployment.class.getPackage())
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        return ear.addAsLibrary(tests)
                // A real SMTP server that in-container tests start inside the server's JVM.
                .addAsLibrary(jarOf(com.icegreen.greenmail.util.GreenMail.class))
                // Tests log in as demo users through the server's Elytron security domain.
                .addAsManifestResource(new StringAsset("""
                        <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.2">
                            <deployment>
                                <dependencies>
                                    <module name="org.wildfly.security.elytron"/>
                                </dependencies>
                            </deployment>
                        </jboss-deployment-structure>
                        """), "jboss-deployment-structure.xml");
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
