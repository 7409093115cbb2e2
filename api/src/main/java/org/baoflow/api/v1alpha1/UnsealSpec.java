package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.ValidationRule;
import org.baoflow.api.validation.Messages;

/** How nodes unseal: always an auto-unseal seal, so no human handles unseal keys. */
@ValidationRule(
    value = "self.type != 'transit' || has(self.transit)",
    message = Messages.SEAL_TRANSIT_REQUIRED,
    fieldPath = ".transit",
    reason = "FieldValueRequired")
@ValidationRule(
    value = "self.type != 'awskms' || has(self.awskms)",
    message = Messages.SEAL_AWSKMS_REQUIRED,
    fieldPath = ".awskms",
    reason = "FieldValueRequired")
@ValidationRule(
    value = "self.type != 'gcpckms' || has(self.gcpCloudKMS)",
    message = Messages.SEAL_GCPCKMS_REQUIRED,
    fieldPath = ".gcpCloudKMS",
    reason = "FieldValueRequired")
@ValidationRule(
    value = "self.type != 'azurekeyvault' || has(self.azureKeyVault)",
    message = Messages.SEAL_AZUREKEYVAULT_REQUIRED,
    fieldPath = ".azureKeyVault",
    reason = "FieldValueRequired")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class UnsealSpec {
  @JsonPropertyDescription(
      "Seal type. `kmip`, `ocikms` and `pkcs11` are accepted for compatibility with the Go openbao-operator, but BaoFlow does not implement them yet and reports them in the `Supported` condition. Immutable.")
  @Default("static")
  private SealType type;

  @JsonPropertyDescription("Static seal settings.")
  @JsonProperty("static")
  private StaticSealSpec staticSeal;

  @JsonPropertyDescription("Transit seal settings; required with type `transit`.")
  private TransitSealSpec transit;

  @JsonPropertyDescription("AWS KMS settings; required with type `awskms`.")
  private AwsKmsSealSpec awskms;

  @JsonPropertyDescription("Azure Key Vault settings; required with type `azurekeyvault`.")
  private AzureKeyVaultSealSpec azureKeyVault;

  @JsonPropertyDescription("Google Cloud KMS settings; required with type `gcpckms`.")
  private GcpCloudKmsSealSpec gcpCloudKMS;

  @JsonPropertyDescription(
      "KMIP seal settings. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private UntypedObject kmip;

  @JsonPropertyDescription(
      "OCI KMS seal settings. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private UntypedObject ocikms;

  @JsonPropertyDescription(
      "PKCS#11 seal settings. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private UntypedObject pkcs11;

  @JsonPropertyDescription(
      "Secret with the seal's credentials, same namespace only: its keys become environment variables of the OpenBao container (for example `BAO_TOKEN` for transit, `AWS_ACCESS_KEY_ID` for awskms) and files under `/etc/bao/seal-creds` (for example `ca.crt` for `transit.tlsCACert`).")
  private SecretRef credentialsSecretRef;

  public SealType getType() {
    return type;
  }

  public void setType(SealType type) {
    this.type = type;
  }

  public StaticSealSpec getStaticSeal() {
    return staticSeal;
  }

  public void setStaticSeal(StaticSealSpec staticSeal) {
    this.staticSeal = staticSeal;
  }

  public TransitSealSpec getTransit() {
    return transit;
  }

  public void setTransit(TransitSealSpec transit) {
    this.transit = transit;
  }

  public AwsKmsSealSpec getAwskms() {
    return awskms;
  }

  public void setAwskms(AwsKmsSealSpec awskms) {
    this.awskms = awskms;
  }

  public AzureKeyVaultSealSpec getAzureKeyVault() {
    return azureKeyVault;
  }

  public void setAzureKeyVault(AzureKeyVaultSealSpec azureKeyVault) {
    this.azureKeyVault = azureKeyVault;
  }

  public GcpCloudKmsSealSpec getGcpCloudKMS() {
    return gcpCloudKMS;
  }

  public void setGcpCloudKMS(GcpCloudKmsSealSpec gcpCloudKMS) {
    this.gcpCloudKMS = gcpCloudKMS;
  }

  public UntypedObject getKmip() {
    return kmip;
  }

  public void setKmip(UntypedObject kmip) {
    this.kmip = kmip;
  }

  public UntypedObject getOcikms() {
    return ocikms;
  }

  public void setOcikms(UntypedObject ocikms) {
    this.ocikms = ocikms;
  }

  public UntypedObject getPkcs11() {
    return pkcs11;
  }

  public void setPkcs11(UntypedObject pkcs11) {
    this.pkcs11 = pkcs11;
  }

  public SecretRef getCredentialsSecretRef() {
    return credentialsSecretRef;
  }

  public void setCredentialsSecretRef(SecretRef credentialsSecretRef) {
    this.credentialsSecretRef = credentialsSecretRef;
  }
}
