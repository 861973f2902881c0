package sv.gob.inpep.sesep.it;

/** Where the test server listens (sesep-ear/pom.xml: sesep.it.port-offset and friends). */
final class Ports {

    private Ports() {
    }

    /** In the test JVM from sesep-ear/pom.xml; inside the server, WildFly's own port offset. */
    static int offset() {
        return Integer.getInteger("sesep.it.port-offset", Integer.getInteger("jboss.socket.binding.port-offset", 0));
    }

    /** Base URL of the SESEP web module. */
    static String base() {
        return "http://127.0.0.1:" + (8080 + offset()) + "/sesep";
    }

    /** WildFly's management interface (health, metrics). */
    static String management() {
        return "http://127.0.0.1:" + Integer.getInteger("sesep.it.management-port", 9990);
    }
}
