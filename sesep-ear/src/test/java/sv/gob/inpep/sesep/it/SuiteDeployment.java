package sv.gob.inpep.sesep.it;

import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * One deployment of the EAR for the whole run instead of one per test class. Arquillian deploys
 * each class's {@code @Deployment} before the class and undeploys it after; every IT here deploys
 * the same EAR ({@link SesepDeployment#ear()}), and doing so 33 times cost about 17 s each (deploy
 * and undeploy) per database pass. This extension generates the deployment once, from
 * {@link SesepDeployment}, gives that same scenario to every class, deploys it before the first
 * class and undeploys it when the suite ends, before the server stops (so that no deployment is
 * left in the server's configuration). Classes therefore carry no {@code @Deployment} of their own.
 *
 * <p>What lives only in the server's memory (caches, singletons) is now shared by the classes, as
 * the database always was: each test sets up the state it relies on.
 */
public final class SuiteDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Controller.class);
    }

    /** Arquillian's observer; one instance per run. */
    public static final class Controller {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        private Instance<ContainerRegistry> containers;

        @Inject
        private Event<GenerateDeployment> generateDeployment;

        @Inject
        private Event<UnDeployDeployment> undeploy;

        private DeploymentScenario suiteScenario;
        private boolean generating;
        private boolean deployed;

        /** The first class generates the suite's deployment from SesepDeployment; the others reuse it. */
        public void generate(@Observes EventContext<GenerateDeployment> event) {
            if (generating) {
                event.proceed();
                return;
            }
            if (event.getEvent().getTestClass().getMethods(org.jboss.arquillian.container.test.api.Deployment.class).length > 0) {
                throw new IllegalStateException(event.getEvent().getTestClass().getName()
                        + " declares a @Deployment; every IT runs against the one SesepDeployment.ear() deploys for the suite");
            }
            if (suiteScenario == null) {
                generating = true;
                try {
                    generateDeployment.fire(new GenerateDeployment(new TestClass(SesepDeployment.class)));
                } finally {
                    generating = false;
                }
                suiteScenario = classScenario.get();
            }
            classScenario.set(suiteScenario);
        }

        public void deployOnce(@Observes EventContext<DeployManagedDeployments> event) {
            if (!deployed) {
                event.proceed();
                deployed = true;
            }
        }

        /** Classes end without undeploying; {@link #undeployAtEnd} does it once. */
        public void keepDeployed(@Observes EventContext<UnDeployManagedDeployments> event) {
            // Deliberately not proceeding.
        }

        /** Before the suite's containers stop (Arquillian's own AfterSuite observer, precedence 0). */
        public void undeployAtEnd(@Observes(precedence = 100) AfterSuite event) {
            if (suiteScenario == null) {
                return;
            }
            for (Deployment deployment : suiteScenario.deployedDeploymentsInUnDeployOrder()) {
                Container container = containers.get().getContainer(deployment.getDescription().getTarget());
                if (container.getState() == Container.State.STARTED) {
                    undeploy.fire(new UnDeployDeployment(container, deployment));
                }
            }
        }
    }
}
