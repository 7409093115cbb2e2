package org.baoflow.lane;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.baoflow.activities.bao.AuthClient;
import org.baoflow.activities.bao.AuthInfo;
import org.baoflow.activities.bao.HealthQuery;
import org.baoflow.activities.bao.SealStatus;
import org.baoflow.activities.bao.SysClient;
import org.baoflow.activities.pki.CertificateAuthority;
import org.baoflow.activities.pki.CertificateFingerprint;
import org.baoflow.activities.pki.IssuedCertificate;
import org.baoflow.activities.pki.PemCodec;
import org.baoflow.activities.pki.SubjectAltNames;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.OpenBaoClusterStatus;
import org.baoflow.api.v1alpha1.SealType;
import org.baoflow.api.v1alpha1.SecretRef;
import org.baoflow.api.v1alpha1.SelfInitRequest;
import org.baoflow.api.v1alpha1.TransitSealSpec;
import org.baoflow.api.v1alpha1.UnsealSpec;
import org.baoflow.api.v1alpha1.UntypedObject;
import org.baoflow.lane.sim.bao.transit.TransitInfra;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.lane.sim.harness.SimulatedOpenBao;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 4's "Hardened sample with a transit seal → Running": the real watcher and worker bootstrap
 * {@code deploy/samples/hardened.yaml}, sealed by a transit key on an infrastructure OpenBao
 * outside the cluster, with the user's own certificates (External TLS, signed by a CA BaoFlow never
 * sees the key of). The nodes unseal through transit, one leads, the worker logs in, the sample's
 * own self-init requests work, no unseal key Secret exists, and a deleted pod cannot unseal while
 * the transit server refuses connections and comes back unsealed once it answers.
 *
 * <p>The sample is adapted in {@link #laneCopyOfTheSample()}, and only where it reaches outside the
 * lane: transit instead of AWS KMS, a pinned key instead of the identity provider's discovery URL,
 * and no backups to AWS S3.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(300)
class HardenedLaneIT {
  private static final Path SAMPLE = Path.of("../../deploy/samples/hardened.yaml");
  private static final String NAMESPACE = "openbao-prod";
  private static final String NAME = "bao-prod";
  private static final String TRANSIT_HOST = "transit.hardened-lane.internal";
  private static final String TRANSIT_MOUNT = "transit";
  private static final String TRANSIT_KEY = "openbao-prod-unseal";
  private static final String TRANSIT_CREDENTIALS = "transit-seal-credentials";
  private static final String ADMIN_ISSUER = "https://idp.example.com/realms/platform";

  private static Lane lane;
  private static TransitInfra transit;
  private static LaneBaoFlow baoflow;
  private static OperatedClusters clusters;
  private static CertificateAuthority userCa;
  private static String userCaPem;
  private static String serverCertificateFingerprint;
  private static KeyPair adminIdentityProvider;

  @BeforeAll
  static void startLaneTransitAndBaoFlow() throws GeneralSecurityException {
    lane = Lane.builder().realTimeTemporal().openBao(SimulatedOpenBao.launchers()).start();
    transit = TransitInfra.start(TRANSIT_HOST);
    transit.createKey(TRANSIT_MOUNT, TRANSIT_KEY);
    lane.dns().register(TRANSIT_HOST, TransitInfra.PORT, transit.socket());
    baoflow = LaneBaoFlow.start(lane, Lane.DEFAULT_CLUSTER);
    clusters = new OperatedClusters(lane.client());
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    adminIdentityProvider = rsa.generateKeyPair();
  }

  @AfterAll
  static void stop() {
    for (AutoCloseable closeable : new AutoCloseable[] {baoflow, lane, transit}) {
      try {
        if (closeable != null) {
          closeable.close();
        }
      } catch (Exception e) {
        // keep closing the rest
      }
    }
  }

  @Test
  @Order(1)
  void theHardenedSampleWithATransitSealBootstrapsToRunning() {
    createTheSecretsTheSampleAsksFor();
    clusters.create(laneCopyOfTheSample());

    OpenBaoClusterStatus status =
        clusters.awaitStatus(
            NAMESPACE, NAME, "Running with 3 ready", OperatedClusters.running(3, 1));

    assertThat(status.getInitialized()).isTrue();
    assertThat(status.getSelfInitialized()).isTrue();
    assertThat(status.getConditions())
        .anySatisfy(
            c -> {
              assertThat(c.getType()).isEqualTo("Available");
              assertThat(c.getStatus()).isEqualTo("True");
            });
    KubernetesClient kube = clusters.kube();
    assertThat(kube.secrets().inNamespace(NAMESPACE).withName(NAME + "-unseal-key").get())
        .as("a transit cluster has no generated unseal key")
        .isNull();
    assertThat(kube.secrets().inNamespace(NAMESPACE).withName(NAME + "-root-token").get())
        .as("self-init stores no root token")
        .isNull();
    String serverPem = clusters.secretValue(NAMESPACE, NAME + "-tls-server", "tls.crt");
    assertThat(CertificateFingerprint.sha256Hex(PemCodec.decodeCertificates(serverPem).get(0)))
        .as("External TLS: BaoFlow keeps the user's certificate")
        .isEqualTo(serverCertificateFingerprint);
  }

  @Test
  @Order(2)
  void everyNodeIsUnsealedByTransitAndExactlyOneIsActive() {
    List<Pod> pods = clusters.pods(NAMESPACE, NAME);
    assertThat(pods).hasSize(3);
    int active = 0;
    for (Pod pod : pods) {
      // Verified against the user's CA for <pod>.bao-prod.openbao-prod.svc.
      SysClient sys = sys(pod.getMetadata().getName());
      SealStatus seal = sys.sealStatus();
      assertThat(seal.type()).as(pod.getMetadata().getName()).isEqualTo("transit");
      assertThat(seal.initialized()).isTrue();
      assertThat(seal.sealed()).isFalse();
      if (sys.healthStatus(HealthQuery.defaults()) == 200) {
        active++;
      }
    }
    assertThat(active).isEqualTo(1);
  }

  @Test
  @Order(3)
  void theWorkerAndAPlatformAdministratorOfTheSampleCanLogIn() throws GeneralSecurityException {
    AuthClient auth = new AuthClient(clusters.connect(NAMESPACE, NAME, NAME + "-0", userCaPem));
    AuthInfo worker = auth.jwtLogin("jwt-operator", "openbao-operator", clusters.workerJwt());
    assertThat(worker.tokenPolicies()).contains("openbao-operator");

    // The sample's own self-init requests: its JWT mount, role and policy.
    AuthInfo admin = auth.jwtLogin("admin-jwt", "platform-admin", adminJwt());
    assertThat(admin.tokenPolicies()).contains("platform-admin");
  }

  @Test
  @Order(4)
  void aDeletedPodNeedsTransitToUnsealAndComesBackWhenItAnswers() {
    String pod = NAME + "-1";
    String oldUid = kubePod(pod).getMetadata().getUid();
    transit.refuseConnections();
    try {
      clusters.kube().pods().inNamespace(NAMESPACE).withName(pod).withGracePeriod(0).delete();
      await(pod + " failing to open its seal", () -> failedOnTheSeal(pod, oldUid));
    } finally {
      transit.restore();
    }

    await(pod + " back, ready and unsealed", () -> backAndUnsealed(pod, oldUid));
    SealStatus seal = sys(pod).sealStatus();
    assertThat(seal.type()).isEqualTo("transit");
    assertThat(seal.sealed()).isFalse();
    clusters.awaitStatus(
        NAMESPACE, NAME, "Running with 3 ready again", OperatedClusters.running(3, 1));
  }

  /**
   * The transit token and CA (as in the DR lane), and the user's TLS Secrets: a CA of the user's
   * own and a server certificate with the names BaoFlow checks for (docs/rendering.md).
   */
  private static void createTheSecretsTheSampleAsksFor() {
    KubernetesClient kube = clusters.kube();
    kube.resource(
            new NamespaceBuilder().withNewMetadata().withName(NAMESPACE).endMetadata().build())
        .serverSideApply();
    kube.resource(
            new SecretBuilder()
                .withNewMetadata()
                .withNamespace(NAMESPACE)
                .withName(TRANSIT_CREDENTIALS)
                .endMetadata()
                .addToStringData("BAO_TOKEN", transit.issueToken(TRANSIT_MOUNT, TRANSIT_KEY))
                .addToStringData("ca.crt", transit.caPem())
                .build())
        .serverSideApply();

    Instant now = Instant.now();
    userCa = CertificateAuthority.create("platform-team", now);
    userCaPem = PemCodec.encodeCertificates(List.of(userCa.certificate()));
    String service = NAME + "." + NAMESPACE + ".svc";
    String publicService = NAME + "-public." + NAMESPACE + ".svc";
    IssuedCertificate server =
        userCa.issueServerCertificate(
            NAME,
            NAMESPACE,
            new SubjectAltNames(
                List.of(
                    "openbao.example.com",
                    service,
                    "*." + service,
                    service + ".cluster.local",
                    "*." + service + ".cluster.local",
                    publicService,
                    publicService + ".cluster.local",
                    "openbao-cluster-" + NAME + ".local",
                    "localhost"),
                List.of("127.0.0.1")),
            now);
    serverCertificateFingerprint = CertificateFingerprint.sha256Hex(server.certificate());
    kube.resource(
            new SecretBuilder()
                .withNewMetadata()
                .withNamespace(NAMESPACE)
                .withName(NAME + "-tls-server")
                .endMetadata()
                .addToStringData("ca.crt", userCaPem)
                .addToStringData(
                    "tls.crt", PemCodec.encodeCertificates(List.of(server.certificate())))
                .addToStringData("tls.key", PemCodec.encodePrivateKey(server.privateKey()))
                .build())
        .serverSideApply();
  }

  /**
   * The Hardened sample as the lane can run it. What differs, and why:
   *
   * <ul>
   *   <li>{@code unseal}: transit on the lane's {@link TransitInfra} instead of AWS KMS, which the
   *       lane cannot reach (and which this test is about); token and CA from a Secret, as in the
   *       DR lane samples.
   *   <li>request {@code configure-admin-jwt}: a pinned public key ({@code jwt_validation_pubkeys})
   *       instead of {@code oidc_discovery_url}, because OpenBao fetches the discovery document
   *       when the config is written and the identity provider is outside the lane. {@code
   *       bound_issuer} stays.
   *   <li>{@code backup}: removed; its target is AWS S3, outside the lane, and backups are not what
   *       this test is about.
   * </ul>
   */
  private static OpenBaoCluster laneCopyOfTheSample() {
    OpenBaoCluster cluster = OperatedClusters.load(SAMPLE, NAME);
    assertThat(cluster.getMetadata().getNamespace()).isEqualTo(NAMESPACE);

    TransitSealSpec transitSeal = new TransitSealSpec();
    transitSeal.setAddress("https://" + TRANSIT_HOST + ":" + TransitInfra.PORT);
    transitSeal.setMountPath(TRANSIT_MOUNT + "/");
    transitSeal.setKeyName(TRANSIT_KEY);
    transitSeal.setTlsCACert("/etc/bao/seal-creds/ca.crt");
    UnsealSpec unseal = new UnsealSpec();
    unseal.setType(SealType.TRANSIT);
    unseal.setTransit(transitSeal);
    SecretRef credentials = new SecretRef();
    credentials.setName(TRANSIT_CREDENTIALS);
    unseal.setCredentialsSecretRef(credentials);
    cluster.getSpec().setUnseal(unseal);

    SelfInitRequest jwtConfig =
        cluster.getSpec().getSelfInit().getRequests().stream()
            .filter(request -> request.getName().equals("configure-admin-jwt"))
            .findFirst()
            .orElseThrow();
    assertThat(jwtConfig.getData().values())
        .containsEntry("bound_issuer", ADMIN_ISSUER)
        .containsKey("oidc_discovery_url");
    jwtConfig.setData(
        new UntypedObject(
            Map.of(
                "jwt_validation_pubkeys", List.of(publicKeyPem()), "bound_issuer", ADMIN_ISSUER)));

    cluster.getSpec().setBackup(null);
    return cluster;
  }

  /** A token the sample's identity provider would issue to a platform administrator. */
  private static String adminJwt() throws GeneralSecurityException {
    long now = Instant.now().getEpochSecond();
    String header = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
    String claims =
        base64Url(
            "{\"iss\":\""
                + ADMIN_ISSUER
                + "\",\"sub\":\"alice\",\"aud\":\"openbao\",\"groups\":[\"platform-admins\"],"
                + "\"iat\":"
                + now
                + ",\"nbf\":"
                + now
                + ",\"exp\":"
                + (now + 300)
                + "}");
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(adminIdentityProvider.getPrivate());
    signature.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
    return header
        + "."
        + claims
        + "."
        + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
  }

  private static String publicKeyPem() {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(adminIdentityProvider.getPublic().getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  private static String base64Url(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static SysClient sys(String pod) {
    return new SysClient(clusters.connect(NAMESPACE, NAME, pod, userCaPem));
  }

  private static Pod kubePod(String pod) {
    return clusters.kube().pods().inNamespace(NAMESPACE).withName(pod).get();
  }

  /** The replaced pod's OpenBao exited because the transit server refused its connection. */
  private static boolean failedOnTheSeal(String pod, String oldUid) {
    Pod current = kubePod(pod);
    return current != null
        && !current.getMetadata().getUid().equals(oldUid)
        && current.getStatus() != null
        && current.getStatus().getContainerStatuses() != null
        && current.getStatus().getContainerStatuses().stream()
            .map(ContainerStatus::getLastState)
            .filter(state -> state != null && state.getTerminated() != null)
            .anyMatch(
                state -> String.valueOf(state.getTerminated().getMessage()).contains("refused"));
  }

  /** The pod was replaced (another uid), is Ready and its node answers unsealed. */
  private static boolean backAndUnsealed(String pod, String oldUid) {
    Pod current = kubePod(pod);
    if (current == null
        || current.getMetadata().getUid().equals(oldUid)
        || current.getStatus() == null
        || current.getStatus().getConditions() == null
        || current.getStatus().getConditions().stream()
            .noneMatch(c -> c.getType().equals("Ready") && c.getStatus().equals("True"))) {
      return false;
    }
    try {
      return !sys(pod).sealStatus().sealed();
    } catch (RuntimeException notYet) {
      return false;
    }
  }

  private static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + OperatedClusters.WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited " + OperatedClusters.WAIT.toSeconds() + " s for " + what);
      }
      OperatedClusters.sleep(100);
    }
  }
}
