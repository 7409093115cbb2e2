package org.baoflow.activities.kube.render;

import org.baoflow.api.v1alpha1.AwsKmsSealSpec;
import org.baoflow.api.v1alpha1.AzureKeyVaultSealSpec;
import org.baoflow.api.v1alpha1.GcpCloudKmsSealSpec;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.v1alpha1.SealType;
import org.baoflow.api.v1alpha1.TransitSealSpec;
import org.baoflow.api.v1alpha1.UnsealSpec;

/**
 * The {@code seal} stanza. It carries only where keys live, never credentials: the transit token
 * and cloud credentials reach OpenBao as environment variables from {@code
 * unseal.credentialsSecretRef}, because this file lands in a ConfigMap. The deprecated credential
 * fields of the spec are therefore never rendered.
 */
final class SealStanza {
  private SealStanza() {}

  static void render(HclBody config, OpenBaoClusterSpec spec) {
    UnsealSpec unseal = DefaultedSpec.unseal(spec);
    SealType type = unseal.getType();
    switch (type) {
      case STATIC -> config.block("seal", "static", seal -> staticSeal(seal, spec));
      case TRANSIT ->
          config.block(
              "seal", "transit", seal -> transit(seal, required(unseal.getTransit(), type)));
      case AWSKMS ->
          config.block("seal", "awskms", seal -> awsKms(seal, required(unseal.getAwskms(), type)));
      case GCPCKMS ->
          config.block(
              "seal", "gcpckms", seal -> gcpCkms(seal, required(unseal.getGcpCloudKMS(), type)));
      case AZUREKEYVAULT ->
          config.block(
              "seal",
              "azurekeyvault",
              seal -> azureKeyVault(seal, required(unseal.getAzureKeyVault(), type)));
      default -> throw new IllegalArgumentException("seal type " + type + " is not supported");
    }
  }

  private static void staticSeal(HclBody seal, OpenBaoClusterSpec spec) {
    // The key file is the Secret <cluster>-unseal-key as the pod mounts it; a key id must always
    // name the same 32 bytes, so rotating the key means a new id.
    seal.attribute("current_key_id", DefaultedSpec.staticSeal(spec).getCurrentKeyID())
        .attribute("current_key", "file://" + PodLayout.UNSEAL_DIR + "/" + PodLayout.UNSEAL_KEY);
  }

  private static void transit(HclBody seal, TransitSealSpec transit) {
    seal.comment("The token comes from BAO_TOKEN (unseal.credentialsSecretRef), never from here.")
        .attribute("address", transit.getAddress())
        .attribute("key_name", transit.getKeyName())
        .attribute("mount_path", transit.getMountPath())
        .optional("namespace", transit.getNamespace())
        .optional("disable_renewal", asString(transit.getDisableRenewal()))
        .optional("tls_ca_cert", transit.getTlsCACert())
        .optional("tls_client_cert", transit.getTlsClientCert())
        .optional("tls_client_key", transit.getTlsClientKey())
        .optional("tls_server_name", transit.getTlsServerName())
        .optional("tls_skip_verify", asString(transit.getTlsSkipVerify()));
  }

  private static void awsKms(HclBody seal, AwsKmsSealSpec aws) {
    seal.comment("Credentials come from the AWS_* environment or workload identity.")
        .optional("region", aws.getRegion())
        .attribute("kms_key_id", aws.getKmsKeyID())
        .optional("endpoint", aws.getEndpoint());
  }

  private static void gcpCkms(HclBody seal, GcpCloudKmsSealSpec gcp) {
    seal.optional("project", gcp.getProject())
        .optional("region", gcp.getRegion())
        .optional("key_ring", gcp.getKeyRing())
        .attribute("crypto_key", gcp.getCryptoKey())
        .optional("credentials", gcp.getCredentials());
  }

  private static void azureKeyVault(HclBody seal, AzureKeyVaultSealSpec azure) {
    seal.comment("The client secret comes from AZURE_CLIENT_SECRET, never from here.")
        .optional("tenant_id", azure.getTenantID())
        .optional("client_id", azure.getClientID())
        .optional("vault_name", azure.getVaultName())
        .attribute("key_name", azure.getKeyName())
        .optional("environment", azure.getEnvironment())
        .optional("resource", azure.getResource());
  }

  /** Seal options are strings in OpenBao (go-kms-wrapping); booleans are written as such. */
  private static String asString(Boolean value) {
    return value == null ? null : value.toString();
  }

  private static <T> T required(T settings, SealType type) {
    if (settings == null) {
      throw new IllegalArgumentException("the settings of seal type " + type + " are missing");
    }
    return settings;
  }
}
