package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;

/** Object storage that holds snapshots (RustFS or any S3). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class BackupTarget {
  @JsonPropertyDescription(
      "Storage provider. `gcs` and `azure` are accepted for compatibility with the Go openbao-operator, but BaoFlow does not implement them yet and reports them in the `Supported` condition.")
  @Default("s3")
  private StorageProvider provider;

  @JsonPropertyDescription(
      "S3 endpoint URL, such as `https://s3.example.com`. Plain `http://` only for an in-cluster Service name (`http://rustfs.rustfs.svc:9000`) with profile Development; never localhost or a numeric IP address.")
  @Required
  @Pattern("^https?://[^\\s]+$")
  @Size(max = 2048)
  private String endpoint;

  @JsonPropertyDescription("Bucket name.")
  @Required
  @Pattern("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
  private String bucket;

  @JsonPropertyDescription(
      "Key prefix; objects go to `<pathPrefix>/<k8s cluster>/<namespace>/<cluster>/`.")
  private String pathPrefix;

  @JsonPropertyDescription("Region.")
  @Default("us-east-1")
  private String region;

  @JsonPropertyDescription("Path-style addressing (needed by RustFS and most self-hosted S3).")
  @Default("false")
  private Boolean usePathStyle;

  @JsonPropertyDescription(
      "Secret with keys `accessKeyId`, `secretAccessKey` and optional `sessionToken`.")
  private SecretRef credentialsSecretRef;

  @JsonPropertyDescription("Secret with key `ca.crt` that signs the endpoint's certificate.")
  private SecretRef caSecretRef;

  @JsonPropertyDescription("Multipart part size in bytes.")
  @Default("10485760")
  @Min(5242880)
  private Long partSize;

  @JsonPropertyDescription("Parts uploaded at once.")
  @Default("3")
  @Min(1)
  @Max(10)
  private Integer concurrency;

  @JsonPropertyDescription(
      "Web identity role. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private String roleArn;

  @JsonPropertyDescription(
      "Skip TLS verification of the endpoint. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private Boolean insecureSkipVerify;

  @JsonPropertyDescription(
      "GCS settings. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private GcsTarget gcs;

  @JsonPropertyDescription(
      "Azure settings. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private AzureTarget azure;

  public StorageProvider getProvider() {
    return provider;
  }

  public void setProvider(StorageProvider provider) {
    this.provider = provider;
  }

  public String getEndpoint() {
    return endpoint;
  }

  public void setEndpoint(String endpoint) {
    this.endpoint = endpoint;
  }

  public String getBucket() {
    return bucket;
  }

  public void setBucket(String bucket) {
    this.bucket = bucket;
  }

  public String getPathPrefix() {
    return pathPrefix;
  }

  public void setPathPrefix(String pathPrefix) {
    this.pathPrefix = pathPrefix;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public Boolean getUsePathStyle() {
    return usePathStyle;
  }

  public void setUsePathStyle(Boolean usePathStyle) {
    this.usePathStyle = usePathStyle;
  }

  public SecretRef getCredentialsSecretRef() {
    return credentialsSecretRef;
  }

  public void setCredentialsSecretRef(SecretRef credentialsSecretRef) {
    this.credentialsSecretRef = credentialsSecretRef;
  }

  public SecretRef getCaSecretRef() {
    return caSecretRef;
  }

  public void setCaSecretRef(SecretRef caSecretRef) {
    this.caSecretRef = caSecretRef;
  }

  public Long getPartSize() {
    return partSize;
  }

  public void setPartSize(Long partSize) {
    this.partSize = partSize;
  }

  public Integer getConcurrency() {
    return concurrency;
  }

  public void setConcurrency(Integer concurrency) {
    this.concurrency = concurrency;
  }

  public String getRoleArn() {
    return roleArn;
  }

  public void setRoleArn(String roleArn) {
    this.roleArn = roleArn;
  }

  public Boolean getInsecureSkipVerify() {
    return insecureSkipVerify;
  }

  public void setInsecureSkipVerify(Boolean insecureSkipVerify) {
    this.insecureSkipVerify = insecureSkipVerify;
  }

  public GcsTarget getGcs() {
    return gcs;
  }

  public void setGcs(GcsTarget gcs) {
    this.gcs = gcs;
  }

  public AzureTarget getAzure() {
    return azure;
  }

  public void setAzure(AzureTarget azure) {
    this.azure = azure;
  }
}
