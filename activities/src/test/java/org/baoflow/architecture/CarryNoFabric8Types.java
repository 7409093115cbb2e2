package org.baoflow.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Walks the instance fields of a payload class, including generic type arguments and array
 * components, transitively through our own ({@code org.baoflow}) types, and reports every fabric8
 * type it reaches with the field path that leads there.
 *
 * <p>It also fails for every required root class that is not among the checked classes: the rule
 * names the CR spec classes sent to workflows, and a renamed or missing spec must not make the
 * guard pass silently.
 */
final class CarryNoFabric8Types extends ArchCondition<JavaClass> {

  private static final String OUR_PACKAGE_PREFIX = "org.baoflow.";
  private static final String FABRIC8_PACKAGE_PREFIX = "io.fabric8.";

  private final Set<String> requiredRoots;
  private final Set<String> missingRoots = new TreeSet<>();

  CarryNoFabric8Types(Set<String> requiredRoots) {
    super("carry no io.fabric8 types in their fields, transitively through org.baoflow types");
    this.requiredRoots = Set.copyOf(requiredRoots);
  }

  @Override
  public void init(Collection<JavaClass> allObjectsToTest) {
    missingRoots.clear();
    missingRoots.addAll(requiredRoots);
    allObjectsToTest.forEach(javaClass -> missingRoots.remove(javaClass.getName()));
  }

  @Override
  public void check(JavaClass root, ConditionEvents events) {
    Set<JavaClass> visited = new HashSet<>();
    visited.add(root);
    walk(root, root, root.getSimpleName(), visited, events);
  }

  @Override
  public void finish(ConditionEvents events) {
    for (String missing : missingRoots) {
      events.add(
          SimpleConditionEvent.violated(
              missing,
              "Payload root "
                  + missing
                  + " was not found among the imported classes; it is sent to workflows and"
                  + " must exist for this rule to check it"));
    }
  }

  private static void walk(
      JavaClass root, JavaClass type, String path, Set<JavaClass> visited, ConditionEvents events) {
    for (JavaField field : type.getAllFields()) {
      if (field.getModifiers().contains(JavaModifier.STATIC)) {
        continue;
      }
      String fieldPath = path + "." + field.getName();
      for (JavaClass involved : field.getAllInvolvedRawTypes()) {
        JavaClass candidate = involved.getBaseComponentType();
        String name = candidate.getName();
        if (name.startsWith(FABRIC8_PACKAGE_PREFIX)) {
          events.add(
              SimpleConditionEvent.violated(
                  root,
                  "Payload "
                      + root.getName()
                      + " holds fabric8 type "
                      + name
                      + " at "
                      + fieldPath));
        } else if (name.startsWith(OUR_PACKAGE_PREFIX) && visited.add(candidate)) {
          walk(root, candidate, fieldPath, visited, events);
        }
      }
    }
  }
}
