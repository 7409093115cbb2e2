package org.baoflow.activities.kube.render;

import java.util.function.Supplier;
import org.baoflow.api.v1alpha1.AcmeSpec;
import org.baoflow.api.v1alpha1.AutopilotSpec;
import org.baoflow.api.v1alpha1.BackendTlsSpec;
import org.baoflow.api.v1alpha1.BackupSpec;
import org.baoflow.api.v1alpha1.ConfigurationSpec;
import org.baoflow.api.v1alpha1.DemoLoginSpec;
import org.baoflow.api.v1alpha1.GatewaySpec;
import org.baoflow.api.v1alpha1.ListenerSpec;
import org.baoflow.api.v1alpha1.LoggingSpec;
import org.baoflow.api.v1alpha1.OidcBootstrapSpec;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.v1alpha1.RaftSpec;
import org.baoflow.api.v1alpha1.RestoreSpec;
import org.baoflow.api.v1alpha1.SelfInitSpec;
import org.baoflow.api.v1alpha1.StaticSealSpec;
import org.baoflow.api.v1alpha1.TlsMode;
import org.baoflow.api.v1alpha1.TlsSpec;
import org.baoflow.api.v1alpha1.UnsealSpec;
import org.baoflow.api.v1alpha1.UpgradeSpec;
import org.baoflow.api.validation.SpecDefaults;

/**
 * Sections of a spec with their CRD defaults, also where the section itself is absent. The API
 * server defaults only the objects a user wrote, so {@code selfInit: {enabled: true}} has no {@code
 * oidc} object; reading an absent section as a defaulted empty one keeps the defaults in the
 * {@code @Default} annotations instead of repeating them here.
 */
public final class DefaultedSpec {
  private DefaultedSpec() {}

  static ConfigurationSpec configuration(OpenBaoClusterSpec spec) {
    return orDefault(spec.getConfiguration(), ConfigurationSpec::new);
  }

  static LoggingSpec logging(OpenBaoClusterSpec spec) {
    return orDefault(configuration(spec).getLogging(), LoggingSpec::new);
  }

  static ListenerSpec listener(OpenBaoClusterSpec spec) {
    return orDefault(configuration(spec).getListener(), ListenerSpec::new);
  }

  static RaftSpec raft(OpenBaoClusterSpec spec) {
    return orDefault(configuration(spec).getRaft(), RaftSpec::new);
  }

  public static AutopilotSpec autopilot(OpenBaoClusterSpec spec) {
    return orDefault(raft(spec).getAutopilot(), AutopilotSpec::new);
  }

  public static TlsSpec tls(OpenBaoClusterSpec spec) {
    return orDefault(spec.getTls(), TlsSpec::new);
  }

  static boolean acme(OpenBaoClusterSpec spec) {
    return tls(spec).getMode() == TlsMode.ACME;
  }

  static AcmeSpec acmeSettings(OpenBaoClusterSpec spec) {
    return orDefault(tls(spec).getAcme(), AcmeSpec::new);
  }

  static UnsealSpec unseal(OpenBaoClusterSpec spec) {
    return orDefault(spec.getUnseal(), UnsealSpec::new);
  }

  static StaticSealSpec staticSeal(OpenBaoClusterSpec spec) {
    return orDefault(unseal(spec).getStaticSeal(), StaticSealSpec::new);
  }

  static SelfInitSpec selfInit(OpenBaoClusterSpec spec) {
    return orDefault(spec.getSelfInit(), SelfInitSpec::new);
  }

  public static OidcBootstrapSpec oidc(OpenBaoClusterSpec spec) {
    return orDefault(selfInit(spec).getOidc(), OidcBootstrapSpec::new);
  }

  public static DemoLoginSpec demoLogin(OpenBaoClusterSpec spec) {
    return orDefault(spec.getDemoLogin(), DemoLoginSpec::new);
  }

  static GatewaySpec gateway(OpenBaoClusterSpec spec) {
    return orDefault(spec.getGateway(), GatewaySpec::new);
  }

  static BackendTlsSpec backendTls(OpenBaoClusterSpec spec) {
    return orDefault(gateway(spec).getBackendTLS(), BackendTlsSpec::new);
  }

  static BackupSpec backup(OpenBaoClusterSpec spec) {
    return orDefault(spec.getBackup(), BackupSpec::new);
  }

  static UpgradeSpec upgrade(OpenBaoClusterSpec spec) {
    return orDefault(spec.getUpgrade(), UpgradeSpec::new);
  }

  static RestoreSpec restore(OpenBaoClusterSpec spec) {
    return orDefault(spec.getRestore(), RestoreSpec::new);
  }

  private static <T> T orDefault(T section, Supplier<T> empty) {
    return section != null ? section : SpecDefaults.apply(empty.get());
  }
}
