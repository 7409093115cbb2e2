package org.baoflow.workflows.steps;

import static org.assertj.core.api.Assertions.assertThat;

import org.baoflow.api.v1alpha1.DemoLoginSpec;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.v1alpha1.Profile;
import org.baoflow.api.v1alpha1.SealType;
import org.baoflow.api.v1alpha1.SelfInitSpec;
import org.baoflow.api.v1alpha1.UnsealSpec;
import org.junit.jupiter.api.Test;

class SpecFactsTest {
  @Test
  void absentBlocksMeanTheCrdDefaults() {
    OpenBaoClusterSpec spec = new OpenBaoClusterSpec();
    spec.setProfile(Profile.DEVELOPMENT);

    assertThat(SpecFacts.replicas(spec)).isEqualTo(3);
    assertThat(SpecFacts.selfInit(spec)).isFalse();
    assertThat(SpecFacts.staticSeal(spec)).isTrue();
    assertThat(SpecFacts.demoLogin(spec)).isFalse();
    spec.setSelfInit(new SelfInitSpec());
    spec.setUnseal(new UnsealSpec());
    assertThat(SpecFacts.selfInit(spec)).isFalse();
    assertThat(SpecFacts.staticSeal(spec)).isTrue();
  }

  @Test
  void setFieldsAreRead() {
    OpenBaoClusterSpec spec = new OpenBaoClusterSpec();
    spec.setProfile(Profile.DEVELOPMENT);
    spec.setReplicas(5);
    SelfInitSpec selfInit = new SelfInitSpec();
    selfInit.setEnabled(true);
    spec.setSelfInit(selfInit);
    UnsealSpec unseal = new UnsealSpec();
    unseal.setType(SealType.TRANSIT);
    spec.setUnseal(unseal);
    DemoLoginSpec demo = new DemoLoginSpec();
    demo.setEnabled(true);
    spec.setDemoLogin(demo);

    assertThat(SpecFacts.replicas(spec)).isEqualTo(5);
    assertThat(SpecFacts.selfInit(spec)).isTrue();
    assertThat(SpecFacts.staticSeal(spec)).isFalse();
    assertThat(SpecFacts.demoLogin(spec)).isTrue();
  }

  @Test
  void theDemoLoginIsDevelopmentOnly() {
    OpenBaoClusterSpec spec = new OpenBaoClusterSpec();
    spec.setProfile(Profile.HARDENED);
    DemoLoginSpec demo = new DemoLoginSpec();
    demo.setEnabled(true);
    spec.setDemoLogin(demo);

    assertThat(SpecFacts.demoLogin(spec)).isFalse();
  }
}
