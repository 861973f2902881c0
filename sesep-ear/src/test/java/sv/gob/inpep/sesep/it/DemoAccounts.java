package sv.gob.inpep.sesep.it;

/** Demo accounts loaded from db/demo (listed in the README); the password is the same for all. */
final class DemoAccounts {

    static final String PASSWORD = "Sesep.Demo.2026";
    static final String CONTRIBUTOR = "04512378-8";
    static final String PENSIONER = "01287456-2";
    static final String BENEFICIARY = "01045693-6";
    static final String ADMIN = "admin";
    static final String SUPERVISOR = "jefe.cau";
    static final String AGENT = "agente1";

    private DemoAccounts() {
    }
}
