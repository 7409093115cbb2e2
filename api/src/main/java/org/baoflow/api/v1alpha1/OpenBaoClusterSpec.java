package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;
import org.baoflow.api.validation.Messages;
import org.baoflow.api.validation.Patterns;

/**
 * Desired state of an OpenBao cluster. The rules on this class relate fields of several blocks;
 * they test for absent blocks themselves because defaults materialise only inside objects that
 * exist (an absent {@code tls} means OperatorManaged, an absent {@code unseal} means static).
 */
@ValidationRule(
    value = "has(self.tls) && (self.tls.mode != 'OperatorManaged' || has(self.tls.rotationPeriod))",
    message = Messages.TLS_ROTATION_PERIOD_REQUIRED,
    fieldPath = ".tls.rotationPeriod",
    reason = "FieldValueRequired")
@ValidationRule(
    value = "self.profile != 'Hardened' || (has(self.unseal) && self.unseal.type != 'static')",
    message = Messages.HARDENED_STATIC_SEAL,
    fieldPath = ".unseal.type",
    reason = "FieldValueForbidden")
@ValidationRule(
    value = "self.profile != 'Hardened' || (has(self.tls) && self.tls.mode != 'OperatorManaged')",
    message = Messages.HARDENED_OPERATOR_MANAGED_TLS,
    fieldPath = ".tls.mode",
    reason = "FieldValueForbidden")
@ValidationRule(
    value = "self.profile != 'Hardened' || (has(self.selfInit) && self.selfInit.enabled)",
    message = Messages.HARDENED_SELF_INIT,
    fieldPath = ".selfInit.enabled",
    reason = "FieldValueRequired")
@ValidationRule(
    value = "self.profile != 'Hardened' || self.replicas >= 3",
    message = Messages.HARDENED_REPLICAS,
    fieldPath = ".replicas")
@ValidationRule(
    value =
        "self.profile != 'Hardened' || !has(self.unseal) || !has(self.unseal.transit)"
            + " || !has(self.unseal.transit.tlsSkipVerify) || !self.unseal.transit.tlsSkipVerify",
    message = Messages.HARDENED_TRANSIT_SKIP_VERIFY,
    fieldPath = ".unseal.transit.tlsSkipVerify",
    reason = "FieldValueForbidden")
@ValidationRule(
    value = "self.profile == 'Development' || !has(self.demoLogin) || !self.demoLogin.enabled",
    message = Messages.DEMO_LOGIN_DEVELOPMENT_ONLY,
    fieldPath = ".demoLogin.enabled",
    reason = "FieldValueForbidden")
@ValidationRule(
    value =
        "!has(self.backup) || self.backup.target.endpoint.startsWith('https://')"
            + " || (self.profile == 'Development'"
            + " && self.backup.target.endpoint.matches('"
            + Patterns.SERVICE_HTTP_ENDPOINT
            + "'))",
    message = Messages.BACKUP_ENDPOINT_HTTPS,
    fieldPath = ".backup.target.endpoint")
@ValidationRule(
    value = "self.profile == oldSelf.profile",
    message = Messages.PROFILE_IMMUTABLE,
    fieldPath = ".profile")
@ValidationRule(
    value =
        "(has(self.unseal) ? self.unseal.type : 'static')"
            + " == (has(oldSelf.unseal) ? oldSelf.unseal.type : 'static')",
    message = Messages.SEAL_TYPE_IMMUTABLE,
    fieldPath = ".unseal.type")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class OpenBaoClusterSpec {
  @JsonPropertyDescription(
      "Security profile. `Hardened` requires an external seal, External or ACME TLS, self-init and at least 3 replicas; `Development` allows the static seal, operator-managed TLS and a demo login. Immutable.")
  @Required
  private Profile profile;

  @JsonPropertyDescription(
      "OpenBao version (semver, at least 2.4.0). Changing it starts an upgrade.")
  @Required
  @Pattern("^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$")
  private String version;

  @JsonPropertyDescription(
      "Container image; defaults to the stock `quay.io/openbao/openbao:<version>`.")
  private String image;

  @JsonPropertyDescription("Number of OpenBao nodes; odd, so raft keeps a majority.")
  @Default("3")
  @Min(1)
  @Max(9)
  @ValidationRule(value = "self % 2 == 1", message = Messages.REPLICAS_ODD)
  private Integer replicas;

  @JsonPropertyDescription("Stop starting new operations (deletion still proceeds).")
  @Default("false")
  private Boolean paused;

  @JsonPropertyDescription(
      "What deleting the cluster removes: `Retain` keeps PVCs and Secrets, `DeletePVCs` removes the data volumes, `DeleteAll` also removes this cluster's backups.")
  @Default("Retain")
  private DeletionPolicy deletionPolicy;

  @JsonPropertyDescription("Data volumes.")
  @Required
  private StorageSpec storage;

  @JsonPropertyDescription("TLS.")
  private TlsSpec tls;

  @JsonPropertyDescription("Seal and auto-unseal.")
  private UnsealSpec unseal;

  @JsonPropertyDescription("Declarative self-initialization.")
  private SelfInitSpec selfInit;

  @JsonPropertyDescription("Demo userpass login (Development only).")
  private DemoLoginSpec demoLogin;

  @JsonPropertyDescription("Gateway API exposure.")
  private GatewaySpec gateway;

  @JsonPropertyDescription("Ingress exposure.")
  private IngressSpec ingress;

  @JsonPropertyDescription("Public Service.")
  private ServiceSpec service;

  @JsonPropertyDescription("NetworkPolicies.")
  private NetworkSpec network;

  @JsonPropertyDescription("Backups.")
  private BackupSpec backup;

  @JsonPropertyDescription("Upgrades.")
  private UpgradeSpec upgrade;

  @JsonPropertyDescription("Restores.")
  private RestoreSpec restore;

  @JsonPropertyDescription("Server configuration.")
  private ConfigurationSpec configuration;

  @JsonPropertyDescription(
      "Acknowledgement of a break-glass state. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private String breakGlassAck;

  @JsonPropertyDescription(
      "Maintenance mode and restarts. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private UntypedObject maintenance;

  @JsonPropertyDescription(
      "ServiceAccount name and annotations of the OpenBao pods. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private UntypedObject serviceAccount;

  @JsonPropertyDescription(
      "Image pull Secrets. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private List<UntypedObject> imagePullSecrets;

  @JsonPropertyDescription(
      "Pod security context override. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private UntypedObject securityContext;

  @JsonPropertyDescription(
      "Workload hardening options. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private UntypedObject workloadHardening;

  @JsonPropertyDescription(
      "Init container of the Go operator (BaoFlow renders an entrypoint script instead). Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private UntypedObject initContainer;

  @JsonPropertyDescription(
      "Image signature verification. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private UntypedObject imageVerification;

  @JsonPropertyDescription(
      "Helper image signature verification. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private UntypedObject operatorImageVerification;

  @JsonPropertyDescription(
      "Declarative audit devices (use selfInit requests). Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private List<UntypedObject> audit;

  @JsonPropertyDescription(
      "Plugins. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private List<UntypedObject> plugins;

  @JsonPropertyDescription(
      "Telemetry stanza. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private UntypedObject telemetry;

  @JsonPropertyDescription(
      "Metrics and ServiceMonitor. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private UntypedObject observability;

  @JsonPropertyDescription(
      "Read replicas. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private UntypedObject readReplicas;

  public Profile getProfile() {
    return profile;
  }

  public void setProfile(Profile profile) {
    this.profile = profile;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
  }

  public Integer getReplicas() {
    return replicas;
  }

  public void setReplicas(Integer replicas) {
    this.replicas = replicas;
  }

  public Boolean getPaused() {
    return paused;
  }

  public void setPaused(Boolean paused) {
    this.paused = paused;
  }

  public DeletionPolicy getDeletionPolicy() {
    return deletionPolicy;
  }

  public void setDeletionPolicy(DeletionPolicy deletionPolicy) {
    this.deletionPolicy = deletionPolicy;
  }

  public StorageSpec getStorage() {
    return storage;
  }

  public void setStorage(StorageSpec storage) {
    this.storage = storage;
  }

  public TlsSpec getTls() {
    return tls;
  }

  public void setTls(TlsSpec tls) {
    this.tls = tls;
  }

  public UnsealSpec getUnseal() {
    return unseal;
  }

  public void setUnseal(UnsealSpec unseal) {
    this.unseal = unseal;
  }

  public SelfInitSpec getSelfInit() {
    return selfInit;
  }

  public void setSelfInit(SelfInitSpec selfInit) {
    this.selfInit = selfInit;
  }

  public DemoLoginSpec getDemoLogin() {
    return demoLogin;
  }

  public void setDemoLogin(DemoLoginSpec demoLogin) {
    this.demoLogin = demoLogin;
  }

  public GatewaySpec getGateway() {
    return gateway;
  }

  public void setGateway(GatewaySpec gateway) {
    this.gateway = gateway;
  }

  public IngressSpec getIngress() {
    return ingress;
  }

  public void setIngress(IngressSpec ingress) {
    this.ingress = ingress;
  }

  public ServiceSpec getService() {
    return service;
  }

  public void setService(ServiceSpec service) {
    this.service = service;
  }

  public NetworkSpec getNetwork() {
    return network;
  }

  public void setNetwork(NetworkSpec network) {
    this.network = network;
  }

  public BackupSpec getBackup() {
    return backup;
  }

  public void setBackup(BackupSpec backup) {
    this.backup = backup;
  }

  public UpgradeSpec getUpgrade() {
    return upgrade;
  }

  public void setUpgrade(UpgradeSpec upgrade) {
    this.upgrade = upgrade;
  }

  public RestoreSpec getRestore() {
    return restore;
  }

  public void setRestore(RestoreSpec restore) {
    this.restore = restore;
  }

  public ConfigurationSpec getConfiguration() {
    return configuration;
  }

  public void setConfiguration(ConfigurationSpec configuration) {
    this.configuration = configuration;
  }

  public String getBreakGlassAck() {
    return breakGlassAck;
  }

  public void setBreakGlassAck(String breakGlassAck) {
    this.breakGlassAck = breakGlassAck;
  }

  public UntypedObject getMaintenance() {
    return maintenance;
  }

  public void setMaintenance(UntypedObject maintenance) {
    this.maintenance = maintenance;
  }

  public UntypedObject getServiceAccount() {
    return serviceAccount;
  }

  public void setServiceAccount(UntypedObject serviceAccount) {
    this.serviceAccount = serviceAccount;
  }

  public List<UntypedObject> getImagePullSecrets() {
    return imagePullSecrets;
  }

  public void setImagePullSecrets(List<UntypedObject> imagePullSecrets) {
    this.imagePullSecrets = imagePullSecrets;
  }

  public UntypedObject getSecurityContext() {
    return securityContext;
  }

  public void setSecurityContext(UntypedObject securityContext) {
    this.securityContext = securityContext;
  }

  public UntypedObject getWorkloadHardening() {
    return workloadHardening;
  }

  public void setWorkloadHardening(UntypedObject workloadHardening) {
    this.workloadHardening = workloadHardening;
  }

  public UntypedObject getInitContainer() {
    return initContainer;
  }

  public void setInitContainer(UntypedObject initContainer) {
    this.initContainer = initContainer;
  }

  public UntypedObject getImageVerification() {
    return imageVerification;
  }

  public void setImageVerification(UntypedObject imageVerification) {
    this.imageVerification = imageVerification;
  }

  public UntypedObject getOperatorImageVerification() {
    return operatorImageVerification;
  }

  public void setOperatorImageVerification(UntypedObject operatorImageVerification) {
    this.operatorImageVerification = operatorImageVerification;
  }

  public List<UntypedObject> getAudit() {
    return audit;
  }

  public void setAudit(List<UntypedObject> audit) {
    this.audit = audit;
  }

  public List<UntypedObject> getPlugins() {
    return plugins;
  }

  public void setPlugins(List<UntypedObject> plugins) {
    this.plugins = plugins;
  }

  public UntypedObject getTelemetry() {
    return telemetry;
  }

  public void setTelemetry(UntypedObject telemetry) {
    this.telemetry = telemetry;
  }

  public UntypedObject getObservability() {
    return observability;
  }

  public void setObservability(UntypedObject observability) {
    this.observability = observability;
  }

  public UntypedObject getReadReplicas() {
    return readReplicas;
  }

  public void setReadReplicas(UntypedObject readReplicas) {
    this.readReplicas = readReplicas;
  }
}
