package org.baoflow.activities.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baoflow.activities.storage.LaneS3.BUCKET;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Listing and deleting one cluster's objects in a bucket shared with its neighbours. */
class PrefixedObjectsTest {

  private static final String PREFIX = "backups/k8s/ns/db/";
  private static final List<String> NEIGHBOURS =
      List.of("backups/k8s/ns/db.json", "backups/k8s/ns/db2/a.snap", "backups/k8s/other/db/a.snap");

  private static LaneS3 s3;

  @BeforeAll
  static void startS3() {
    s3 = LaneS3.start();
  }

  @AfterAll
  static void stopS3() {
    if (s3 != null) {
      s3.close();
    }
  }

  @BeforeEach
  void writeObjects() {
    IntStream.range(0, 5).forEach(i -> s3.put(key(i), new byte[i]));
    NEIGHBOURS.forEach(key -> s3.put(key, new byte[] {7}));
  }

  @Test
  void listsOnlyTheObjectsUnderThePrefixAcrossPages() {
    List<StoredObject> listed = new PrefixedObjects(s3.client(), BUCKET, PREFIX, 2).list();

    assertThat(listed)
        .extracting(StoredObject::key)
        .containsExactly(key(0), key(1), key(2), key(3), key(4));
    assertThat(listed).extracting(StoredObject::size).containsExactly(0L, 1L, 2L, 3L, 4L);
  }

  @Test
  void deletesTheGivenKeysInBatches() {
    PrefixedObjects objects = new PrefixedObjects(s3.client(), BUCKET, PREFIX, 2);

    int deleted = objects.delete(List.of(key(0), key(2), key(4)));

    assertThat(deleted).isEqualTo(3);
    assertThat(objects.list()).extracting(StoredObject::key).containsExactly(key(1), key(3));
    assertThat(NEIGHBOURS).allMatch(s3::exists);
  }

  @Test
  void refusesKeysOutsideThePrefixAndThenDeletesNothing() {
    PrefixedObjects objects = new PrefixedObjects(s3.client(), BUCKET, PREFIX);

    assertThatThrownBy(() -> objects.delete(List.of(key(0), "backups/k8s/ns/db2/a.snap")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("db2/a.snap");

    assertThat(objects.list()).hasSize(5);
    assertThat(NEIGHBOURS).allMatch(s3::exists);
  }

  @Test
  void deleteAllRemovesExactlyThePrefix() {
    PrefixedObjects objects = new PrefixedObjects(s3.client(), BUCKET, PREFIX, 2);

    assertThat(objects.deleteAll()).isEqualTo(5);

    assertThat(objects.list()).isEmpty();
    assertThat(NEIGHBOURS).allMatch(s3::exists);
    assertThat(objects.deleteAll()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "/backups/", "backups/k8s/ns/db"})
  void refusesPrefixesThatCouldReachOtherClusters(String prefix) {
    assertThatThrownBy(() -> new PrefixedObjects(s3.client(), BUCKET, prefix))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String key(int i) {
    return PREFIX + "2026-11-2" + i + "T000000Z-x.snap";
  }
}
